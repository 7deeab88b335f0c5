package nl.beraad.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps the database file near the size of its data. H2 appends every commit to the end of the
 * file (about 17 kB each) and reuses that space only much later, so an evening's meeting can leave
 * the file a hundred times larger than its rows. After a process wrote that much, its close rewrites
 * the file compactly: H2's SHUTDOWN COMPACT writes a whole new file beside the old one and renames
 * it into place, so a kill at any moment leaves either the old file or the new one, each whole.
 */
final class Compaction {
    /**
     * What a process must have written before its close compacts, about sixty commits: short
     * commands (a list, a report) write less and close at once; a meeting writes more, and the
     * rewrite costs about 30 ms per MB of data.
     */
    static final long WORTH_IT = 1 << 20;

    private Compaction() {
    }

    /** Whether closing this connection should compact the file: it wrote much, and nobody else is connected. */
    static boolean due(Connection c) throws SQLException {
        return written(c) >= WORTH_IT && alone(c);
    }

    /** Whether this is the only connection to the database (a clerk's export would be another). */
    static boolean alone(Connection c) throws SQLException {
        return number(c, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS") == 1;
    }

    /** Rewrites the file compactly and closes the database (for every connection). */
    static void run(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
    }

    /** Bytes this process has written to the file since it opened it. */
    private static long written(Connection c) throws SQLException {
        return number(c, "SELECT CAST(SETTING_VALUE AS BIGINT) FROM INFORMATION_SCHEMA.SETTINGS "
                + "WHERE SETTING_NAME = 'info.FILE_WRITE_BYTES'");
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }
}
