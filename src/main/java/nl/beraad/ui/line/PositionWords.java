package nl.beraad.ui.line;

import java.util.Locale;
import java.util.Optional;
import nl.beraad.domain.Position;
import nl.beraad.domain.Scale;

/**
 * Reads a typed position: a step number, "o" for abstaining, or the pole letters ("A+" strong A,
 * "A", "M" middle, "B", "B+") so nobody has to remember which number is which pole.
 */
final class PositionWords {
    private PositionWords() {
    }

    static Optional<Position> parse(String typed, Scale scale) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "o", "onthouding", "onthoud", "abstain", "abstention", "-" -> {
                return Optional.of(Position.ABSTAIN);
            }
            case "a+", "aa", "++" -> {
                return Optional.of(Position.step(1));
            }
            case "b+", "bb" -> {
                return Optional.of(Position.step(scale.steps()));
            }
            case "a" -> {
                return Optional.of(Position.step(scale.steps() >= 5 ? 2 : 1));
            }
            case "b" -> {
                return Optional.of(Position.step(scale.steps() >= 5 ? scale.steps() - 1 : scale.steps()));
            }
            case "m", "midden", "middle" -> {
                return scale.steps() % 2 == 1 ? Optional.of(Position.step((scale.steps() + 1) / 2)) : Optional.empty();
            }
            default -> {
                if (t.matches("[0-9]{1,2}")) {
                    int step = Integer.parseInt(t);
                    return scale.contains(step) ? Optional.of(Position.step(step)) : Optional.empty();
                }
                return Optional.empty();
            }
        }
    }
}
