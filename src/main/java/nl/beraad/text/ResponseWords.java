package nl.beraad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.KindRules;
import nl.beraad.domain.Position;
import nl.beraad.domain.Scale;

/**
 * Reads a typed response. On a dilemma: a step number, "o" for abstaining, or the pole letters
 * ("A+" strong A, "A", "M" middle, "B", "B+") so nobody has to remember which number is which pole.
 * On a statement: a step number or "--", "-", "0", "+", "++". On an item with options: option numbers
 * or points, separated by commas ("1,3" or "40, 30, 30"). Whether the numbers fit the item (the
 * maximum, the total) is the item's own rule; this only reads them.
 */
public final class ResponseWords {
    private ResponseWords() {
    }

    public static Optional<Position> parse(String typed, ItemForm form) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        if (t.equals("o") || t.equals("onthouding") || t.equals("onthoud") || t.equals("abstain") || t.equals("abstention")) {
            return Optional.of(Position.ABSTAIN);
        }
        return form.rules().accept(new KindRules.Cases<>() {
            @Override
            public Optional<Position> dilemma(KindRules.Dilemma d) {
                return ResponseWords.dilemma(t, d.scale());
            }

            @Override
            public Optional<Position> statement(KindRules.Statement s) {
                return ResponseWords.statement(t, s.scale());
            }

            @Override
            public Optional<Position> choice(KindRules.Choice c) {
                return numbers(t);
            }

            @Override
            public Optional<Position> allocation(KindRules.Allocation a) {
                return numbers(t);
            }

            @Override
            public Optional<Position> ranking(KindRules.Ranking r) {
                return numbers(t);
            }

            @Override
            public Optional<Position> question(KindRules.Question q) {
                return Optional.empty();
            }
        });
    }

    private static Optional<Position> dilemma(String t, Scale scale) {
        int steps = scale.steps();
        return switch (t) {
            case "-" -> Optional.of(Position.ABSTAIN);
            case "a+", "aa" -> Optional.of(Position.step(1));
            case "b+", "bb" -> Optional.of(Position.step(steps));
            case "a" -> Optional.of(Position.step(steps >= 5 ? 2 : 1));
            case "b" -> Optional.of(Position.step(steps >= 5 ? steps - 1 : steps));
            case "m", "midden", "middle" -> middle(scale);
            default -> stepNumber(t, scale);
        };
    }

    /** Step 1 is "helemaal oneens", the last step "helemaal eens". */
    private static Optional<Position> statement(String t, Scale scale) {
        int steps = scale.steps();
        return switch (t) {
            case "--" -> Optional.of(Position.step(1));
            case "++" -> Optional.of(Position.step(steps));
            case "-", "oneens", "disagree" -> Optional.of(Position.step(steps >= 5 ? 2 : 1));
            case "+", "eens", "agree" -> Optional.of(Position.step(steps >= 5 ? steps - 1 : steps));
            case "0", "n", "neutraal", "neutral" -> middle(scale);
            default -> stepNumber(t, scale);
        };
    }

    private static Optional<Position> middle(Scale scale) {
        return scale.steps() % 2 == 1 ? Optional.of(Position.step((scale.steps() + 1) / 2)) : Optional.empty();
    }

    private static Optional<Position> stepNumber(String t, Scale scale) {
        if (t.matches("[0-9]{1,2}")) {
            int step = Integer.parseInt(t);
            return scale.contains(step) ? Optional.of(Position.step(step)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** "1,3", "1 3", "40, 30, 30" or "40;30;30": whole numbers only. */
    private static Optional<Position> numbers(String t) {
        if (!t.matches("[0-9]{1,4}([ ]*[,; ][ ]*[0-9]{1,4}){0,19}")) {
            return Optional.empty();
        }
        List<Integer> numbers = new ArrayList<>();
        for (String part : t.split("[ ]*[,; ][ ]*")) {
            numbers.add(Integer.parseInt(part));
        }
        return Optional.of(Position.numbers(numbers));
    }

    /** Whether a typed word could be (the end of) a response to this item, for splitting "name response". */
    public static boolean looksLikeNumbers(String word) {
        return word.matches("[0-9,;]+");
    }

    /** An example response for the hint: an even split of the points, or the options with the first two swapped. */
    private static String example(KindRules.WithOptions rules) {
        int n = rules.options().size();
        return rules.accept(new KindRules.OptionCases<>() {
            @Override
            public String choice(KindRules.Choice c) {
                return swapped(n);
            }

            @Override
            public String allocation(KindRules.Allocation a) {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    parts.add(String.valueOf(a.points() / n + (i < a.points() % n ? 1 : 0)));
                }
                return String.join(",", parts);
            }

            @Override
            public String ranking(KindRules.Ranking r) {
                return swapped(n);
            }
        });
    }

    /** "2,1,3,4": a ranking that is visibly not just the options in order. */
    private static String swapped(int n) {
        List<String> parts = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            parts.add(String.valueOf(i == 1 ? 2 : i == 2 ? 1 : i));
        }
        return String.join(",", parts);
    }

    /**
     * How to respond to an item of this form, in the words of its kind ("Typ 1 tot 5, A+, ...");
     * the command words are those of the interface asking (line mode names its commands).
     */
    public static String hint(Messages msg, ItemForm form, String answerCommand, String pollCommand) {
        // Each kind's message picks the arguments it needs; only a choice of several has its own wording.
        HintParts parts = form.rules().accept(new KindRules.FormCases<>() {
            @Override
            public HintParts dilemma(KindRules.Dilemma d) {
                return HintParts.NONE;
            }

            @Override
            public HintParts statement(KindRules.Statement s) {
                return HintParts.NONE;
            }

            @Override
            public HintParts question(KindRules.Question q) {
                return HintParts.NONE;
            }

            @Override
            public HintParts choice(KindRules.Choice c) {
                return new HintParts(c.maxChoices() > 1 ? ".more" : "", example(c));
            }

            @Override
            public HintParts options(KindRules.WithOptions o) {
                return new HintParts("", example(o));
            }
        });
        return msg.get("answer.hint." + form.kind().word() + parts.keySuffix(),
                form.scale() == null ? 0 : form.scale().steps(), form.options().size(), form.maxChoices(),
                form.points(), parts.example(), answerCommand, pollCommand);
    }

    /** What a hint's wording adds per kind: a key suffix for a choice of several, and an example response. */
    private record HintParts(String keySuffix, String example) {
        static final HintParts NONE = new HintParts("", "");
    }

    /** How members respond to a list of options: choose one, choose up to a maximum, divide points, or rank them all. */
    public static String instruction(Messages msg, KindRules.WithOptions rules) {
        return rules.accept(new KindRules.OptionCases<>() {
            @Override
            public String choice(KindRules.Choice c) {
                return c.maxChoices() == 1 ? msg.get("item.choose.one") : msg.get("item.choose.max", c.maxChoices());
            }

            @Override
            public String allocation(KindRules.Allocation a) {
                return msg.get("item.allocate", a.points());
            }

            @Override
            public String ranking(KindRules.Ranking r) {
                return msg.get("item.rank");
            }
        });
    }
}
