package nl.beraad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What differs between the two database engines, kept in this one place: how a migration script
 * reads on each, how a row is stored or replaced (upsert), which failure means a repeated key, a
 * lock not got or "made already", how a connection is known and ended (for taking a session
 * over), how each names its tables in the catalogue, and how two processes keep from migrating one
 * database at once.
 */
enum Dialect {
    /** The embedded file database of one laptop. */
    H2,
    /** An organisation's server. It runs H2's scripts with two types spelled its own way. */
    POSTGRESQL;

    /** Any fixed number: the advisory lock that one migrating process holds on a PostgreSQL database. */
    private static final long MIGRATION_LOCK = 0x4265726161644d4cL;

    /** The engine behind a connection. */
    static Dialect of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName();
        return switch (product) {
            case "H2" -> H2;
            case "PostgreSQL" -> POSTGRESQL;
            default -> throw new IllegalStateException("no Beraad schema for database engine " + product);
        };
    }

    /**
     * A migration script as this engine reads it. The scripts are written for H2; PostgreSQL has no
     * CHARACTER LARGE OBJECT (its TEXT is as unlimited), keeps times to the microsecond, not the
     * nanosecond, and names its random UUID function otherwise. Nothing else differs, so one script serves both and the schema cannot drift apart
     * (SchemaOnBothEnginesTest compares the two).
     */
    String script(String sql) {
        return switch (this) {
            case H2 -> sql;
            case POSTGRESQL -> sql.replace("CHARACTER LARGE OBJECT", "TEXT").replace("TIMESTAMP(9)", "TIMESTAMP(6)")
                    .replace("RANDOM_UUID()", "gen_random_uuid()");
        };
    }

    /**
     * A statement that stores a row, or changes the row that has the same {@code key}: what SQL
     * calls an upsert, which each engine spells its own way. One {@code ?} per column, in order.
     */
    String upsert(String table, List<String> key, List<String> columns) {
        String values = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
        return switch (this) {
            case H2 -> "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + String.join(", ", key)
                    + ") VALUES (" + values + ")";
            case POSTGRESQL -> {
                List<String> changed = columns.stream().filter(c -> !key.contains(c)).map(c -> c + " = EXCLUDED." + c)
                        .toList();
                yield "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + values
                        + ") ON CONFLICT (" + String.join(", ", key) + ") "
                        + (changed.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + String.join(", ", changed));
            }
        };
    }

    /** A statement that makes this connection give up waiting for a row lock after {@code millis}. */
    String lockTimeoutSql(int millis) {
        return switch (this) {
            case H2 -> "SET LOCK_TIMEOUT " + millis;
            case POSTGRESQL -> "SET lock_timeout = " + millis;
        };
    }

    /** Whether a statement failed because another connection holds the row lock it waited for. */
    boolean lockNotGot(SQLException e) {
        return switch (this) {
            case H2 -> e.getErrorCode() == 50200;
            case POSTGRESQL -> "55P03".equals(e.getSQLState());
        };
    }

    /** A query for the number and start time the engine gives the connection it runs on. */
    String connectionSql() {
        return switch (this) {
            case H2 -> "SELECT SESSION_ID, SESSION_START FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()";
            case POSTGRESQL -> "SELECT pid, backend_start FROM pg_stat_activity WHERE pid = pg_backend_pid()";
        };
    }

    /**
     * A query that ends the connection with the number and start time given as its two parameters,
     * if it still runs; what it had not committed is rolled back.
     */
    String endConnectionSql() {
        return switch (this) {
            case H2 -> "SELECT ABORT_SESSION(SESSION_ID) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = ? "
                    + "AND SESSION_START = ?";
            case POSTGRESQL -> "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = ? AND backend_start = ?";
        };
    }

    /** Whether a statement failed because its row would repeat a unique key: SQLSTATE 23505, on both engines. */
    static boolean duplicateKey(SQLException e) {
        return "23505".equals(e.getSQLState());
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
     * script made its table, index, column or constraint already. H2 commits each DDL statement on its own, so a
     * killed run leaves part of a script behind. PostgreSQL runs a script's DDL in its transaction:
     * a killed run leaves nothing, so every failure is real (and its transaction takes no further
     * statement anyway).
     */
    boolean madeBefore(SQLException e) {
        return switch (this) {
            case H2 -> e.getErrorCode() == 42101 || e.getErrorCode() == 42111 || e.getErrorCode() == 42121
                    || e.getErrorCode() == 90045;
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
