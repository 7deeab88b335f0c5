package nl.beraad.store;

import static nl.beraad.store.Sql.instant;
import static nl.beraad.store.Sql.optionalLong;
import static nl.beraad.store.Sql.optionalParticipantId;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.beraad.domain.Correction;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.Side;

/** The corrections made after the fact, each recorded with the change it made (in the caller's transaction). */
final class CorrectionRows {
    private final Sql sql;

    CorrectionRows(Sql sql) {
        this.sql = sql;
    }

    /** The corrections in scope, by item and in the order they were made. */
    List<Correction> list(ItemScope scope) throws SQLException {
        return sql.list("SELECT id, item_no, kind, round, participant_id, argument_id, side, position, before_value, "
                + "after_value, reason, made_at FROM correction WHERE session_id = ?" + scope.filter("item_no")
                + " ORDER BY item_no, id", CorrectionRows::correction, scope.params());
    }

    private static Correction correction(ResultSet rs) throws SQLException {
        String side = rs.getString(7);
        return new Correction(rs.getLong(1), Sql.itemNo(rs, 2), Correction.Kind.valueOf(rs.getString(3)), rs.getInt(4),
                optionalParticipantId(rs, 5), optionalLong(rs, 6), side == null ? null : Side.valueOf(side), rs.getInt(8),
                rs.getString(9), rs.getString(10), rs.getString(11), instant(rs, 12));
    }

    /** Whether a round of an item was reopened after its reveal. */
    boolean reopened(SessionId sessionId, ItemNo itemNo, int round) throws SQLException {
        return sql.one("SELECT 1 FROM correction WHERE session_id = ? AND item_no = ? AND round = ? AND kind = ? LIMIT 1",
                rs -> true, sessionId, itemNo, round, Correction.Kind.ROUND_REOPENED).isPresent();
    }

    /** Records a correction; the same correction with the id it got. */
    Correction insert(SessionId sessionId, Correction k) throws SQLException {
        long id = sql.insert("INSERT INTO correction (session_id, item_no, kind, round, participant_id, argument_id, side, "
                        + "position, before_value, after_value, reason, made_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sessionId, k.itemNo(), k.kind(), k.round(), k.participantId(), k.argumentId(), k.side(), k.handPosition(),
                k.before(), k.after(), k.reason(), k.madeAt());
        return new Correction(id, k.itemNo(), k.kind(), k.round(), k.participantId(), k.argumentId(), k.side(),
                k.handPosition(), k.before(), k.after(), k.reason(), k.madeAt());
    }

    /** Rewrites a correction's wordings and reason (an erasure of names, issue 15). */
    void rewrite(SessionId sessionId, long id, String before, String after, String reason) throws SQLException {
        sql.update("UPDATE correction SET before_value = ?, after_value = ?, reason = ? WHERE session_id = ? AND id = ?",
                before, after, reason, sessionId, id);
    }

    /** Forgets the wordings that earlier corrections of an argument recorded: nothing of a deleted text stays. */
    void forgetWordings(SessionId sessionId, Long argumentId) throws SQLException {
        sql.update("UPDATE correction SET before_value = NULL, after_value = NULL WHERE session_id = ? AND argument_id = ?",
                sessionId, argumentId);
    }
}
