package nl.beraad.support;

import java.util.Optional;
import nl.beraad.domain.Provenance;
import nl.beraad.domain.SessionLog;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.SessionStatus;

/** The provenance of a record a test made without reading its log: no log, no signature. */
public final class Unlogged {
    private Unlogged() {
    }

    public static Provenance of(SessionRecord r) {
        return new Provenance(r.session().uid(), 0, SessionLog.GENESIS, Provenance.Standing.NO_LOG, Optional.empty(),
                false, r.session().status() == SessionStatus.FINISHED);
    }
}
