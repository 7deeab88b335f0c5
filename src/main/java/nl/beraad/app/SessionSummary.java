package nl.beraad.app;

import nl.beraad.domain.Session;

/** A session with the counts a list of sessions shows. */
public record SessionSummary(Session session, int items, int participants) {
}
