package nl.beraad.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What members respond to on an item, by kind: two poles on a scale (dilemma), a statement on an
 * agree-disagree scale (stelling), a list of options (keuze, verdeling, rangorde) or an open
 * question (vraag). Fields a kind does not use are empty, 0 or null.
 */
public record ItemForm(
        ItemKind kind,
        String poleA,
        String poleB,
        String prompt,
        List<String> options,
        int maxChoices,
        int points,
        Scale scale) {
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 12;
    public static final int MIN_POINTS = 2;
    public static final int MAX_POINTS = 1000;
    /** The longest pole, statement or question a session can hold (pole_a, pole_b, prompt), as Item counts. */
    public static final int MAX_TEXT = 1000;

    public ItemForm {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        poleA = CleanText.line(poleA == null ? "" : poleA);
        poleB = CleanText.line(poleB == null ? "" : poleB);
        prompt = CleanText.line(prompt == null ? "" : prompt);
        options = options == null ? List.of() : options.stream().map(CleanText::line).toList();
        Item.requireFits("pole A", poleA, MAX_TEXT);
        Item.requireFits("pole B", poleB, MAX_TEXT);
        Item.requireFits("prompt", prompt, MAX_TEXT);
        switch (kind) {
            case DILEMMA -> require(!poleA.isEmpty() && !poleB.isEmpty() && scale != null, "poles and scale");
            case STATEMENT, QUESTION -> require(!prompt.isEmpty() && (scale != null) == kind.isScaled(), "prompt");
            case CHOICE -> require(validOptions(options) && maxChoices >= 1 && maxChoices <= options.size(),
                    "options and a maximum");
            case ALLOCATION -> require(validOptions(options) && points >= MIN_POINTS && points <= MAX_POINTS,
                    "options and points");
            case RANKING -> require(validOptions(options), "options");
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
    }

    public static ItemForm dilemma(String poleA, String poleB, Scale scale) {
        return new ItemForm(ItemKind.DILEMMA, poleA, poleB, "", List.of(), 0, 0, scale);
    }

    public static ItemForm statement(String statement, Scale scale) {
        return new ItemForm(ItemKind.STATEMENT, "", "", statement, List.of(), 0, 0, scale);
    }

    public static ItemForm choice(List<String> options, int maxChoices) {
        return new ItemForm(ItemKind.CHOICE, "", "", "", options, maxChoices, 0, null);
    }

    public static ItemForm allocation(List<String> options, int points) {
        return new ItemForm(ItemKind.ALLOCATION, "", "", "", options, 0, points, null);
    }

    public static ItemForm ranking(List<String> options) {
        return new ItemForm(ItemKind.RANKING, "", "", "", options, 0, 0, null);
    }

    public static ItemForm question(String question) {
        return new ItemForm(ItemKind.QUESTION, "", "", question, List.of(), 0, 0, null);
    }

    /** Option lists: 2 to 12 texts, none empty, no two the same (ignoring case), or nobody could tell them apart. */
    public static boolean validOptions(List<String> options) {
        Set<String> seen = new HashSet<>();
        return options.size() >= MIN_OPTIONS && options.size() <= MAX_OPTIONS
                && options.stream().allMatch(o -> !o.isEmpty() && seen.add(o.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * Checks a response against this form and returns it in its stored shape (a choice sorted);
     * throws an invalid-input exception that says what is wrong in the member's terms.
     */
    public Position check(Position position) {
        if (!kind.takesPositions()) {
            throw BeraadException.invalid("vote.question");
        }
        if (position.isAbstain()) {
            return position;
        }
        if (kind.isScaled()) {
            if (!position.numbers().isEmpty() || !scale.contains(position.step())) {
                throw BeraadException.invalid("vote.step.range", position.step(), scale.steps());
            }
            return position;
        }
        List<Integer> numbers = position.numbers();
        if (position.step() != 1 || numbers.isEmpty()) {
            throw BeraadException.invalid("vote.options.missing");
        }
        return switch (kind) {
            case CHOICE -> checkChoice(numbers);
            case ALLOCATION -> checkPoints(numbers);
            case RANKING -> checkRanking(numbers);
            default -> throw new IllegalStateException("kind without options: " + kind);
        };
    }

    /** Whether hands can be counted per position: on a scale, or a choice of one option. */
    public boolean allowsShowOfHands() {
        return kind.isScaled() || (kind == ItemKind.CHOICE && maxChoices == 1);
    }

    /** The positions a show of hands can count, abstentions (0) last: the steps, or the option numbers. */
    public int handPositions() {
        return kind.isScaled() ? scale.steps() : options.size();
    }

    /** What one raised hand for this position stands for; 0 is an abstention. */
    public Position handPosition(int position) {
        if (!allowsShowOfHands()) {
            throw BeraadException.invalid("hands.kind");
        }
        if (position < 0 || position > handPositions()) {
            throw BeraadException.invalid("hands.position", position, handPositions());
        }
        if (position == 0) {
            return Position.ABSTAIN;
        }
        return kind.isScaled() ? Position.step(position) : Position.numbers(List.of(position));
    }

    private Position checkChoice(List<Integer> numbers) {
        checkOptionNumbers(numbers);
        if (numbers.size() > maxChoices) {
            throw maxChoices == 1
                    ? BeraadException.invalid("vote.choice.one", numbers.size())
                    : BeraadException.invalid("vote.choice.max", numbers.size(), maxChoices);
        }
        return Position.numbers(numbers.stream().sorted().toList());
    }

    private Position checkPoints(List<Integer> numbers) {
        if (numbers.size() != options.size()) {
            throw BeraadException.invalid("vote.points.count", numbers.size(), options.size());
        }
        long sum = 0;
        for (int n : numbers) {
            if (n < 0) {
                throw BeraadException.invalid("vote.points.negative", n);
            }
            sum += n;
        }
        if (sum != points) {
            throw BeraadException.invalid("vote.points.sum", sum, points);
        }
        return Position.numbers(numbers);
    }

    private Position checkRanking(List<Integer> numbers) {
        checkOptionNumbers(numbers);
        if (numbers.size() != options.size()) {
            throw BeraadException.invalid("vote.rank.incomplete", numbers.size(), options.size());
        }
        return Position.numbers(numbers);
    }

    private void checkOptionNumbers(List<Integer> numbers) {
        List<Integer> seen = new ArrayList<>();
        for (int n : numbers) {
            if (n < 1 || n > options.size()) {
                throw BeraadException.invalid("vote.option.range", n, options.size());
            }
            if (seen.contains(n)) {
                throw BeraadException.invalid("vote.option.twice", n);
            }
            seen.add(n);
        }
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("an item form needs " + what);
        }
    }
}
