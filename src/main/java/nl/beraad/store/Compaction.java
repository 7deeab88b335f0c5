package nl.beraad.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the database file near the size of its data. H2 appends every commit to the end of the
 * file (about 17 kB each) and reuses that space only much later, so an evening's meeting can leave
 * the file a hundred times larger than its rows. After a process wrote that much, its close rewrites
 * the file compactly: H2's SHUTDOWN COMPACT writes a whole new file beside the old one and renames
 * it into place, so a kill at any moment leaves either the old file or the new one, each whole.
 * A file left large by a process that could not close it (a kill, a power cut, an older Beraad) is
 * rewritten by the next process that closes it.
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

    /**
     * Whether closing this connection should compact the file: it is {@link #alone}, and this
     * process wrote much or the file is mostly old space. H2's estimate of the live part (its fill
     * rates) errs on the high side, so when it says less than a third is live, that is so.
     */
    static boolean due(Connection c) throws SQLException {
        Map<String, Long> info = info(c);
        long size = info.getOrDefault("info.FILE_SIZE", 0L);
        boolean wroteMuch = info.getOrDefault("info.FILE_WRITE_BYTES", 0L) >= WORTH_IT;
        boolean mostlyOld = size >= WORTH_IT
                && info.getOrDefault("info.FILL_RATE", 100L) * info.getOrDefault("info.CHUNKS_FILL_RATE", 100L) < 10_000 / 3;
        return (wroteMuch || mostlyOld) && alone(c);
    }

    /**
     * Whether this process serves the file and this is the only connection to it (a clerk's export
     * would be another): only then may it be rewritten, which closes the database for everyone.
     */
    static boolean alone(Connection c) throws SQLException {
        return !Database.servedElsewhere(c) && number(c, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS") == 1;
    }

    /** Rewrites the file compactly and closes the database (for every connection). */
    static void run(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
    }

    /** H2's figures about the file: its size, the bytes this process wrote, how full its space and its chunks are (%). */
    private static Map<String, Long> info(Connection c) throws SQLException {
        Map<String, Long> info = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT SETTING_NAME, SETTING_VALUE "
                + "FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILE_WRITE_BYTES', "
                + "'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (r.next()) {
                info.put(r.getString(1), Long.parseLong(r.getString(2)));
            }
        }
        return info;
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }
}
