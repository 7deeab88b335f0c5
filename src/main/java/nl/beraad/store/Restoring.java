package nl.beraad.store;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import nl.beraad.domain.Argument;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.Correction;
import nl.beraad.domain.HandCount;
import nl.beraad.domain.Participant;
import nl.beraad.domain.QueuedSpeaker;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.SessionEvent;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Side;
import nl.beraad.domain.Vote;

/**
 * Stores a whole session read from elsewhere (an export, another database) as a new session of this
 * database, through the same rows classes that store a meeting as it happens. Its participants,
 * arguments and corrections get this database's ids, given in the order of their old ones, so the
 * session keeps its checksum (which names rows by their rank). An id that only a correction still
 * names (a deleted argument, a participant removed after their position was taken away) is given
 * too, to a row that is deleted again at once: the ranks stay as they were, as on the source.
 * The caller runs this in one transaction: a failure leaves nothing.
 */
final class Restoring {
    private final SessionRows sessions;
    private final ItemRows items;
    private final ParticipantRows participants;
    private final VoteRows votes;
    private final ArgumentRows arguments;
    private final ConclusionRows conclusions;
    private final CorrectionRows corrections;

    Restoring(SessionRows sessions, ItemRows items, ParticipantRows participants, VoteRows votes, ArgumentRows arguments,
              ConclusionRows conclusions, CorrectionRows corrections) {
        this.sessions = sessions;
        this.items = items;
        this.participants = participants;
        this.votes = votes;
        this.arguments = arguments;
        this.conclusions = conclusions;
        this.corrections = corrections;
    }

    /** The new session's id. */
    SessionId restore(SessionRecord r) throws SQLException {
        SessionId id = sessions.restore(r.session());
        items.insert(id, r.items().stream().map(SessionItem::item).toList());
        for (SessionItem i : r.items()) {
            items.restoreProgress(id, i);
        }
        Map<ParticipantId, ParticipantId> people = people(id, r);
        for (Vote v : r.votes()) {
            votes.cast(id, new Vote(people.get(v.participantId()), v.itemNo(), v.round(), v.position(), v.castAt(),
                    v.method()));
        }
        for (HandCount h : r.handCounts()) {
            votes.countHands(id, h);
        }
        Map<Long, Long> said = arguments(id, r, people);
        for (Conclusion c : r.conclusions()) {
            conclusions.set(id, c);
        }
        for (Correction k : r.corrections().stream().sorted(java.util.Comparator.comparingLong(Correction::id)).toList()) {
            corrections.insert(id, new Correction(0, k.itemNo(), k.kind(), k.round(), mapped(people, k.participantId()),
                    mapped(said, k.argumentId()), k.side(), k.handPosition(), k.before(), k.after(), k.reason(),
                    k.madeAt()));
        }
        for (SessionEvent e : r.events()) {
            sessions.addEvent(id, e.kind(), e.at());
        }
        for (QueuedSpeaker w : r.speakers()) { // in the order of the queue, so it stands as it stood
            participants.addSpeaker(id, w.itemNo(), people.get(w.participantId()), w.addedAt());
        }
        return id;
    }

    /** The participants, old id to new. */
    private Map<ParticipantId, ParticipantId> people(SessionId sessionId, SessionRecord r) throws SQLException {
        Map<ParticipantId, Participant> byId = r.participantsById();
        Map<ParticipantId, ParticipantId> out = new HashMap<>();
        for (ParticipantId old : r.participantIdsNamed()) {
            Participant p = byId.get(old);
            out.put(old, p != null ? participants.restore(sessionId, p, r.session().createdAt())
                    : participants.gap(sessionId, out.size() + 1));
        }
        return out;
    }

    /** The arguments, old id to new. */
    private Map<Long, Long> arguments(SessionId sessionId, SessionRecord r, Map<ParticipantId, ParticipantId> people)
            throws SQLException {
        Map<Long, Argument> byId = new HashMap<>();
        r.arguments().forEach(a -> byId.put(a.id(), a));
        Map<Long, Long> out = new HashMap<>();
        for (long old : r.argumentIdsNamed()) {
            Argument a = byId.get(old);
            if (a == null) {
                Correction k = r.corrections().stream().filter(c -> Objects.equals(c.argumentId(), old)).findFirst()
                        .orElseThrow();
                long gap = arguments.add(sessionId, k.itemNo(), null, Side.NONE, "-", r.session().createdAt()).id();
                arguments.delete(sessionId, gap);
                out.put(old, gap);
                continue;
            }
            long id = arguments.add(sessionId, a.itemNo(), mapped(people, a.participantId()), a.side(), a.text(),
                    a.createdAt()).id();
            if (a.isEdited()) {
                arguments.edit(sessionId, id, a.text(), a.editedAt());
            }
            out.put(old, id);
        }
        return out;
    }

    private static <T> T mapped(Map<T, T> ids, T old) {
        return old == null ? null : ids.get(old);
    }
}
