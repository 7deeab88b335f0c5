package nl.beraad.app;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import nl.beraad.domain.Argument;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.Correction;
import nl.beraad.domain.DilemmaSet;
import nl.beraad.domain.HandCount;
import nl.beraad.domain.ItemCounts;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionEvent;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.SessionStatus;
import nl.beraad.domain.Side;
import nl.beraad.domain.Vote;

/** Where sessions are kept; every method that changes something has committed it when it returns. */
public interface SessionStore {

    /**
     * Runs a unit of work in one session as one transaction, alone in that session: what it reads
     * cannot change before what it writes is committed (a check-then-act, such as "the round is still
     * open, so store this answer"), also while the meeting screen and many phones use the session at
     * the same moment. Units of other sessions run beside it, each on a connection of its own. Units
     * nest: an inner one joins the outer.
     */
    <T> T atomically(SessionId sessionId, java.util.function.Supplier<T> work);

    /** Runs a unit of work that concerns no session stored yet (an import) as one transaction; see above. */
    <T> T atomically(java.util.function.Supplier<T> work);

    /**
     * Erases names in one session as {@code forgetting} says (issue 15), as one unit of work: the
     * rows changed, every earlier entry of the log that held a name or a member's own text redacted
     * (its hash stays, so the chain still holds), and an ERASURE entry that records the changed rows
     * as they now are, without the names. With {@code apply} false it only counts what it would change.
     */
    nl.beraad.domain.Forgetting.Done forget(SessionId sessionId, nl.beraad.domain.Forgetting forgetting, boolean apply);

    /** Makes a session held in the given time zone, and records that it started now. */
    Session createSession(String title, DilemmaSet set, SessionDetails details, ZoneId zone, Instant now);

    /** Stores the report heading's details and how a session keeps names; the meeting's times stay. */
    void setDetails(SessionId sessionId, SessionDetails details);

    Optional<Session> findSession(SessionId sessionId);

    /** The sessions the query asks for, newest first: {@code limit} of them after skipping {@code offset}. */
    List<SessionSummary> listSessions(SessionQuery query, int offset, int limit);

    /** How many sessions the query asks for. */
    int countSessions(SessionQuery query);

    /** The most recently created session that is not finished. */
    Optional<Session> latestOpen();

    List<SessionItem> items(SessionId sessionId);

    /** One item of a session, without reading the others (a phone's request reads only its own). */
    Optional<SessionItem> item(SessionId sessionId, ItemNo itemNo);

    /** How many items a session has. */
    int itemCount(SessionId sessionId);

    /** Per item, in order: responses in its current round, arguments, and whether it is concluded. */
    List<ItemCounts> itemCounts(SessionId sessionId);

    void updateProgress(SessionId sessionId, ItemNo itemNo, int round, int revealedRound, Instant now);

    void moveTo(SessionId sessionId, ItemNo itemNo, Instant now);

    /** Changes the status, recording the finish or the reopening when it is a change. */
    void setStatus(SessionId sessionId, SessionStatus status, Instant now);

    /** Records a moment in the meeting's life (taken up, let go). */
    void addEvent(SessionId sessionId, SessionEvent.Kind kind, Instant at);

    /** The meeting's moments, in the order they were recorded. */
    List<SessionEvent> events(SessionId sessionId);

    /** The last time anything was recorded in the session: when a vanished terminal was last at work. */
    Instant lastActivity(SessionId sessionId);

    Participant addParticipant(SessionId sessionId, String name, Instant now);

    List<Participant> participants(SessionId sessionId);

    /** One participant of a session, by id. */
    Optional<Participant> participant(SessionId sessionId, ParticipantId participantId);

    /** Stores a vote, replacing that participant's earlier vote on the same item and round. */
    void castVote(SessionId sessionId, Vote vote);

    /** Stores a participant's name, role and presence. */
    void updateParticipant(SessionId sessionId, Participant participant);

    /** Deletes a participant who has no positions or arguments (the service checks). */
    void removeParticipant(SessionId sessionId, ParticipantId participantId);

    /** The participants waiting to speak on an item, first in line first. */
    List<ParticipantId> speakers(SessionId sessionId, ItemNo itemNo);

    void addSpeaker(SessionId sessionId, ItemNo itemNo, ParticipantId participantId, Instant now);

    /** Takes the first in line off the queue. */
    void removeFirstSpeaker(SessionId sessionId, ItemNo itemNo);

    /** Takes one participant off an item's speaker queue, wherever they stand in it. */
    void removeSpeaker(SessionId sessionId, ItemNo itemNo, ParticipantId participantId);

    /** Records (or replaces) the number of hands for one position in one round. */
    void countHands(SessionId sessionId, HandCount count);

    List<Vote> votes(SessionId sessionId, ItemNo itemNo, int round);

    /** One participant's position in one round of an item, if taken. */
    Optional<Vote> vote(SessionId sessionId, ItemNo itemNo, int round, ParticipantId participantId);

    Argument addArgument(SessionId sessionId, ItemNo itemNo, ParticipantId participantId, Side side, String text, Instant now);

    /** The arguments (or answers) on one item, in the order they were made. */
    List<Argument> arguments(SessionId sessionId, ItemNo itemNo);

    void setConclusion(SessionId sessionId, Conclusion conclusion);

    Optional<Conclusion> conclusion(SessionId sessionId, ItemNo itemNo);

    SessionRecord record(SessionId sessionId);

    /**
     * The session with every participant and item, but the positions, arguments, conclusion and
     * hand counts of one item only: what a page about that item needs, at the cost of one item.
     */
    SessionRecord record(SessionId sessionId, ItemNo itemNo);

    /** Gives a session another title; the meeting's own times stay as they were. */
    void retitle(SessionId sessionId, String title);

    /** The session of this database that has the uid, if any (a session keeps its uid when it is copied). */
    Optional<SessionId> sessionWithUid(String uid);

    /**
     * Stores a whole session from elsewhere (an export, another database) as a new session, with its
     * uid, times and progress as they were; its participants, arguments and corrections get this
     * database's ids in the order of their old ones. Returns the new session's id.
     */
    SessionId restore(SessionRecord record);

    /** Removes a session and everything recorded in it: participants, positions, arguments, conclusions. */
    void delete(SessionId sessionId);

    /**
     * Takes the session for this process until the claim is closed, so that two terminals cannot
     * steer the same meeting; a claim dies with its process.
     */
    default SessionClaim claim(SessionId sessionId) {
        return claim(sessionId, false);
    }

    /**
     * As {@link #claim(long)}; with {@code takeOver} a session that another process holds is taken
     * from it (for a terminal that was left frozen or lost its connection): that process then finds,
     * at its next change, that it lost the session, and changes nothing more.
     */
    SessionClaim claim(SessionId sessionId, boolean takeOver);
    // --- corrections after the fact (issue 11): each changes the data and records itself in one transaction

    /** One argument (or answer) of a session, if it exists. */
    Optional<Argument> argument(SessionId sessionId, long argumentId);

    /** The corrections made to one item, in the order they were made. */
    List<Correction> corrections(SessionId sessionId, ItemNo itemNo);

    /** Whether a round of an item was reopened after its reveal (then a change in it is a correction). */
    boolean reopened(SessionId sessionId, ItemNo itemNo, int round);

    /** Hides a revealed round again (revealed_round becomes revealedRound) and records why. */
    Correction reopenRound(SessionId sessionId, Correction reopened, int revealedRound);

    /** Stores a changed position ({@code after} null: the position is taken away) with its correction. */
    Correction correctPosition(SessionId sessionId, Correction change, Vote after);

    /** Stores a changed number of hands with its correction. */
    Correction correctHands(SessionId sessionId, Correction change, HandCount after);

    /** Stores an argument's new text, marked edited at the correction's time, with its correction. */
    Correction editArgument(SessionId sessionId, Correction edit);

    /**
     * Deletes an argument and records that it was deleted; its text goes from the earlier edits'
     * corrections too, so that nothing of it is kept.
     */
    Correction deleteArgument(SessionId sessionId, Correction deletion);

    /**
     * A session as its log proves it (issue 15): its rows, its log (first entry first), where the
     * log ends as the session row says, and the signature made at its finish, all read in one
     * moment, so that a session in use elsewhere is checked as one whole.
     */
    record Logged(SessionRecord record, List<nl.beraad.domain.LogEntry> log, LogEnd end,
                  Optional<nl.beraad.domain.Seal> seal) {
        /** The log and the rows checked against each other (see {@link nl.beraad.domain.SessionLog#check}). */
        public nl.beraad.domain.SessionLog.Verdict verdict() {
            return nl.beraad.domain.SessionLog.check(log, end.entries(), end.head(),
                    nl.beraad.domain.SessionFacts.of(record));
        }
    }

    /** The session, its log, the log's end and its signature, in one moment. */
    Logged logged(SessionId sessionId);

    /** Where a session's log ends: its number of entries and the last one's hash. */
    record LogEnd(int entries, String head) {
    }

    LogEnd logEnd(SessionId sessionId);

    /** Stores the signature over the session's log (at its finish), replacing an earlier one. */
    void seal(SessionId sessionId, nl.beraad.domain.Seal seal);
}
