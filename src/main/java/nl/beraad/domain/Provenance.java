package nl.beraad.domain;

import java.util.Optional;

/**
 * Where the data a report is made from stands against the session's log and signature (issue 15),
 * read in the same moment as the data: the session's uid, how many entries its log has and the last
 * one's hash, whether the rows are what the log records, the signature made at the finish, and
 * whether that signature holds: made by its key over an end this log really had.
 */
public record Provenance(String uid, int entries, String head, Standing standing, Optional<Seal> seal,
                         boolean sealHolds, boolean finished) {
    /** The rows against the log: as recorded, changed outside Beraad (or the log broken), or no log yet. */
    public enum Standing { INTACT, CHANGED, NO_LOG }

    /** Whether {@code seal} holds for the session {@code uid} and is over an end {@code log} had. */
    public static boolean holds(Seal seal, java.util.List<LogEntry> log, String uid) {
        return seal.entries() >= 1 && seal.entries() <= log.size()
                && log.get(seal.entries() - 1).hash().equals(seal.head()) && seal.holds(uid);
    }

    /** The standing of a verdict of {@link SessionLog#check}. */
    public static Standing standing(SessionLog.Verdict verdict) {
        if (verdict instanceof SessionLog.Intact) {
            return Standing.INTACT;
        }
        return verdict instanceof SessionLog.NoLog ? Standing.NO_LOG : Standing.CHANGED;
    }

    /**
     * Whether the report's data is exactly the record that was signed: the rows are what the log
     * records and the finish's signature is over this whole log of this session.
     */
    public boolean signedAsIs() {
        return standing == Standing.INTACT && sealHolds && seal.isPresent() && seal.get().entries() == entries
                && seal.get().head().equals(head);
    }
}
