package nl.beraad.store;

import static nl.beraad.store.Sql.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.beraad.app.SessionQuery;
import nl.beraad.app.SessionSummary;
import nl.beraad.domain.DilemmaSet;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Session;
import nl.beraad.domain.NameKeeping;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionEvent;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionStatus;

/** The session rows (title, status, details, current item) and the meeting's events: the session aggregate's root. */
final class SessionRows {
    private static final String SESSION_COLUMNS =
            "id, title, set_id, set_title, status, current_item, created_at, updated_at, "
                    + "body, place, facilitator, secretary, name_keeping, zone, uid";
    /** How many columns SESSION_COLUMNS has; a query's own columns come after them. */
    private static final int SESSION_COLUMN_COUNT = SESSION_COLUMNS.split(",").length;
    /** Stands for "never" where the latest of several moments is taken and a table has none yet. */
    private static final String NEVER = "TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00Z'";

    private final Sql sql;

    SessionRows(Sql sql) {
        this.sql = sql;
    }

    /** Inserts a new open session at its first item; its id. */
    SessionId insert(String title, DilemmaSet set, SessionDetails details, ZoneId zone, Instant now) throws SQLException {
        return new SessionId(sql.insert(
                "INSERT INTO session (title, set_id, set_title, status, current_item, created_at, updated_at, "
                        + "body, place, facilitator, secretary, name_keeping, zone, uid) "
                        + "VALUES (?, ?, ?, 'OPEN', 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                title, set.id(), set.title(), now, now, details.body(), details.place(), details.facilitator(),
                details.secretary(), details.names().name(), zone.getId(), java.util.UUID.randomUUID().toString()));
    }

    /** Stores a session restored from elsewhere as it was (status, times, details, zone, uid); its new id. */
    SessionId restore(Session s) throws SQLException {
        SessionDetails d = s.details();
        return new SessionId(sql.insert(
                "INSERT INTO session (title, set_id, set_title, status, current_item, created_at, updated_at, "
                        + "body, place, facilitator, secretary, name_keeping, zone, uid) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.title(), s.setId(), s.setTitle(), s.status(), s.currentItem(), s.createdAt(), s.updatedAt(), d.body(),
                d.place(), d.facilitator(), d.secretary(), d.names().name(), s.zone() == null ? null : s.zone().getId(),
                s.uid()));
    }

    /** The session with this uid, if this database has it. */
    Optional<SessionId> byUid(String uid) throws SQLException {
        return sql.one("SELECT id FROM session WHERE uid = ?", rs -> Sql.sessionId(rs, 1), uid);
    }

    Optional<Session> find(SessionId sessionId) throws SQLException {
        return sql.one("SELECT " + SESSION_COLUMNS + " FROM session WHERE id = ?", SessionRows::session, sessionId);
    }

    /** The page of sessions the query asks for, newest first. */
    List<SessionSummary> list(SessionQuery query, int offset, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        params.add(limit);
        params.add(offset);
        // The newest first, limited before anything is counted: the counts cost per row shown.
        return sql.list("SELECT " + SESSION_COLUMNS
                        + ", (SELECT COUNT(*) FROM session_item i WHERE i.session_id = s.id)"
                        + ", (SELECT COUNT(*) FROM participant p WHERE p.session_id = s.id)"
                        + " FROM (SELECT * FROM session" + where + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?) s"
                        + " ORDER BY created_at DESC, id DESC",
                rs -> new SessionSummary(session(rs), rs.getInt(SESSION_COLUMN_COUNT + 1), rs.getInt(SESSION_COLUMN_COUNT + 2)),
                params.toArray());
    }

    int count(SessionQuery query) throws SQLException {
        List<Object> params = new ArrayList<>();
        return sql.list("SELECT COUNT(*) FROM session" + where(query, params), rs -> rs.getInt(1), params.toArray()).get(0);
    }

    /** The WHERE clause of a session query (empty when it narrows nothing), its values added to {@code params}. */
    private String where(SessionQuery q, List<Object> params) throws SQLException {
        List<String> terms = new ArrayList<>();
        narrow(terms, params, "set_id = ?", q.setId());
        narrow(terms, params, "status = ?", q.status());
        narrow(terms, params, "created_at >= ?", q.from());
        narrow(terms, params, "created_at < ?", q.before());
        if (q.board() != null) {
            List<String> spellings = boardSpellings(q.board());
            terms.add(spellings.isEmpty() ? "1 = 0"
                    : "body IN (" + String.join(", ", java.util.Collections.nCopies(spellings.size(), "?")) + ")");
            params.addAll(spellings);
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    /**
     * The spellings of a board's name that the sessions have, whatever their capitals. Compared here,
     * not with SQL's LOWER: a PostgreSQL server made with the C locale lowers only A to Z, and
     * would not find "ADVIESRAAD SÚDWEST-FRYSLÂN" for "adviesraad súdwest-fryslân".
     */
    private List<String> boardSpellings(String board) throws SQLException {
        String wanted = board.toLowerCase(java.util.Locale.ROOT);
        return sql.list("SELECT DISTINCT body FROM session", rs -> rs.getString(1)).stream()
                .filter(body -> body.toLowerCase(java.util.Locale.ROOT).equals(wanted)).toList();
    }

    /** Adds a condition and its value, unless the value is null (then that part of the query narrows nothing). */
    private static void narrow(List<String> terms, List<Object> params, String term, Object value) {
        if (value != null) {
            terms.add(term);
            params.add(value);
        }
    }

    Optional<Session> latestOpen() throws SQLException {
        return sql.one("SELECT " + SESSION_COLUMNS + " FROM session WHERE status = 'OPEN' ORDER BY created_at DESC, id DESC LIMIT 1",
                SessionRows::session);
    }

    /** Marks the session changed now: the last moment the meeting was at work. */
    void touch(SessionId sessionId, Instant now) throws SQLException {
        sql.update("UPDATE session SET updated_at = ? WHERE id = ?", now, sessionId);
    }

    void setCurrentItem(SessionId sessionId, ItemNo itemNo, Instant now) throws SQLException {
        sql.update("UPDATE session SET current_item = ?, updated_at = ? WHERE id = ?", itemNo, now, sessionId);
    }

    /** Sets the status; whether it was another before (only then is it a change to record). */
    boolean setStatus(SessionId sessionId, SessionStatus status, Instant now) throws SQLException {
        return sql.update("UPDATE session SET status = ?, updated_at = ? WHERE id = ? AND status <> ?",
                status, now, sessionId, status) > 0;
    }

    void setDetails(SessionId sessionId, SessionDetails d) throws SQLException {
        // updated_at stays: corrected details are no part of the meeting, whose times the report gives.
        sql.update("UPDATE session SET body = ?, place = ?, facilitator = ?, secretary = ?, name_keeping = ? WHERE id = ?",
                d.body(), d.place(), d.facilitator(), d.secretary(), d.names().name(), sessionId);
    }

    void retitle(SessionId sessionId, String title) throws SQLException {
        // updated_at stays: it is when the meeting last changed, which a corrected title is not.
        sql.update("UPDATE session SET title = ? WHERE id = ?", title, sessionId);
    }

    void delete(SessionId sessionId) throws SQLException {
        // One statement: every table that holds the session's data refers to it ON DELETE CASCADE.
        sql.update("DELETE FROM session WHERE id = ?", sessionId);
    }

    void addEvent(SessionId sessionId, SessionEvent.Kind kind, Instant at) throws SQLException {
        sql.update("INSERT INTO session_event (session_id, kind, at) VALUES (?, ?, ?)", sessionId, kind, at);
    }

    List<SessionEvent> events(SessionId sessionId) throws SQLException {
        return sql.list("SELECT kind, at FROM session_event WHERE session_id = ? ORDER BY id",
                rs -> new SessionEvent(SessionEvent.Kind.valueOf(rs.getString(1)), instant(rs, 2)), sessionId);
    }

    /** The latest moment anything of the session was recorded, in whichever table. */
    Instant lastActivity(SessionId sessionId) throws SQLException {
        return sql.one("SELECT GREATEST("
                + "(SELECT updated_at FROM session WHERE id = ?), "
                + "COALESCE((SELECT MAX(at) FROM session_event WHERE session_id = ?), " + NEVER + "), "
                + "COALESCE((SELECT MAX(cast_at) FROM vote WHERE session_id = ?), " + NEVER + "), "
                + "COALESCE((SELECT MAX(counted_at) FROM hand_count WHERE session_id = ?), " + NEVER + "), "
                + "COALESCE((SELECT MAX(created_at) FROM argument WHERE session_id = ?), " + NEVER + "), "
                + "COALESCE((SELECT MAX(updated_at) FROM conclusion WHERE session_id = ?), " + NEVER + "))",
                rs -> instant(rs, 1), sessionId, sessionId, sessionId, sessionId, sessionId, sessionId).orElseThrow();
    }

    private static Session session(ResultSet rs) throws SQLException {
        return new Session(Sql.sessionId(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4),
                SessionStatus.valueOf(rs.getString(5)), Sql.itemNo(rs, 6), instant(rs, 7), instant(rs, 8),
                new SessionDetails(rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                        NameKeeping.valueOf(rs.getString(13))), zone(rs.getString(14)), rs.getString(15));
    }

    /** The stored zone; one no longer known to this Java (renamed in the tz database) counts as not stored. */
    private static ZoneId zone(String id) {
        if (id == null) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
