package nl.beraad.store;

import static nl.beraad.store.Sql.instant;
import static nl.beraad.store.Sql.optionalInstant;
import static nl.beraad.store.Sql.optionalParticipantId;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.beraad.domain.Argument;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.Side;

/** The arguments (or answers) made on a session's items, with or without a participant's name. */
final class ArgumentRows {
    /** What {@link #argument(ResultSet)} reads, in its order. */
    private static final String ARGUMENT_COLUMNS = "SELECT id, item_no, participant_id, side, text, created_at, edited_at "
            + "FROM argument WHERE session_id = ?";

    private final Sql sql;

    ArgumentRows(Sql sql) {
        this.sql = sql;
    }

    Argument add(SessionId sessionId, ItemNo itemNo, ParticipantId participantId, Side side, String text, Instant now)
            throws SQLException {
        long id = sql.insert("INSERT INTO argument (session_id, item_no, participant_id, side, text, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", sessionId, itemNo, participantId, side, text, now);
        return new Argument(id, itemNo, participantId, side, text, now);
    }

    /** The arguments in scope, by item and in the order they were made. */
    List<Argument> list(ItemScope scope) throws SQLException {
        return sql.list(ARGUMENT_COLUMNS + scope.filter("item_no") + " ORDER BY item_no, id", ArgumentRows::argument,
                scope.params());
    }

    Optional<Argument> find(SessionId sessionId, long argumentId) throws SQLException {
        return sql.one(ARGUMENT_COLUMNS + " AND id = ?", ArgumentRows::argument, sessionId, argumentId);
    }

    /** Gives an argument a new text, marked edited at {@code at}. */
    void edit(SessionId sessionId, Long argumentId, String text, Instant at) throws SQLException {
        sql.update("UPDATE argument SET text = ?, edited_at = ? WHERE session_id = ? AND id = ?", text, at, sessionId,
                argumentId);
    }

    /** Gives an argument another text without marking it edited: an erasure (issue 15), not a correction of the meeting's. */
    void setText(SessionId sessionId, long argumentId, String text) throws SQLException {
        sql.update("UPDATE argument SET text = ? WHERE session_id = ? AND id = ?", text, sessionId, argumentId);
    }

    void delete(SessionId sessionId, Long argumentId) throws SQLException {
        sql.update("DELETE FROM argument WHERE session_id = ? AND id = ?", sessionId, argumentId);
    }

    private static Argument argument(ResultSet rs) throws SQLException {
        return new Argument(rs.getLong(1), Sql.itemNo(rs, 2), optionalParticipantId(rs, 3), Side.valueOf(rs.getString(4)),
                rs.getString(5), instant(rs, 6), optionalInstant(rs, 7));
    }
}
