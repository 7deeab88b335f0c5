package nl.beraad.store;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Predicate;
import nl.beraad.domain.Fact;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.LogEntry;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionLog;

/**
 * A session's hash-chained log (issue 15): entries appended in the transaction of the action they
 * record, after locking the session row, whose log_count and log_head say where the log ends.
 */
final class LogRows {
    private final Sql sql;

    LogRows(Sql sql) {
        this.sql = sql;
    }

    /** Where a session's log ends: its number of entries and the last one's hash. */
    record End(int count, String head) {
    }

    /** The end of the session's log, its row locked until the transaction ends (so appends queue). */
    java.util.Optional<End> lockEnd(SessionId sessionId) throws SQLException {
        return end(sessionId, " FOR UPDATE");
    }

    /** The end of the session's log as committed (no lock). */
    End end(SessionId sessionId) throws SQLException {
        return end(sessionId, "").orElse(new End(0, SessionLog.GENESIS));
    }

    private java.util.Optional<End> end(SessionId sessionId, String lock) throws SQLException {
        return sql.one("SELECT log_count, log_head FROM session WHERE id = ?" + lock,
                rs -> new End(rs.getInt(1), rs.getString(2)), sessionId);
    }

    /** Appends the entry that records {@code facts}; call inside the action's transaction. */
    void append(SessionId sessionId, LogEntry.Kind kind, ItemNo itemNo, List<Fact> facts) throws SQLException {
        java.util.Optional<End> found = lockEnd(sessionId);
        if (found.isPresent()) { // else no such session: the action itself stored nothing either
            append(sessionId, found.get(), kind, itemNo, facts);
        }
    }

    /** Appends after {@code end}, which this transaction locked with {@link #lockEnd}; the new end. */
    End append(SessionId sessionId, End end, LogEntry.Kind kind, ItemNo itemNo, List<Fact> facts) throws SQLException {
        LogEntry e = SessionLog.next(end.count(), end.head(), kind, itemNo, facts);
        sql.update("INSERT INTO session_log (session_id, seq, kind, item_no, content, content_hash, hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", sessionId, e.seq(), e.kind(), itemNo, e.content(), e.contentHash(), e.hash());
        sql.update("UPDATE session SET log_count = ?, log_head = ? WHERE id = ?", e.seq(), e.hash(), sessionId);
        return new End(e.seq(), e.hash());
    }

    /** The session's entries, first first. */
    List<LogEntry> list(SessionId sessionId) throws SQLException {
        return sql.list("SELECT seq, kind, item_no, content, content_hash, hash, redacted FROM session_log "
                + "WHERE session_id = ? ORDER BY seq", rs -> {
                    int item = rs.getInt(3);
                    ItemNo itemNo = rs.wasNull() ? null : ItemNo.of(item);
                    return new LogEntry(rs.getInt(1), LogEntry.Kind.valueOf(rs.getString(2)), itemNo, rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getBoolean(7));
                }, sessionId);
    }

    /**
     * Erases from the session's earlier entries the values of the facts {@code erase} names (the
     * text of a deleted argument): their text hashes stay, so the chain still holds, and the entry
     * is marked as redacted. The number of entries redacted.
     */
    int redact(SessionId sessionId, Predicate<Fact> erase) throws SQLException {
        List<LogEntry> holding = holding(sessionId, erase);
        for (LogEntry e : holding) {
            sql.update("UPDATE session_log SET content = ?, redacted = TRUE WHERE session_id = ? AND seq = ?",
                    SessionLog.redacted(e, erase), sessionId, e.seq());
        }
        return holding.size();
    }

    /** The session's entries that hold a value of a fact {@code erase} names (which {@link #redact} would erase). */
    List<LogEntry> holding(SessionId sessionId, Predicate<Fact> erase) throws SQLException {
        return list(sessionId).stream().filter(e -> SessionLog.facts(e).stream().anyMatch(f -> !f.gone() && erase.test(f)))
                .toList();
    }

    /** Stores the session's seal, replacing the one it had (a session reopened and finished again). */
    void seal(SessionId sessionId, nl.beraad.domain.Seal seal) throws SQLException {
        sql.upsert("session_seal", List.of("session_id"), List.of("session_id", "log_count", "log_head", "public_key",
                "signature", "signed_at"), sessionId, seal.entries(), seal.head(), seal.publicKey(), seal.signature(),
                seal.signedAt());
    }

    /** The session's seal, if it was finished with a key. */
    java.util.Optional<nl.beraad.domain.Seal> seal(SessionId sessionId) throws SQLException {
        return sql.one("SELECT log_count, log_head, public_key, signature, signed_at FROM session_seal WHERE session_id = ?",
                rs -> new nl.beraad.domain.Seal(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Sql.instant(rs, 5)), sessionId);
    }
}
