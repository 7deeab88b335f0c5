package nl.beraad.domain;

import java.time.Instant;

/**
 * A phone that joined a session's vote page. It answers for one participant once it has chosen its
 * name ({@code participantId} null before that); once released by the facilitator it answers for
 * nobody again.
 */
public record Device(long id, SessionId sessionId, ParticipantId participantId, Instant joinedAt, Instant releasedAt) {

    public boolean released() {
        return releasedAt != null;
    }

    /** Whether this device may answer: joined, named and not released. */
    public boolean answers() {
        return participantId != null && !released();
    }
}
