package nl.beraad.domain;

/** A participant's position on an item: a step of its scale, or an abstention (step 0). */
public record Position(int step) {
    public static final Position ABSTAIN = new Position(0);

    public Position {
        if (step < 0) {
            throw new IllegalArgumentException("step must not be negative: " + step);
        }
    }

    public static Position step(int step) {
        if (step < 1) {
            throw new IllegalArgumentException("a scale step starts at 1: " + step);
        }
        return new Position(step);
    }

    public boolean isAbstain() {
        return step == 0;
    }
}
