package nl.beraad.domain;

/**
 * An ordered scale between pole A (step 1) and pole B (the last step). With an odd number of
 * steps the middle step belongs to neither pole.
 */
public record Scale(int steps) {
    public static final int MIN_STEPS = 3;
    public static final int MAX_STEPS = 7;
    public static final Scale DEFAULT = new Scale(5);

    public Scale {
        if (steps < MIN_STEPS || steps > MAX_STEPS) {
            throw BeraadException.invalid("scale.steps", steps, MIN_STEPS, MAX_STEPS);
        }
    }

    public boolean contains(int step) {
        return step >= 1 && step <= steps;
    }

    public Side sideOf(int step) {
        double middle = (steps + 1) / 2.0;
        if (step < middle) {
            return Side.A;
        }
        return step > middle ? Side.B : Side.NONE;
    }

    /** How far a step lies from the middle, in whole steps: 0 in the middle, 1 next to it, ... */
    public int strength(int step) {
        double middle = (steps + 1) / 2.0;
        return (int) Math.ceil(Math.abs(step - middle));
    }

    /** The largest strength on this scale, that of the two outer steps. */
    public int maxStrength() {
        return strength(1);
    }
}
