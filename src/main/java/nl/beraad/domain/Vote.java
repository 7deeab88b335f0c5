package nl.beraad.domain;

import java.time.Instant;

/** A participant's position on one item in one round; a later vote in the same round replaces it. */
public record Vote(long participantId, int itemNo, int round, Position position, Instant castAt) {
}
