package nl.beraad.domain;

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
        KindRules.of(kind, poleA, poleB, prompt, options, maxChoices, points, scale);
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

    /** This form's kind with its own rules (built on demand: a record holds only its stored fields). */
    public KindRules rules() {
        return KindRules.of(kind, poleA, poleB, prompt, options, maxChoices, points, scale);
    }

    /**
     * Checks a response against this form and returns it in its stored shape (a choice sorted);
     * throws an invalid-input exception that says what is wrong in the member's terms.
     */
    public Position check(Position position) {
        // An open question refuses even an abstention: there is no position to abstain from.
        return position.isAbstain() && kind.takesPositions() ? position : rules().check(position);
    }

    /** Whether hands can be counted per position: on a scale, or a choice of one option. */
    public boolean allowsShowOfHands() {
        return rules().allowsShowOfHands();
    }

    /** The positions a show of hands can count, abstentions (0) last: the steps, or the option numbers. */
    public int handPositions() {
        return rules().handPositions();
    }

    /** What one raised hand for this position stands for; 0 is an abstention. */
    public Position handPosition(int position) {
        if (!allowsShowOfHands()) {
            throw BeraadException.invalid("hands.kind");
        }
        if (position < 0 || position > handPositions()) {
            throw BeraadException.invalid("hands.position", position, handPositions());
        }
        return position == 0 ? Position.ABSTAIN : rules().handPosition(position);
    }
}
