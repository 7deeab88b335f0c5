package nl.beraad.domain;

import java.time.Instant;

/**
 * A point made in the discussion of an item, for a side, by a participant or (null) anonymously;
 * editedAt is when its text was last changed (null while it stands as recorded).
 */
public record Argument(long id, ItemNo itemNo, ParticipantId participantId, Side side, String text, Instant createdAt,
                       Instant editedAt) {
    public static final int MAX_LENGTH = 4000;

    public Argument {
        text = validText(text);
    }

    /** An argument as recorded, never edited. */
    public Argument(long id, ItemNo itemNo, ParticipantId participantId, Side side, String text, Instant createdAt) {
        this(id, itemNo, participantId, side, text, createdAt, null);
    }

    public boolean isEdited() {
        return editedAt != null;
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
