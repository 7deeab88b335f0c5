package nl.beraad.app;

import java.util.List;
import java.util.Optional;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.LogEntry;
import nl.beraad.domain.Provenance;
import nl.beraad.domain.Seal;
import nl.beraad.domain.SessionChecksum;
import nl.beraad.domain.SessionFacts;
import nl.beraad.domain.SessionLog;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionRecord;

/**
 * Brings a session made elsewhere (an export file, another database) into this database, whole or
 * not at all, and proves it: what was stored must give the checksum the session had there. The same
 * session brought twice is found by its uid and stored once.
 */
public final class SessionImport {
    private final SessionStore store;

    public SessionImport(SessionStore store) {
        this.store = store;
    }

    /** What became of a session: stored as a new session here, or found here already with the same data. */
    public record Outcome(SessionId sessionId, boolean alreadyHere) {
    }

    /**
     * Stores the session unless this database has it already. {@code checksum} is what the source
     * says the session's checksum is; a record that does not give it was changed or damaged on the way
     * and is refused before anything is written.
     */
    public Outcome bring(SessionRecord record, String checksum) {
        return bring(record, checksum, List.of(), Optional.empty());
    }

    /**
     * As {@link #bring(SessionRecord, String)}, for a file that carries the session's log and the
     * finish's signature (issue 15): the chain must be whole, the data exactly what it records, and the
     * signature made over it, or nothing is stored. The session starts a log of its own here.
     */
    public Outcome bring(SessionRecord record, String checksum, List<LogEntry> log, Optional<Seal> seal) {
        if (!SessionChecksum.of(record).equals(checksum)) {
            throw BeraadException.invalid("import.checksum");
        }
        if (!log.isEmpty()) {
            SessionLog.Verdict v = SessionLog.check(log, log.size(), log.get(log.size() - 1).hash(),
                    SessionFacts.of(record), SessionLog::toTheMillisecond);
            if (v instanceof SessionLog.Broken broken) {
                throw BeraadException.invalid("import.log.broken", broken.seq());
            }
            if (v instanceof SessionLog.Differs differs) {
                throw BeraadException.invalid("import.log.differs", differs.seq());
            }
        }
        if (seal.isPresent() && !Provenance.holds(seal.get(), log, record.session().uid())) {
            throw BeraadException.invalid("import.log.seal");
        }
        return store.atomically(() -> {
            Optional<SessionId> here = store.sessionWithUid(record.session().uid());
            if (here.isPresent()) {
                if (SessionChecksum.of(store.record(here.get())).equals(checksum)) {
                    return new Outcome(here.get(), true);
                }
                throw new BeraadException(ExitCode.CONFLICT, "import.differs", record.session().title(), here.get());
            }
            SessionId id = store.restore(record);
            // Read back before the commit: a store that lost anything on the way rolls it all back.
            if (!SessionChecksum.of(store.record(id)).equals(checksum)) {
                throw new BeraadException(ExitCode.INTERNAL, "import.lost", record.session().title());
            }
            return new Outcome(id, false);
        });
    }
}
