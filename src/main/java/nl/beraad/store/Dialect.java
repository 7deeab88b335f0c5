package nl.beraad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What differs between the two database engines, kept in this one place: which migration script
 * each runs, how it names its tables in the catalogue, which failure of a script means "made
 * already", and how two processes keep from migrating one database at once.
 */
enum Dialect {
    /** The embedded file database of one laptop. */
    H2(null),
    /** An organisation's server. Its scripts are those of H2 except where a type differs. */
    POSTGRESQL("postgresql");

    /** Migration scripts: shared ones here, an engine's own version of a script in a folder below. */
    private static final String SCRIPTS = "/db/migration/";
    /** Any fixed number: the advisory lock that one migrating process holds on a PostgreSQL database. */
    private static final long MIGRATION_LOCK = 0x4265726161644d4cL;

    /** The folder below {@link #SCRIPTS} with this engine's own scripts; null when it has none. */
    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The engine behind a connection. */
    static Dialect of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName();
        return switch (product) {
            case "H2" -> H2;
            case "PostgreSQL" -> POSTGRESQL;
            default -> throw new IllegalStateException("no Beraad schema for database engine " + product);
        };
    }

    /** The resource of migration {@code script} for this engine: its own version when it has one, else the shared one. */
    String script(String script) {
        if (folder != null) {
            String own = SCRIPTS + folder + "/" + script;
            if (Dialect.class.getResource(own) != null) {
                return own;
            }
        }
        return SCRIPTS + script;
    }

    /** The schema that Beraad's tables are in, as the catalogue spells it. */
    String schema(Connection c) throws SQLException {
        return switch (this) {
            case H2 -> "PUBLIC";
            case POSTGRESQL -> c.getSchema();
        };
    }

    /** A table name as the catalogue spells it: H2 keeps unquoted names in upper case, PostgreSQL in lower. */
    String table(String name) {
        return switch (this) {
            case H2 -> name.toUpperCase(java.util.Locale.ROOT);
            case POSTGRESQL -> name.toLowerCase(java.util.Locale.ROOT);
        };
    }

    /**
     * Whether a statement of a migration failed only because an earlier, interrupted run of the same
     * script made its table, index or column already. H2 commits each DDL statement on its own, so a
     * killed run leaves part of a script behind. PostgreSQL runs a script's DDL in its transaction:
     * a killed run leaves nothing, so every failure is real (and its transaction takes no further
     * statement anyway).
     */
    boolean madeBefore(SQLException e) {
        return switch (this) {
            case H2 -> e.getErrorCode() == 42101 || e.getErrorCode() == 42111 || e.getErrorCode() == 42121;
            case POSTGRESQL -> false;
        };
    }

    /**
     * Keeps other processes from migrating this database until {@link #migrated}: on a server several
     * Beraads may start at once against a new database. H2 needs none: {@link Opening} migrates only
     * with the file to itself.
     */
    void migrating(Connection c) throws SQLException {
        advisoryLock(c, "pg_advisory_lock");
    }

    /** Lets the next process migrate (it will find nothing left to do). */
    void migrated(Connection c) throws SQLException {
        advisoryLock(c, "pg_advisory_unlock");
    }

    private void advisoryLock(Connection c, String function) throws SQLException {
        switch (this) {
            case H2 -> {
            }
            case POSTGRESQL -> {
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT " + function + "(" + MIGRATION_LOCK + ")");
                }
            }
        }
    }
}
