package nl.beraad.domain;

import java.time.Instant;

/** A point made in the discussion of an item, for a side, by a participant or (null) anonymously. */
public record Argument(long id, int itemNo, Long participantId, Side side, String text, Instant createdAt) {
    public static final int MAX_LENGTH = 4000;

    public Argument {
        text = validText(text);
    }

    public static String validText(String raw) {
        String text = CleanText.line(raw);
        if (text.isEmpty()) {
            throw BeraadException.invalid("argument.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw BeraadException.invalid("text.long", MAX_LENGTH);
        }
        return text;
    }

    public boolean isAnonymous() {
        return participantId == null;
    }
}
