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

    /** The record as a report is made of it, without a log. */
    public static nl.beraad.app.SessionService.Reported reported(SessionRecord r) {
        return new nl.beraad.app.SessionService.Reported(r, of(r), java.util.List.of());
    }

    public static Provenance of(SessionRecord r) {
        return new Provenance(r.session().uid(), 0, SessionLog.GENESIS, Provenance.Standing.NO_LOG, Optional.empty(),
                false, r.session().status() == SessionStatus.FINISHED);
    }
}
