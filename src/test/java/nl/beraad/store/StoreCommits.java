package nl.beraad.store;

import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/** How many times H2 has committed to the file (its store version), for the benchmark's "meeting of 5,000 commits". */
public final class StoreCommits {
    private StoreCommits() {
    }

    /** The store's version: it grows by one with every commit written to the file. */
    public static long count(Database db) {
        try {
            SessionLocal session = (SessionLocal) db.connection().unwrap(JdbcConnection.class).getSession();
            return session.getDatabase().getStore().getMvStore().getCurrentVersion();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
