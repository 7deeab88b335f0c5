package nl.beraad.domain;

import java.time.Instant;

/** The board's conclusion or advice on an item; setting it again replaces the text. */
public record Conclusion(int itemNo, String text, Instant updatedAt) {
    public static final int MAX_LENGTH = 8000;

    public Conclusion {
        text = validText(text);
    }

    public static String validText(String raw) {
        String text = CleanText.block(raw);
        if (text.isEmpty()) {
            throw BeraadException.invalid("conclusion.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw BeraadException.invalid("text.long", MAX_LENGTH);
        }
        return text;
    }
}
