package nl.beraad.domain;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A meeting working through one dilemma set; currentItem is the 1-based number of the item on the
 * table; zone is the time zone the meeting was held in (null for a session made by an older Beraad);
 * uid names the session in every database it is copied to (the id is only this database's number).
 */
public record Session(
        SessionId id,
        String title,
        String setId,
        String setTitle,
        SessionStatus status,
        ItemNo currentItem,
        Instant createdAt,
        Instant updatedAt,
        SessionDetails details,
        ZoneId zone,
        String uid) {

    /** The longest title the session table holds, as the database counts (UTF-16 units). */
    public static final int MAX_TITLE = 300;

    public Session {
        title = CleanText.line(title);
        if (title.isEmpty()) {
            throw BeraadException.invalid("session.title.empty");
        }
        details = details == null ? SessionDetails.NONE : details;
    }

    /** A session whose time zone is not known. */
    public Session(SessionId id, String title, String setId, String setTitle, SessionStatus status, ItemNo currentItem,
                   Instant createdAt, Instant updatedAt, SessionDetails details) {
        this(id, title, setId, setTitle, status, currentItem, createdAt, updatedAt, details, null, null);
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
