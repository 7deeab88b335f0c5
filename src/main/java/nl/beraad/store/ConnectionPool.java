package nl.beraad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The connections a store's units of work and reads are made on: opened when needed, up to a
 * limit, and kept for the next one. A connection given back in the middle of a transaction, or
 * broken, is closed instead of being handed out again.
 */
final class ConnectionPool {
    private final Database db;
    private final int limit;
    /** Connections that were given back and wait for work, the most recently used first. */
    private final Deque<Connection> idle = new ArrayDeque<>();
    /** Connections opened and not closed again: idle or out at work. */
    private int open;

    ConnectionPool(Database db, int limit) {
        this.db = db;
        this.limit = limit;
    }

    /** A connection of its own for the caller, in auto-commit; waits while {@code limit} are at work. */
    Connection take() {
        boolean interrupted = false;
        try {
            synchronized (this) {
                while (true) {
                    Connection kept = idle.pollFirst();
                    if (kept != null) {
                        return kept;
                    }
                    if (open < limit) {
                        open++;
                        break;
                    }
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        // Work on the database is short; the interrupt is kept for the caller to see after it.
                        interrupted = true;
                    }
                }
            }
            // Opened outside the monitor: a server's login takes milliseconds others need not wait for.
            try {
                return db.newConnection();
            } catch (RuntimeException e) {
                synchronized (this) {
                    open--;
                    notifyAll();
                }
                throw e;
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Takes back a connection given by {@link #take}. */
    void giveBack(Connection c) {
        boolean reusable = reusable(c);
        synchronized (this) {
            if (reusable) {
                idle.addFirst(c);
            } else {
                open--;
            }
            notifyAll();
        }
        if (!reusable) {
            try {
                c.close();
            } catch (SQLException e) {
                // It was broken already.
            }
        }
    }

    private static boolean reusable(Connection c) {
        try {
            return !c.isClosed() && c.getAutoCommit();
        } catch (SQLException e) {
            return false;
        }
    }
}
