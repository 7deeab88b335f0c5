package nl.beraad.domain;

import java.time.Instant;

/**
 * An argument sent from a phone during the discussion: seen by the facilitator only until it is
 * accepted (then it is the board's argument) or dropped. {@code participantId} is null when it was
 * sent without a name.
 */
public record Proposal(long id, ItemNo itemNo, ParticipantId participantId, Side side, String text, State state,
                       Instant createdAt) {

    /** Where a proposal stands. */
    public enum State {
        OPEN, ACCEPTED, DROPPED
    }

    /** The longest proposal a phone may send, in characters: an argument, not a document. */
    public static final int MAX_LENGTH = 500;

    public boolean open() {
        return state == State.OPEN;
    }
}
