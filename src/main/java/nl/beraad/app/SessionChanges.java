package nl.beraad.app;

import java.util.concurrent.CopyOnWriteArrayList;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.SessionId;

/**
 * The port through which every way into a session hears that it changed, whoever changed it: the
 * meeting screen redraws when a phone answers, the phones follow when the facilitator opens a round,
 * reveals or moves on. Told after the change is committed; a listener must return quickly (note the
 * change, wake its own thread) and never throws back at the one who changed something.
 */
public final class SessionChanges {

    /** What changed, so a listener can tell a new answer from a new item. */
    public enum What {
        /** The item on the table, or the session's status (paused, finished, reopened). */
        SESSION,
        /** A round opened, revealed, reopened or a second round started. */
        ROUND,
        /** A position taken, changed or corrected, or hands counted. */
        POSITIONS,
        /** Arguments, answers to an open question, conclusions, the speaker queue. */
        WORDS,
        /** Participants added, renamed, marked; devices joined, named or released. */
        PEOPLE,
        /** A phone's proposal sent, accepted or dropped. */
        PROPOSALS
    }

    /** One change of one session; {@code itemNo} null when it concerns no single item. */
    public record Change(SessionId sessionId, What what, ItemNo itemNo) {
    }

    /** Someone who wants to hear of changes. */
    @FunctionalInterface
    public interface Listener {
        void changed(Change change);
    }

    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();

    /** Starts telling a listener of changes; closing the result stops it. */
    public AutoCloseable listen(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells every listener; one that fails is not allowed to undo or hide the change it was told of. */
    public void tell(Change change) {
        for (Listener listener : listeners) {
            try {
                listener.changed(change);
            } catch (RuntimeException e) {
                // A listener's trouble (a phone's connection gone mid-write) is its own: the change stands.
            }
        }
    }
}
