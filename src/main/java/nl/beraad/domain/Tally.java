package nl.beraad.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalDouble;

/** The distribution of positions on one item in one round: counts per step, abstentions, median, agreement. */
public final class Tally {
    private final Scale scale;
    private final long[] counts;
    private final long abstentions;

    private Tally(Scale scale, long[] counts, long abstentions) {
        this.scale = scale;
        this.counts = counts;
        this.abstentions = abstentions;
    }

    public static Tally of(Scale scale, Collection<Position> positions) {
        long[] counts = new long[scale.steps()];
        long abstentions = 0;
        for (Position p : positions) {
            if (p.isAbstain()) {
                abstentions++;
            } else if (scale.contains(p.step())) {
                counts[p.step() - 1]++;
            } else {
                throw new IllegalArgumentException("step " + p.step() + " is not on a scale of " + scale.steps());
            }
        }
        return new Tally(scale, counts, abstentions);
    }

    public Scale scale() {
        return scale;
    }

    /** Number of positions on a step (1-based). */
    public long count(int step) {
        return counts[step - 1];
    }

    public long[] counts() {
        return counts.clone();
    }

    public long abstentions() {
        return abstentions;
    }

    /** Positions on the scale, abstentions not included. */
    public long onScale() {
        return Arrays.stream(counts).sum();
    }

    public long total() {
        return onScale() + abstentions;
    }

    public long countOnSide(Side side) {
        long n = 0;
        for (int step = 1; step <= scale.steps(); step++) {
            if (scale.sideOf(step) == side) {
                n += counts[step - 1];
            }
        }
        return n;
    }

    /** The median step; halfway between two steps (x.5) when the middle falls between them. */
    public OptionalDouble median() {
        long n = onScale();
        if (n == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((stepAtRank((n + 1) / 2) + stepAtRank(n / 2 + 1)) / 2.0);
    }

    private int stepAtRank(long rank) {
        long seen = 0;
        for (int step = 1; step <= counts.length; step++) {
            seen += counts[step - 1];
            if (seen >= rank) {
                return step;
            }
        }
        throw new IllegalStateException("rank beyond total");
    }

    public Optional<Agreement> agreement() {
        return Agreement.of(counts);
    }
}
