package nl.beraad.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What a session's log records, one {@link Fact} per stored thing: the session's title, details and
 * status, each member, each item's round and reveal, each position, hand count, argument,
 * conclusion and correction. The log states them as each action makes them; {@link #of} states
 * them as the rows hold them now; a session is as recorded when the two agree. Rows are named by
 * this database's ids. Navigation (the item on the table), the meeting's pauses, the speaker queue
 * and the phones are not facts: they are how the meeting went, not what it recorded.
 */
public final class SessionFacts {
    private SessionFacts() {
    }

    /** Every fact the rows of a session hold now, in a fixed order. */
    public static List<Fact> of(SessionRecord r) {
        List<Fact> out = new ArrayList<>();
        out.add(session(r.session()));
        r.participants().forEach(p -> out.add(participant(p)));
        r.items().forEach(i -> out.add(item(i.number(), i.round(), i.revealedRound())));
        r.votes().forEach(v -> out.add(vote(v)));
        r.handCounts().forEach(h -> out.add(hands(h)));
        r.arguments().forEach(a -> out.add(argument(a)));
        r.conclusions().forEach(c -> out.add(conclusion(c)));
        r.corrections().forEach(k -> out.add(correction(k)));
        return out;
    }

    public static Fact session(Session s) {
        SessionDetails d = s.details();
        return new Fact("session", CanonicalLine.of(s.title(), s.setId(), s.status(), d.body(), d.place(),
                d.facilitator(), d.secretary(), d.names().canonical()), null);
    }

    public static Fact participant(Participant p) {
        return new Fact("participant/" + p.id(), CanonicalLine.of(p.seq(), p.name(), p.observer(), p.present()), null);
    }

    /** A member taken off the list. */
    public static Fact participantRemoved(ParticipantId id) {
        return new Fact("participant/" + id, null, null);
    }

    /** An item's round and the round last revealed. */
    public static Fact item(ItemNo itemNo, int round, int revealedRound) {
        return new Fact("item/" + itemNo, CanonicalLine.of(round, revealedRound), itemNo);
    }

    public static Fact vote(Vote v) {
        return new Fact(voteKey(v.itemNo(), v.round(), v.participantId()), CanonicalLine.of(v.position().step(),
                v.position().numbers(), time(v.castAt()), v.method()), v.itemNo());
    }

    /** A position taken back (a correction to "no position"). */
    public static Fact voteRemoved(ItemNo itemNo, int round, ParticipantId participantId) {
        return new Fact(voteKey(itemNo, round, participantId), null, itemNo);
    }

    private static String voteKey(ItemNo itemNo, int round, ParticipantId participantId) {
        return "vote/" + itemNo + "/" + round + "/" + participantId;
    }

    public static Fact hands(HandCount h) {
        return new Fact("hands/" + h.itemNo() + "/" + h.round() + "/" + h.position(),
                CanonicalLine.of(h.hands(), time(h.countedAt())), h.itemNo());
    }

    public static Fact argument(Argument a) {
        return new Fact("argument/" + a.id(), CanonicalLine.of(a.itemNo(), a.participantId(), a.side(), a.text(),
                time(a.createdAt()), time(a.editedAt())), a.itemNo());
    }

    /** An argument or answer deleted, with nothing of its text. */
    public static Fact argumentRemoved(long id, ItemNo itemNo) {
        return new Fact("argument/" + id, null, itemNo);
    }

    public static Fact conclusion(Conclusion c) {
        return new Fact("conclusion/" + c.itemNo(), CanonicalLine.of(c.text(), c.minority(), c.actions(),
                time(c.updatedAt())), c.itemNo());
    }

    public static Fact correction(Correction k) {
        return new Fact("correction/" + k.id(), CanonicalLine.of(k.itemNo(), k.kind(), k.round(), k.participantId(),
                k.argumentId(), k.side(), k.handPosition(), k.before(), k.after(), k.reason(), time(k.madeAt())),
                k.itemNo());
    }

    /**
     * A moment as the databases keep it, to the microsecond: a time taken from a clock with
     * nanoseconds is stored cut to microseconds, and must read the same in the log and in the rows.
     */
    public static String time(Instant at) {
        return at == null ? "null" : at.truncatedTo(ChronoUnit.MICROS).toString();
    }
}
