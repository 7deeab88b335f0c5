package nl.beraad.store;

import static nl.beraad.store.Sql.instant;
import static nl.beraad.store.Sql.optionalInstant;
import static nl.beraad.store.Sql.optionalParticipantId;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.beraad.domain.Device;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Proposal;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.Side;

/** The phones of a session: the devices that joined, which round of an item they may answer, and their proposals. */
final class DeviceRows {
    private static final String DEVICE_COLUMNS = "SELECT id, session_id, participant_id, joined_at, released_at FROM device ";
    private static final String PROPOSAL_COLUMNS =
            "SELECT id, item_no, participant_id, side, text, state, created_at FROM proposal ";

    private final Sql sql;

    DeviceRows(Sql sql) {
        this.sql = sql;
    }

    /** A new device, known by the hash of its token, not yet named. */
    Device add(SessionId sessionId, String tokenHash, Instant now) throws SQLException {
        long id = sql.insert("INSERT INTO device (session_id, token_hash, joined_at) VALUES (?, ?, ?)", sessionId,
                tokenHash, now);
        return new Device(id, sessionId, null, now, null);
    }

    Optional<Device> byToken(String tokenHash) throws SQLException {
        return sql.one(DEVICE_COLUMNS + "WHERE token_hash = ?", DeviceRows::device, tokenHash);
    }

    Optional<Device> find(SessionId sessionId, long deviceId) throws SQLException {
        return sql.one(DEVICE_COLUMNS + "WHERE session_id = ? AND id = ?", DeviceRows::device, sessionId, deviceId);
    }

    /** The devices that joined a session, in the order they joined. */
    List<Device> list(SessionId sessionId) throws SQLException {
        return sql.list(DEVICE_COLUMNS + "WHERE session_id = ? ORDER BY id", DeviceRows::device, sessionId);
    }

    private static Device device(ResultSet rs) throws SQLException {
        return new Device(rs.getLong(1), Sql.sessionId(rs, 2), optionalParticipantId(rs, 3), instant(rs, 4),
                optionalInstant(rs, 5));
    }

    void name(long deviceId, ParticipantId participantId) throws SQLException {
        sql.update("UPDATE device SET participant_id = ? WHERE id = ?", participantId, deviceId);
    }

    /** Ends a device's part in the session, unless it ended before (its first release stands). */
    void release(long deviceId, Instant now) throws SQLException {
        sql.update("UPDATE device SET released_at = ? WHERE id = ? AND released_at IS NULL", now, deviceId);
    }

    /** The round of an item that phones may answer, 0 when none (or no such item). */
    int round(SessionId sessionId, ItemNo itemNo) throws SQLException {
        return sql.one("SELECT device_round FROM session_item WHERE session_id = ? AND item_no = ?", rs -> rs.getInt(1),
                sessionId, itemNo).orElse(0);
    }

    void setRound(SessionId sessionId, ItemNo itemNo, int round, boolean anonymousProposals) throws SQLException {
        sql.update("UPDATE session_item SET device_round = ?, anonymous_proposals = ? WHERE session_id = ? AND item_no = ?",
                round, anonymousProposals, sessionId, itemNo);
    }

    boolean anonymousProposals(SessionId sessionId, ItemNo itemNo) throws SQLException {
        return sql.one("SELECT anonymous_proposals FROM session_item WHERE session_id = ? AND item_no = ?",
                rs -> rs.getBoolean(1), sessionId, itemNo).orElse(false);
    }

    /** A new open proposal of a device ({@code participantId} null when sent without a name). */
    Proposal addProposal(SessionId sessionId, ItemNo itemNo, long deviceId, ParticipantId participantId, Side side, String text,
            Instant now) throws SQLException {
        long id = sql.insert("INSERT INTO proposal (session_id, item_no, device_id, participant_id, side, text, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", sessionId, itemNo, deviceId, participantId, side, text, now);
        return new Proposal(id, itemNo, participantId, side, text, Proposal.State.OPEN, now);
    }

    Optional<Proposal> proposal(SessionId sessionId, long proposalId) throws SQLException {
        return sql.one(PROPOSAL_COLUMNS + "WHERE session_id = ? AND id = ?", DeviceRows::proposal, sessionId, proposalId);
    }

    /** The proposals on an item, oldest first. */
    List<Proposal> proposals(SessionId sessionId, ItemNo itemNo) throws SQLException {
        return sql.list(PROPOSAL_COLUMNS + "WHERE session_id = ? AND item_no = ? ORDER BY id", DeviceRows::proposal,
                sessionId, itemNo);
    }

    /** Every proposal of a session, by item, oldest first. */
    List<Proposal> proposals(SessionId sessionId) throws SQLException {
        return sql.list(PROPOSAL_COLUMNS + "WHERE session_id = ? ORDER BY item_no, id", DeviceRows::proposal, sessionId);
    }

    /** Gives a proposal another text (an erasure of names, issue 15). */
    void setProposalText(SessionId sessionId, long proposalId, String text) throws SQLException {
        sql.update("UPDATE proposal SET text = ? WHERE session_id = ? AND id = ?", text, sessionId, proposalId);
    }

    void deleteProposal(SessionId sessionId, long proposalId) throws SQLException {
        sql.update("DELETE FROM proposal WHERE session_id = ? AND id = ?", sessionId, proposalId);
    }

    private static Proposal proposal(ResultSet rs) throws SQLException {
        return new Proposal(rs.getLong(1), Sql.itemNo(rs, 2), optionalParticipantId(rs, 3), Side.valueOf(rs.getString(4)),
                rs.getString(5), Proposal.State.valueOf(rs.getString(6)), instant(rs, 7));
    }

    /** How many proposals of one device on one item still wait for the facilitator. */
    int openProposals(long deviceId, ItemNo itemNo) throws SQLException {
        return sql.one("SELECT COUNT(*) FROM proposal WHERE device_id = ? AND item_no = ? AND state = 'OPEN'",
                rs -> rs.getInt(1), deviceId, itemNo).orElseThrow();
    }

    /** Marks a proposal accepted (as that argument) or dropped. */
    void decide(SessionId sessionId, long proposalId, Proposal.State state, Long argumentId, Instant now) throws SQLException {
        sql.update("UPDATE proposal SET state = ?, argument_id = ?, decided_at = ? WHERE session_id = ? AND id = ?",
                state, argumentId, now, sessionId, proposalId);
    }
}
