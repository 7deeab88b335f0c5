package nl.beraad.domain;

import java.time.Instant;

/**
 * A participant's position on one item in one round; a later vote in the same round replaces it.
 * The method says how it was taken; null for a vote stored by an older Beraad, which did not keep it.
 */
public record Vote(ParticipantId participantId, ItemNo itemNo, int round, Position position, Instant castAt, VoteMethod method) {

    /** A vote whose method is not known (as older databases hold them). */
    public Vote(ParticipantId participantId, ItemNo itemNo, int round, Position position, Instant castAt) {
        this(participantId, itemNo, round, position, castAt, null);
    }
}
