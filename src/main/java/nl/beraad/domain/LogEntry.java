package nl.beraad.domain;

/**
 * One entry in a session's log: its number (1 for the first), what action made it, the item it
 * concerns (null for the session and its members), the facts it recorded as canonical text, the
 * SHA-256 of that text, and the entry's hash, which covers the previous entry's hash, the number,
 * the action, the item and the text's hash. {@code redacted}: personal text in it was erased since
 * (a deleted argument, a forgotten member); its text then no longer gives its text hash, which stays.
 */
public record LogEntry(int seq, Kind kind, ItemNo itemNo, String content, String contentHash, String hash,
                       boolean redacted) {

    /** The action an entry records. */
    public enum Kind {
        /** The session was made, with its items. */
        START,
        /** What a session made before the log held, recorded when it was first changed afterwards. */
        SNAPSHOT,
        /** The session came from an export or another database. */
        RESTORED,
        DETAILS,
        STATUS,
        ROUND,
        PARTICIPANT,
        POSITION,
        HANDS,
        ARGUMENT,
        CONCLUSION,
        CORRECTION,
        /** Names erased on request, or when the report was final (issue 15): the rows as they are after it, without the names. */
        ERASURE
    }
}
