package nl.beraad.domain;

import java.util.List;

/**
 * A participant's response to an item. Step 0 is an abstention. On a dilemma or statement the step
 * is the chosen step of the scale. On an item with options the step is 1 and the numbers say the
 * rest: the chosen option numbers (choice), the points per option in option order (allocation), or
 * the option numbers best first (ranking). This mirrors the vote row in the database.
 */
public record Position(int step, List<Integer> numbers) {
    public static final Position ABSTAIN = new Position(0, List.of());

    public Position {
        numbers = List.copyOf(numbers);
        if (step < 0) {
            throw new IllegalArgumentException("step must not be negative: " + step);
        }
        if (step == 0 && !numbers.isEmpty()) {
            throw new IllegalArgumentException("an abstention has no numbers");
        }
    }

    public static Position step(int step) {
        if (step < 1) {
            throw new IllegalArgumentException("a scale step starts at 1: " + step);
        }
        return new Position(step, List.of());
    }

    /** A response to an item with options, given as numbers (see the type's description). */
    public static Position numbers(List<Integer> numbers) {
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException("a response to options needs numbers");
        }
        return new Position(1, numbers);
    }

    public boolean isAbstain() {
        return step == 0;
    }
}
