package nl.beraad.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Van der Eijk's agreement A for positions on an ordered scale: -1 split, 0 uniform, +1 full
 * agreement.
 *
 * <p>Follows C. van der Eijk (2001), "Measuring agreement in ordered rating scales", Quality &amp;
 * Quantity 35(3): 325-341, in the form the reference implementation (the R package {@code agrmt}
 * by Didier Ruedin, functions {@code agreement()} and {@code patternAgreement()}) computes it. We
 * use A rather than a standard deviation because a board split over the two poles and a board
 * spread evenly over the scale can have similar spreads but mean very different things for the
 * discussion; A tells them apart (-1 versus 0).
 *
 * <p>The distribution over the K steps is peeled into layers. Each layer takes, from every step
 * that still has cases, as many cases as the smallest non-empty step has left, so a layer is a
 * binary pattern of filled and empty steps. For a pattern with S filled steps:
 *
 * <ul>
 *   <li>TU counts the ordered step triples (i &lt; j &lt; m) that read 1-1-0 or 0-1-1 (they agree
 *       with a single peak), TDU those that read 1-0-1 (they need two peaks);
 *   <li>U = ((K-2)·TU - (K-1)·TDU) / ((K-2)·(TU+TDU)), equation (2) of the paper;
 *   <li>A<sub>layer</sub> = U · (1 - (S-1)/(K-1)), with A<sub>layer</sub> = 1 when S = 1 and
 *       A<sub>layer</sub> = 0 when S = K (there U is 0/0; the factor in brackets is 0 anyway).
 * </ul>
 *
 * The overall A is the average of the layer values weighted by each layer's share of all cases.
 *
 * <p>Two steps: the paper and {@code agrmt} define A only for K &gt;= 3 (U divides by K-2). With
 * K = 2 a 50/50 split is at once "uniform" and "split over the extremes", so there is no
 * negative end. We still answer, because only the two rules that do not need U can occur there
 * (S = 1 gives 1, S = K gives 0), which makes A = |n1 - n2| / N, between 0 and 1.
 */
public record Agreement(double value) {

    /** How far rounding in the layer sum may push A past its bounds before we call it a bug. */
    private static final double TOLERANCE = 1e-9;

    public Agreement {
        if (Double.isNaN(value) || value < -1 - TOLERANCE || value > 1 + TOLERANCE) {
            throw new IllegalArgumentException("agreement must lie between -1 and 1: " + value);
        }
        // Summing weighted layers in floating point can land a hair outside [-1, 1]; the record
        // promises the closed range, so round such values onto the bound.
        value = Math.max(-1.0, Math.min(1.0, value));
    }

    /**
     * Computes A for a distribution of positions.
     *
     * @param countsPerStep number of participants on each scale step, in scale order; abstentions
     *     are not part of it, because they have no place on the ordered scale
     * @return A, or empty when nobody took a position, since agreement among nobody is undefined
     * @throws IllegalArgumentException for a negative count, fewer than 2 steps, or a total that
     *     does not fit in a {@code long}
     * @throws NullPointerException when {@code countsPerStep} is null
     */
    public static Optional<Agreement> of(long[] countsPerStep) {
        Objects.requireNonNull(countsPerStep, "countsPerStep");
        int steps = countsPerStep.length;
        if (steps < 2) {
            throw new IllegalArgumentException(
                    "an ordered scale needs at least 2 steps, got " + steps);
        }
        long total = 0;
        for (int i = 0; i < steps; i++) {
            long count = countsPerStep[i];
            if (count < 0) {
                throw new IllegalArgumentException(
                        "count for step " + (i + 1) + " must not be negative: " + count);
            }
            try {
                total = Math.addExact(total, count);
            } catch (ArithmeticException overflow) {
                throw new IllegalArgumentException("total count does not fit in a long", overflow);
            }
        }
        if (total == 0) {
            return Optional.empty();
        }

        // Work on a copy: peeling layers consumes the remainder, and the caller keeps its array.
        long[] remainder = countsPerStep.clone();
        boolean[] pattern = new boolean[steps];
        double sum = 0.0;
        while (true) {
            long layerHeight = Long.MAX_VALUE;
            int filled = 0;
            for (int i = 0; i < steps; i++) {
                pattern[i] = remainder[i] > 0;
                if (pattern[i]) {
                    filled++;
                    layerHeight = Math.min(layerHeight, remainder[i]);
                }
            }
            if (filled == 0) {
                break;
            }
            // Weight = cases in this layer / all cases; each pass empties at least one step, so
            // there are at most K layers.
            double weight = (double) layerHeight * filled / total;
            sum += weight * patternAgreement(pattern, filled);
            for (int i = 0; i < steps; i++) {
                if (pattern[i]) {
                    remainder[i] -= layerHeight;
                }
            }
        }
        return Optional.of(new Agreement(sum));
    }

    /** A for one layer, given as which steps are filled and how many are. */
    private static double patternAgreement(boolean[] pattern, int filled) {
        int steps = pattern.length;
        if (filled == 1) {
            // Everyone in this layer on one step: complete agreement by definition.
            return 1.0;
        }
        if (filled == steps) {
            // Evenly over every step: the factor 1 - (S-1)/(K-1) is 0, and U itself would be 0/0.
            return 0.0;
        }
        // Here 2 <= S < K, so K >= 3 and at least one triple counts: either an empty step lies
        // between two filled ones (TDU) or the filled block borders an empty step (TU).
        long tu = 0;
        long tdu = 0;
        for (int i = 0; i < steps - 2; i++) {
            for (int j = i + 1; j < steps - 1; j++) {
                for (int m = j + 1; m < steps; m++) {
                    boolean a = pattern[i];
                    boolean b = pattern[j];
                    boolean c = pattern[m];
                    if (a && !b && c) {
                        tdu++;
                    } else if (b && (a != c)) {
                        tu++;
                    }
                }
            }
        }
        double k = steps;
        double unimodality = ((k - 2) * tu - (k - 1) * tdu) / ((k - 2) * (tu + tdu));
        return unimodality * (1 - (filled - 1) / (k - 1));
    }

    public Label label() {
        if (value >= 0.5) {
            return Label.STRONG_AGREEMENT;
        }
        if (value >= 0.2) {
            return Label.AGREEMENT;
        }
        if (value > -0.2) {
            return Label.DIVIDED;
        }
        return Label.POLARISED;
    }

    /**
     * Plain-words reading of A for the report and the reveal screen.
     *
     * <p>Thresholds, chosen so that the middle band around 0 (an even spread) reads as divided
     * rather than as agreement or polarisation:
     *
     * <ul>
     *   <li>{@link #STRONG_AGREEMENT}: A &gt;= 0.5
     *   <li>{@link #AGREEMENT}: 0.2 &lt;= A &lt; 0.5
     *   <li>{@link #DIVIDED}: -0.2 &lt; A &lt; 0.2
     *   <li>{@link #POLARISED}: A &lt;= -0.2
     * </ul>
     */
    public enum Label {
        STRONG_AGREEMENT,
        AGREEMENT,
        DIVIDED,
        POLARISED
    }
}
