package nl.beraad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.QueuedSpeaker;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.SessionId;

/** A session's participants and, per item, the queue of those waiting to speak. */
final class ParticipantRows {
    private static final String PARTICIPANT_COLUMNS = "SELECT id, name, seq, observer, present FROM participant ";

    private final Sql sql;

    ParticipantRows(Sql sql) {
        this.sql = sql;
    }

    /** Adds a participant after the others; refused when the session has one of (nearly) the same name. */
    Participant add(SessionId sessionId, String name, Instant now) throws SQLException {
        int seq = sql.one("SELECT COALESCE(MAX(seq), 0) + 1 FROM participant WHERE session_id = ?",
                rs -> rs.getInt(1), sessionId).orElseThrow();
        try {
            ParticipantId id = new ParticipantId(sql.insert(
                    "INSERT INTO participant (session_id, seq, name, name_key, created_at) VALUES (?, ?, ?, ?, ?)",
                    sessionId, seq, name, Participant.matchKey(name), now));
            return new Participant(id, name, seq);
        } catch (SQLException e) {
            if (Dialect.duplicateKey(e)) { // the same name, spelt the same or nearly
                throw BeraadException.invalid("participant.exists", name);
            }
            throw e;
        }
    }

    /** Stores a participant of a session restored from elsewhere, with its number and roles; its new id. */
    ParticipantId restore(SessionId sessionId, Participant p, Instant createdAt) throws SQLException {
        return new ParticipantId(sql.insert(
                "INSERT INTO participant (session_id, seq, name, name_key, created_at, observer, present) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", sessionId, p.seq(), p.name(), Participant.matchKey(p.name()), createdAt,
                p.observer(), p.present()));
    }

    /**
     * Takes the next participant id for a participant who is no longer there, but whom a restored
     * correction still names: a row made and deleted at once (its number {@code -n} is free).
     */
    ParticipantId gap(SessionId sessionId, int n) throws SQLException {
        ParticipantId id = new ParticipantId(sql.insert(
                "INSERT INTO participant (session_id, seq, name, name_key, created_at) "
                + "VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)", sessionId, -n, "-", "\t" + n)); // no typed name holds a tab
        remove(sessionId, id);
        return id;
    }

    List<Participant> list(SessionId sessionId) throws SQLException {
        return sql.list(PARTICIPANT_COLUMNS + "WHERE session_id = ? ORDER BY seq", ParticipantRows::participant, sessionId);
    }

    Optional<Participant> find(SessionId sessionId, ParticipantId participantId) throws SQLException {
        return sql.one(PARTICIPANT_COLUMNS + "WHERE session_id = ? AND id = ?", ParticipantRows::participant,
                sessionId, participantId);
    }

    private static Participant participant(ResultSet rs) throws SQLException {
        return new Participant(Sql.participantId(rs, 1), rs.getString(2), rs.getInt(3), rs.getBoolean(4),
                rs.getBoolean(5));
    }

    void update(SessionId sessionId, Participant p) throws SQLException {
        sql.update("UPDATE participant SET name = ?, name_key = ?, observer = ?, present = ? WHERE session_id = ? AND id = ?",
                p.name(), Participant.matchKey(p.name()), p.observer(), p.present(), sessionId, p.id());
    }

    /**
     * Renames every participant of a session to the word and their number ("Deelnemer 3"): their
     * names are not kept (issue 15). In two steps, so that no two share a name key in between ('#n'
     * is no typed name's key: a name needs a letter).
     */
    void number(SessionId sessionId, String word) throws SQLException {
        sql.update("UPDATE participant SET name_key = '#' || CAST(seq AS VARCHAR(11)) WHERE session_id = ?", sessionId);
        sql.update("UPDATE participant SET name = CAST(? AS VARCHAR(300)) || CAST(seq AS VARCHAR(11)), "
                + "name_key = CAST(? AS VARCHAR(300)) || CAST(seq AS VARCHAR(11)) WHERE session_id = ?",
                word + " ", Participant.matchKey(word) + " ", sessionId);
    }

    void remove(SessionId sessionId, ParticipantId participantId) throws SQLException {
        sql.update("DELETE FROM participant WHERE session_id = ? AND id = ?", sessionId, participantId);
    }

    /** The participants waiting to speak on an item, first in line first. */
    List<ParticipantId> speakers(SessionId sessionId, ItemNo itemNo) throws SQLException {
        return sql.list("SELECT participant_id FROM speaker WHERE session_id = ? AND item_no = ? ORDER BY seq",
                rs -> Sql.participantId(rs, 1), sessionId, itemNo);
    }

    /** Everyone waiting to speak in the session, item by item, first in line first. */
    List<QueuedSpeaker> queue(SessionId sessionId) throws SQLException {
        return sql.list("SELECT item_no, participant_id, added_at FROM speaker WHERE session_id = ? ORDER BY item_no, seq",
                rs -> new QueuedSpeaker(Sql.itemNo(rs, 1), Sql.participantId(rs, 2), Sql.instant(rs, 3)), sessionId);
    }

    /** Puts a participant at the end of an item's queue. */
    void addSpeaker(SessionId sessionId, ItemNo itemNo, ParticipantId participantId, Instant now) throws SQLException {
        sql.update("INSERT INTO speaker (session_id, item_no, seq, participant_id, added_at) SELECT ?, ?, "
                        + "COALESCE(MAX(seq), 0) + 1, ?, ? FROM speaker WHERE session_id = ? AND item_no = ?",
                sessionId, itemNo, participantId, now, sessionId, itemNo);
    }

    void removeFirstSpeaker(SessionId sessionId, ItemNo itemNo) throws SQLException {
        sql.update("DELETE FROM speaker WHERE session_id = ? AND item_no = ? AND seq = "
                + "(SELECT MIN(seq) FROM speaker WHERE session_id = ? AND item_no = ?)", sessionId, itemNo, sessionId, itemNo);
    }

    void removeSpeaker(SessionId sessionId, ItemNo itemNo, ParticipantId participantId) throws SQLException {
        sql.update("DELETE FROM speaker WHERE session_id = ? AND item_no = ? AND participant_id = ?",
                sessionId, itemNo, participantId);
    }
}
