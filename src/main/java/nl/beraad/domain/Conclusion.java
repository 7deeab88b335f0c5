package nl.beraad.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * What the board concluded on an item: the conclusion or advice, a minority position when there is
 * one, and action points (one per line). Any of them may be empty while it is being written.
 */
public record Conclusion(ItemNo itemNo, String text, String minority, String actions, Instant updatedAt) {
    public static final int MAX_LENGTH = 8000;

    public Conclusion {
        text = limited(text);
        minority = limited(minority);
        actions = limited(actions);
    }

    /** A conclusion with only its main text, as line mode's 'conclusie' sets it. */
    public Conclusion(ItemNo itemNo, String text, Instant updatedAt) {
        this(itemNo, validText(text), "", "", updatedAt);
    }

    /** A conclusion text as typed in one go: it must say something. */
    public static String validText(String raw) {
        String text = limited(raw);
        if (text.isEmpty()) {
            throw BeraadException.invalid("conclusion.empty");
        }
        return text;
    }

    private static String limited(String raw) {
        String text = CleanText.block(raw == null ? "" : raw);
        if (text.length() > MAX_LENGTH) {
            throw BeraadException.invalid("text.long", MAX_LENGTH);
        }
        return text;
    }

    public List<String> actionPoints() {
        return Arrays.stream(actions.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public boolean isEmpty() {
        return text.isEmpty() && minority.isEmpty() && actions.isEmpty();
    }
}
