package nl.beraad.store;

import static nl.beraad.store.Sql.instant;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.beraad.app.SessionClaim;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.Problem;
import nl.beraad.domain.SessionId;

/**
 * Which sessions this process holds, so that two terminals cannot steer one meeting: a row lock on
 * the session's claim row, held by a connection of its own for as long as the claim lasts, and a
 * holder row with a token that every change checks. A take-over ends the former holder's
 * connections by the number and start time the engine gives them ({@link Dialect#connectionSql},
 * {@link Dialect#endConnectionSql}): H2's sessions, PostgreSQL's server processes.
 */
final class Claims {
    private final Database db;
    /** The store's statements on its current connection (the one its changes are made on). */
    private final Sql sql;
    /** The sessions this process holds (usually one), by token: every change checks it still holds them. */
    private final Map<SessionId, String> held = new ConcurrentHashMap<>();

    Claims(Database db, Sql sql) {
        this.db = db;
        this.sql = sql;
    }

    /** Whether this process holds the session now (then every change in it checks its hold first). */
    boolean holds(SessionId sessionId) {
        return held.containsKey(sessionId);
    }

    /** Takes the session for this process, from another one if {@code takeOver}; see {@link nl.beraad.app.SessionStore#claim}. */
    SessionClaim claim(SessionId sessionId, boolean takeOver) {
        Connection holder = db.newConnection();
        Sql onHolder = new Sql(() -> holder);
        String token = java.util.UUID.randomUUID().toString();
        try {
            // The claim row is made once per session. Two terminals making it at one instant: one
            // insert wins, the other fails on the key and then waits for the lock below like anyone.
            try {
                onHolder.update("INSERT INTO session_claim (session_id) SELECT ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM session_claim WHERE session_id = ?)", sessionId, sessionId);
            } catch (SQLException e) {
                if (!Dialect.duplicateKey(e)) { // duplicate key: the other terminal made it first
                    throw e;
                }
            }
            // Before the transaction: PostgreSQL undoes a SET together with the transaction it was in.
            onHolder.update(onHolder.dialect().lockTimeoutSql(300));
            holder.setAutoCommit(false);
            if (!lockClaim(onHolder, sessionId)) {
                holder.rollback(); // PostgreSQL takes no further statement in a transaction that failed
                Optional<HolderRow> current = holderRow(sessionId);
                if (!takeOver) {
                    throw refusal(sessionId, current);
                }
                // The holder's claim connection is closed for it, which ends its row lock; its
                // everyday connection stays, and its next change finds the new token and stops.
                current.ifPresent(h -> abort(h.claimSession()));
                if (!lockClaim(onHolder, sessionId)) {
                    throw refusal(sessionId, holderRow(sessionId));
                }
            }
            writeHolder(sessionId, token, onHolder);
        } catch (SQLException e) {
            closeQuietly(holder);
            throw db.failure(e);
        } catch (RuntimeException e) {
            closeQuietly(holder);
            throw e;
        }
        held.put(sessionId, token);
        // The row lock lives as long as this transaction: it ends with close(), or with the
        // process, so a crashed terminal never leaves a session locked.
        return () -> {
            held.remove(sessionId, token);
            try {
                holder.rollback();
            } catch (SQLException e) {
                // The connection is going away anyway.
            }
            closeQuietly(holder);
        };
    }

    /** Who holds a session, as the session_holder row says, and the connections it holds it with. */
    private record HolderRow(Holder holder, EngineConnection claimSession, EngineConnection mainSession) {
    }

    /** Takes the claim row's lock, the sign that this process steers the session; false when another holds it. */
    private static boolean lockClaim(Sql onHolder, SessionId sessionId) throws SQLException {
        try {
            onHolder.list("SELECT session_id FROM session_claim WHERE session_id = ? FOR UPDATE", rs -> true, sessionId);
            return true;
        } catch (SQLException e) {
            if (onHolder.dialect().lockNotGot(e)) { // another terminal holds it
                return false;
            }
            throw e;
        }
    }

    private static BeraadException refusal(SessionId sessionId, Optional<HolderRow> current) {
        List<Problem> problems = new ArrayList<>();
        problems.add(current.map(h -> h.holder().problem("session.held", sessionId))
                .orElse(Problem.of("session.in.use", sessionId)));
        problems.add(Problem.of("session.held.hint", sessionId));
        return new BeraadException(ExitCode.CONFLICT, problems, null);
    }

    private Optional<HolderRow> holderRow(SessionId sessionId) throws SQLException {
        return sql.one("SELECT pid, terminal, origin, since, claim_session, claim_started, main_session, main_started "
                + "FROM session_holder WHERE session_id = ?", rs -> new HolderRow(new Holder(rs.getLong(1), Instant.EPOCH,
                rs.getString(2), rs.getString(3), instant(rs, 4)),
                new EngineConnection(rs.getInt(5), rs.getObject(6, OffsetDateTime.class)),
                new EngineConnection(rs.getInt(7), rs.getObject(8, OffsetDateTime.class))), sessionId);
    }

    /**
     * Ends another process's connection, rolling back what it had not committed (nothing it
     * confirmed to anyone). Only the very connection that was recorded: a later one that got its
     * number has another start time and is left alone.
     */
    private void abort(EngineConnection session) {
        try {
            sql.list(sql.dialect().endConnectionSql(), rs -> true, session.id(), session.started());
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /**
     * Records this process as the session's holder with a new token. When the former holder is in
     * the middle of a change (its transaction holds the row), that change is rolled back first.
     */
    private void writeHolder(SessionId sessionId, String token, Sql onHolder) throws SQLException {
        ThisProcess self = ThisProcess.current();
        EngineConnection claimId = connection(onHolder);
        EngineConnection mainId = connection(sql);
        for (int attempt = 0; ; attempt++) {
            try {
                sql.upsert("session_holder", List.of("session_id"), List.of("session_id", "token", "pid", "terminal",
                                "origin", "since", "claim_session", "claim_started", "main_session", "main_started"),
                        sessionId, token, self.pid(), self.terminal(),
                        self.origin(), Instant.now(), claimId.id(), claimId.started(), mainId.id(), mainId.started());
                return;
            } catch (SQLException e) {
                if (!sql.dialect().lockNotGot(e) || attempt > 0) {
                    throw e;
                }
                holderRow(sessionId).ifPresent(h -> abort(h.mainSession()));
            }
        }
    }

    /** The number and start time the engine gives the connection {@code on} works on. */
    private static EngineConnection connection(Sql on) throws SQLException {
        return on.one(on.dialect().connectionSql(),
                rs -> new EngineConnection(rs.getInt(1), rs.getObject(2, OffsetDateTime.class))).orElseThrow();
    }

    /**
     * A connection as the engine knows it (an H2 session, a PostgreSQL server process): its number,
     * and its start, which tells it from a later one given the same number.
     */
    private record EngineConnection(int id, OffsetDateTime started) {
    }

    /**
     * Inside every change in a session this process holds: it must still be held with this
     * process's token. The row is locked until the change commits, so a take-over waits for a change
     * in progress and no change of the former holder can follow the take-over.
     */
    void checkStillHeld(SessionId sessionId) throws SQLException {
        String mine = held.get(sessionId);
        if (mine == null) {
            return; // not held here: nobody's hold to check
        }
        List<String> token = sql.list("SELECT token FROM session_holder WHERE session_id = ? FOR UPDATE",
                rs -> rs.getString(1), sessionId);
        if (token.isEmpty() || !mine.equals(token.get(0))) {
            Optional<HolderRow> now = holderRow(sessionId);
            throw new BeraadException(ExitCode.CONFLICT, List.of(now
                    .map(h -> h.holder().problem(SessionClaim.LOST, sessionId))
                    .orElse(Problem.of(SessionClaim.LOST + ".gone", sessionId))), null);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // nothing left to release
        }
    }
}
