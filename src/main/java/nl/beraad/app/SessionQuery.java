package nl.beraad.app;

import java.time.Instant;
import nl.beraad.domain.SessionStatus;

/**
 * Which sessions a list shows: of one set, with one status, begun from an instant and before another,
 * of one board (the body that met, as its details name it; capitals do not count); a null part does
 * not narrow the list.
 */
public record SessionQuery(String setId, SessionStatus status, Instant from, Instant before, String board) {
    /** Every session. */
    public static final SessionQuery ALL = new SessionQuery(null, null, null, null, null);
}
