package nl.beraad.domain;

import java.time.Instant;

/** A meeting working through one dilemma set; currentItem is the 1-based number of the item on the table. */
public record Session(
        long id,
        String title,
        String setId,
        String setTitle,
        SessionStatus status,
        int currentItem,
        Instant createdAt,
        Instant updatedAt,
        SessionDetails details) {

    /** The longest title the session table holds, as the database counts (UTF-16 units). */
    public static final int MAX_TITLE = 300;

    public Session {
        title = CleanText.line(title);
        if (title.isEmpty()) {
            throw BeraadException.invalid("session.title.empty");
        }
        details = details == null ? SessionDetails.NONE : details;
    }

    /** A title as typed (--title): cleaned, and refused when empty or too long to be stored. */
    public static String validTitle(String raw) {
        String title = CleanText.line(raw);
        if (!CleanText.hasVisible(title)) {
            throw BeraadException.invalid("session.title.empty");
        }
        if (title.length() > MAX_TITLE) {
            throw BeraadException.invalid("session.title.long", MAX_TITLE);
        }
        return title;
    }
}
