package nl.beraad.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The yardstick for a database file's size: what H2's SHUTDOWN COMPACT makes of a copy of it. */
public final class Compacted {
    private Compacted() {
    }

    /** The size in bytes of a compacted copy of the (closed) database file {@code db}; the file itself is not touched. */
    public static long size(Path db) {
        try {
            Path dir = Files.createTempDirectory("beraad-compacted");
            Path copy = dir.resolve("copy.mv.db");
            Files.copy(db, copy);
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("copy"), "sa", "");
                 Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            long size = Files.size(copy);
            Folders.delete(dir);
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not compact a copy of " + db, e);
        }
    }
}
