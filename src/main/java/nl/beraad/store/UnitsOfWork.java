package nl.beraad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import nl.beraad.app.SessionClaim;
import nl.beraad.domain.SessionId;

/**
 * How the store's work runs: on which connection, after whom, in which transaction. Each session
 * has a lane of its own in this process: its units of work run one at a time (a check-then-act such
 * as "the round is still open, so store this answer" cannot interleave with the reveal), each as
 * one transaction on a connection of its own, while the units of other sessions run beside them on
 * theirs. A session this process holds keeps one connection for its changes, the one its claim names
 * (a take-over ends exactly that one when it is stuck in a change). Reads that need no unit take a
 * connection of their own and wait for nobody.
 */
final class UnitsOfWork {
    /** Connections for units and reads at the same moment: the meeting screen, the phones' requests, a clerk. */
    private static final int CONNECTIONS = 8;
    /** At most this many units share one transaction, so the first of them is not kept waiting long. */
    private static final int UNITS_PER_COMMIT = 64;

    private final Database db;
    private final ConnectionPool pool;
    /** Statements on the connection this thread works on now. */
    private final Sql sql = new Sql(this::current);
    /** The sessions this process holds; a change in a held session first checks it still holds it. */
    private final Claims claims;
    private final Map<SessionId, Lane> lanes = new ConcurrentHashMap<>();
    /** The lane of work about no one existing session: a new session, an import, a device's name. */
    private final Lane unbound = new Lane(null);
    /** The connection this thread works on now, while it runs a read, a change or a unit. */
    private final ThreadLocal<Connection> working = new ThreadLocal<>();
    /** The sessions whose hold the transaction in progress on this thread has checked (and locked). */
    private final ThreadLocal<Set<SessionId>> checkedHere = new ThreadLocal<>();

    UnitsOfWork(Database db) {
        this.db = db;
        this.pool = new ConnectionPool(db, CONNECTIONS);
        this.claims = new Claims(db, sql);
    }

    /** The statements the rows classes run: on the connection of the work in progress on their thread. */
    Sql sql() {
        return sql;
    }

    private Connection current() {
        Connection c = working.get();
        if (c == null) {
            throw new IllegalStateException("a statement outside a read, a change or a unit of work");
        }
        return c;
    }

    /** Work the driver may fail in, giving nothing back. */
    @FunctionalInterface
    interface Step {
        void run() throws SQLException;
    }

    /**
     * A read that needs no unit of work (a phone's page while 45 answers queue for their session): it
     * reads what is committed, on a connection of its own. Inside a unit it reads on the unit's
     * connection instead, so that it sees what the unit wrote.
     */
    <T> T read(Sql.Work<T> work) {
        if (working.get() != null) {
            return runOn(work);
        }
        Connection c = pool.take();
        working.set(c);
        try {
            return runOn(work);
        } finally {
            working.remove();
            pool.giveBack(c);
        }
    }

    /**
     * A read of one committed moment (a report while the session runs, here or in another process):
     * one transaction that sees nothing committed after it began. Inside a unit it reads on the
     * unit's connection instead, so that it sees what the unit wrote.
     */
    <T> T snapshot(Sql.Work<T> work) {
        return read(() -> {
            Connection c = current();
            if (!c.getAutoCommit()) {
                return work.run();
            }
            int isolation = c.getTransactionIsolation();
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // before the transaction begins
            try {
                return transaction(c, work);
            } finally {
                c.setTransactionIsolation(isolation);
            }
        });
    }

    /**
     * Work in the lane of {@code sessionId} (null: of no one session), each statement committed by
     * itself unless it is part of a transaction in progress: after the session's unit in progress,
     * and before the next.
     */
    <T> T query(SessionId sessionId, Sql.Work<T> work) {
        if (working.get() != null) {
            return runOn(work); // within a unit or a read: its connection, its transaction
        }
        Lane lane = lane(sessionId);
        lane.lock.lock();
        Connection pinned = lane.pinned;
        Connection c = pinned != null ? pinned : pool.take();
        working.set(c);
        try {
            return runOn(work);
        } finally {
            working.remove();
            if (pinned == null) {
                pool.giveBack(c);
            }
            lane.lock.unlock();
        }
    }

    /** One change that needs no transaction of its own; in a session this process holds, one that first checks the hold. */
    void change(SessionId sessionId, Step step) {
        Sql.Work<Void> work = () -> {
            step.run();
            return null;
        };
        if (sessionId != null && claims.holds(sessionId)) {
            inTransaction(sessionId, work);
        } else {
            query(sessionId, work);
        }
    }

    /**
     * A transaction in the lane of {@code sessionId} that first checks this process still holds the
     * session, if it holds it; inside a transaction already, it joins that one (which checked).
     */
    <T> T inTransaction(SessionId sessionId, Sql.Work<T> work) {
        return query(sessionId, () -> {
            Connection c = current();
            Set<SessionId> checked = checkedHere.get();
            if (!c.getAutoCommit()) { // joins the transaction in progress
                if (sessionId != null && checked != null && checked.add(sessionId)) {
                    claims.checkStillHeld(sessionId); // a unit of another lane changing a held session
                }
                return work.run();
            }
            checkedHere.set(new HashSet<>(sessionId == null ? Set.of() : Set.of(sessionId)));
            try {
                return transaction(c, () -> {
                    if (sessionId != null) {
                        claims.checkStillHeld(sessionId);
                    }
                    return work.run();
                });
            } finally {
                checkedHere.remove();
            }
        });
    }

    /** Runs work as one transaction on {@code c}: committed when it returns, rolled back when it fails. */
    private static <T> T transaction(Connection c, Sql.Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /**
     * A unit of work in the lane of {@code sessionId}, as one transaction; an inner unit joins the
     * outer one. Group commit: 45 phones answering at once would queue for their session one commit
     * each (a commit is half of a unit's time). Whoever gets the lane runs every unit waiting in it
     * then, in the order they came, in one transaction with one commit; each unit has a savepoint of
     * its own, so a unit that fails leaves nothing and the others stand. Nobody returns before the
     * commit, and if the commit fails every unit in it fails: what returns was stored. The units of
     * one session still run one after the other, so a check-then-act is safe.
     */
    <T> T atomically(SessionId sessionId, Supplier<T> work) {
        if (working.get() != null) {
            return inTransaction(sessionId, work::get);
        }
        Lane lane = lane(sessionId);
        Unit<T> unit = new Unit<>(work);
        lane.waiting.add(unit);
        lane.lock.lock();
        try {
            while (!unit.done) { // more than one transaction's worth may be waiting ahead of it
                runWaiting(lane);
            }
        } finally {
            lane.lock.unlock();
        }
        return unit.outcome();
    }

    /** Runs the lane's waiting units (among them the caller's own) as one transaction; called holding the lane. */
    private void runWaiting(Lane lane) {
        List<Unit<?>> batch = new ArrayList<>();
        while (batch.size() < UNITS_PER_COMMIT && !lane.waiting.isEmpty()) {
            batch.add(lane.waiting.poll());
        }
        try {
            inTransaction(lane.sessionId, () -> {
                for (Unit<?> u : batch) {
                    java.sql.Savepoint mark = batch.size() > 1 ? current().setSavepoint() : null;
                    if (!u.run() && mark != null) {
                        current().rollback(mark);
                    }
                }
                if (batch.size() == 1 && batch.get(0).failure != null) {
                    throw batch.get(0).failure instanceof RuntimeException r ? r : new UnitFailed();
                }
                return null;
            });
        } catch (UnitFailed alone) {
            // the one unit's own failure, kept in it; its transaction was rolled back
        } catch (RuntimeException e) {
            if (!(batch.size() == 1 && batch.get(0).failure == e)) {
                // The hold was lost or the commit failed: nothing of these units was stored.
                batch.stream().filter(u -> u.failure == null).forEach(u -> u.failure = e);
            }
        } finally {
            batch.forEach(u -> u.done = true);
        }
    }

    /**
     * Takes the session for this process (see {@link Claims}). From now until the claim is closed its
     * changes are made on one connection, the one the claim records as this process's: a take-over
     * that finds that connection stuck in a change ends it, and no other.
     */
    SessionClaim claim(SessionId sessionId, boolean takeOver) {
        Lane lane = lane(sessionId);
        lane.lock.lock();
        boolean pinnedBefore = lane.pinned != null;
        Connection own = pinnedBefore ? lane.pinned : db.newConnection();
        working.set(own);
        SessionClaim held;
        try {
            held = claims.claim(sessionId, takeOver);
        } catch (RuntimeException e) {
            if (!pinnedBefore) {
                quietlyClose(own);
            }
            throw e;
        } finally {
            working.remove();
            lane.lock.unlock();
        }
        if (pinnedBefore) {
            return held; // a second claim of this process on the session: the first keeps the connection
        }
        lane.pinned = own;
        return () -> {
            held.close();
            unpin(lane, own);
        };
    }

    /** After the claim: the lane's changes go back to the pool's connections. */
    private static void unpin(Lane lane, Connection own) {
        boolean got = false;
        try {
            // A change in progress on it finishes first; a thread that never lets go (it cannot, but a
            // process being stopped is no time to wait for ever) leaves the connection to the database's close.
            got = lane.lock.tryLock(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (lane.pinned == own) {
                lane.pinned = null;
            }
            if (got) {
                quietlyClose(own);
            }
        } finally {
            if (got) {
                lane.lock.unlock();
            }
        }
    }

    private Lane lane(SessionId sessionId) {
        return sessionId == null ? unbound : lanes.computeIfAbsent(sessionId, Lane::new);
    }

    /** Runs work, turning the driver's exception into the one sentence a user reads. */
    private <T> T runOn(Sql.Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    private static void quietlyClose(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // It is going away anyway.
        }
    }

    /** One session's work in this process: who works in it now, who waits, and the connection it keeps while held. */
    private static final class Lane {
        /** Null for the lane of work about no one session. */
        final SessionId sessionId;
        final ReentrantLock lock = new ReentrantLock();
        final ConcurrentLinkedQueue<Unit<?>> waiting = new ConcurrentLinkedQueue<>();
        /** While this process holds the session: the connection its changes are made on. */
        volatile Connection pinned;

        Lane(SessionId sessionId) {
            this.sessionId = sessionId;
        }
    }

    /** A unit of work and what came of it; read by its own thread once {@code done}, under the lane's lock. */
    private static final class Unit<T> {
        private final Supplier<T> work;
        private T result;
        private Throwable failure;
        private boolean done;

        Unit(Supplier<T> work) {
            this.work = work;
        }

        /** Runs the work on the transaction in progress; false when it failed (its failure is kept). */
        boolean run() {
            try {
                result = work.get();
                return true;
            } catch (RuntimeException | Error e) {
                failure = e;
                return false;
            }
        }

        T outcome() {
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return result;
        }
    }

    /** Rolls back the transaction of a unit that ran alone and failed (its failure stays in the unit). */
    private static final class UnitFailed extends RuntimeException {
        UnitFailed() {
            super(null, null, false, false);
        }
    }
}
