package nl.beraad.app;

import java.util.List;
import java.util.Optional;
import nl.beraad.domain.LogEntry;
import nl.beraad.domain.Seal;
import nl.beraad.domain.Fact;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Problem;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionLog;
import nl.beraad.domain.SessionRecord;

/**
 * What {@code beraad verify} found for a session, as one sentence: whether the stored data is
 * exactly what its log records, and if not, the item and the entry where it first differs.
 */
public record LogCheck(boolean intact, Problem sentence) {

    /**
     * The sentence for a verdict; {@code now} gives the members' names as stored; {@code seal} is the
     * signature made at the finish, checked against {@code log} and the session's {@code uid};
     * {@code ours} holds this installation's public key, then those it signed with before (empty when unknown).
     */
    static LogCheck of(SessionId id, SessionLog.Verdict verdict, SessionRecord now, Optional<Seal> seal,
                       List<LogEntry> log, String uid, List<String> ours) {
        if (verdict instanceof SessionLog.Intact whole) {
            String mark = whole.head().substring(0, 16);
            if (seal.isEmpty()) {
                boolean finished = now.session().status() == nl.beraad.domain.SessionStatus.FINISHED;
                return new LogCheck(true, Problem.of(finished ? whyUnsigned(log) : "verify.intact",
                        id, whole.entries(), mark));
            }
            Seal s = seal.get();
            if (!nl.beraad.domain.Provenance.holds(s, log, uid)) {
                return new LogCheck(false, Problem.of("verify.seal.broken", id));
            }
            Problem.Term whose = new Problem.Term(ours.isEmpty() || !ours.contains(s.publicKey()) ? "verify.key.other"
                    : ours.get(0).equals(s.publicKey()) ? "verify.key.ours" : "verify.key.earlier");
            return s.entries() == whole.entries()
                    ? new LogCheck(true, Problem.of("verify.intact.sealed", id, whole.entries(), mark,
                            Seal.fingerprint(s.publicKey()), whose))
                    : new LogCheck(true, Problem.of("verify.intact.sealed.since", id, whole.entries(), mark,
                            Seal.fingerprint(s.publicKey()), whose, s.entries(), whole.entries() - s.entries()));
        }
        if (verdict instanceof SessionLog.NoLog) {
            return new LogCheck(true, Problem.of("verify.nolog", id));
        }
        if (verdict instanceof SessionLog.Broken broken) {
            return new LogCheck(false, Problem.of("verify.broken", id, broken.seq()));
        }
        SessionLog.Differs d = (SessionLog.Differs) verdict; // the last kind of verdict there is
        Problem what = what(d.logged() != null ? d.logged() : d.stored(), now);
        String where = d.itemNo() == null ? "" : ".item";
        Object item = d.itemNo() == null ? "" : d.itemNo();
        return d.seq() == 0
                ? new LogCheck(false, Problem.of("verify.unlogged" + where, id, item, what))
                : new LogCheck(false, Problem.of("verify.differs" + where, id, item, what, d.seq()));
    }

    /**
     * Why a finished session has no signature, as its log tells (the key of the sentence): it came from an export or another
     * database (a signature does not travel with it), it was finished before Beraad signed
     * sessions (its log began with a snapshot and holds no finish), or no key could be had then.
     */
    private static String whyUnsigned(List<LogEntry> log) {
        if (log.stream().anyMatch(e -> e.kind() == LogEntry.Kind.RESTORED)) {
            return "verify.intact.unsigned.restored";
        }
        boolean finishLogged = log.stream().anyMatch(e -> e.kind() == LogEntry.Kind.STATUS
                && e.content().contains("|FINISHED|"));
        return finishLogged ? "verify.intact.unsigned.nokey" : "verify.intact.unsigned.older";
    }

    /** What a fact is about, in words: "de positie van Zoë Öztürk in ronde 1". */
    private static Problem what(Fact f, SessionRecord now) {
        String[] key = f.key().split("/");
        return switch (f.subject()) {
            case "session" -> Problem.of("verify.what.session");
            case "participant" -> Problem.of("verify.what.participant", name(key[1], now));
            case "item" -> Problem.of("verify.what.item");
            case "vote" -> Problem.of("verify.what.vote", name(key[3], now), key[2]);
            case "hands" -> Problem.of("verify.what.hands", key[3], key[2]);
            case "argument" -> Problem.of("verify.what.argument", key[1]);
            case "conclusion" -> Problem.of("verify.what.conclusion");
            case "correction" -> Problem.of("verify.what.correction", key[1]);
            default -> Problem.of("verify.what.other", f.key()); // a key a newer Beraad wrote
        };
    }

    /** A member's name as stored now; their number when the member is no longer there, or the session keeps no names (now). */
    private static String name(String participantId, SessionRecord now) {
        if (now.session().details().namesHidden(now.session().status())) {
            return "#" + participantId;
        }
        Optional<Participant> p = now.participants().stream()
                .filter(x -> x.id().equals(new ParticipantId(Long.parseLong(participantId)))).findFirst();
        return p.map(Participant::name).orElse("#" + participantId);
    }
}
