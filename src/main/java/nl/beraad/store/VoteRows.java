package nl.beraad.store;

import static nl.beraad.store.Sql.instant;
import static nl.beraad.store.Sql.numbers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.beraad.domain.HandCount;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.Vote;
import nl.beraad.domain.VoteMethod;

/** The positions participants took, one per participant, item and round, and the hands counted in the room. */
final class VoteRows {
    /** What {@link #vote(ResultSet)} reads, in its order. */
    private static final String VOTE_COLUMNS = "participant_id, item_no, round, position, cast_at, numbers, method";

    private final Sql sql;

    VoteRows(Sql sql) {
        this.sql = sql;
    }

    /** Stores a vote, replacing that participant's earlier vote on the same item and round. */
    void cast(SessionId sessionId, Vote vote) throws SQLException {
        sql.upsert("vote", List.of("session_id", "item_no", "participant_id", "round"),
                List.of("session_id", "item_no", "participant_id", "round", "position", "numbers", "cast_at", "method"),
                sessionId, vote.itemNo(), vote.participantId(), vote.round(), vote.position().step(),
                numbers(vote.position().numbers()), vote.castAt(), vote.method());
    }

    /** Takes a participant's position in one round away. */
    void delete(SessionId sessionId, ItemNo itemNo, ParticipantId participantId, int round) throws SQLException {
        sql.update("DELETE FROM vote WHERE session_id = ? AND item_no = ? AND participant_id = ? AND round = ?",
                sessionId, itemNo, participantId, round);
    }

    /** One round's positions in the order they were taken. */
    List<Vote> list(SessionId sessionId, ItemNo itemNo, int round) throws SQLException {
        return sql.list("SELECT " + VOTE_COLUMNS + " FROM vote WHERE session_id = ? AND item_no = ? AND round = ? "
                + "ORDER BY cast_at, participant_id", VoteRows::vote, sessionId, itemNo, round);
    }

    Optional<Vote> find(SessionId sessionId, ItemNo itemNo, int round, ParticipantId participantId) throws SQLException {
        return sql.one("SELECT " + VOTE_COLUMNS + " FROM vote WHERE session_id = ? AND item_no = ? AND participant_id = ? "
                + "AND round = ?", VoteRows::vote, sessionId, itemNo, participantId, round);
    }

    /** Every position in scope, by item, round and the participants' order: as the report lists them. */
    List<Vote> list(ItemScope scope) throws SQLException {
        return sql.list("SELECT v.participant_id, v.item_no, v.round, v.position, v.cast_at, v.numbers, v.method FROM vote v "
                + "JOIN participant p ON p.id = v.participant_id "
                + "WHERE v.session_id = ?" + scope.filter("v.item_no") + " ORDER BY v.item_no, v.round, p.seq",
                VoteRows::vote, scope.params());
    }

    /** A vote from a row of {@link #VOTE_COLUMNS}. */
    private static Vote vote(ResultSet rs) throws SQLException {
        String method = rs.getString(7);
        return new Vote(Sql.participantId(rs, 1), Sql.itemNo(rs, 2), rs.getInt(3), new Position(rs.getInt(4), numbers(rs, 6)),
                instant(rs, 5), method == null ? null : VoteMethod.valueOf(method));
    }

    /** Records (or replaces) the number of hands for one position in one round. */
    void countHands(SessionId sessionId, HandCount count) throws SQLException {
        sql.upsert("hand_count", List.of("session_id", "item_no", "round", "position"),
                List.of("session_id", "item_no", "round", "position", "hands", "counted_at"),
                sessionId, count.itemNo(), count.round(), count.position(), count.hands(), count.countedAt());
    }

    /** The hands counted in scope, by item, round and position. */
    List<HandCount> handCounts(ItemScope scope) throws SQLException {
        return sql.list("SELECT item_no, round, position, hands, counted_at FROM hand_count WHERE session_id = ?"
                        + scope.filter("item_no") + " ORDER BY item_no, round, position",
                rs -> new HandCount(Sql.itemNo(rs, 1), rs.getInt(2), rs.getInt(3), rs.getInt(4), instant(rs, 5)), scope.params());
    }
}
