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

    public Session {
        title = CleanText.line(title);
        if (title.isEmpty()) {
            throw BeraadException.invalid("session.title.empty");
        }
        details = details == null ? SessionDetails.NONE : details;
    }
}
