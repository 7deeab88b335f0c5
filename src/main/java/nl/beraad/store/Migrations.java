package nl.beraad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;

/**
 * Brings the schema up to date from the versioned scripts in db/migration, recording each applied
 * version with a checksum so an edited script is noticed instead of silently skipped. H2 and
 * PostgreSQL get the same schema from the same scripts; the two types PostgreSQL spells its own
 * way are rewritten by {@link Dialect#script}, and the checksum is the shared script's.
 *
 * <p>H2 commits every DDL statement on its own, so a script cannot be rolled back: a process killed
 * half-way through one leaves some of its tables and columns made and the version unrecorded.
 * {@link Database} therefore makes a new database under another name and upgrades an existing one
 * only after copying it; and a script that is run again skips what its earlier run already made, so
 * a database half-upgraded by an older Beraad is finished instead of refused.
 *
 * <p>Why not Flyway: measured here on an already migrated H2 file (JDK 17, 2 cores), Flyway 11
 * added 0.45-0.6 s to every start (0.2-0.3 s with AppCDS), nearly all class loading (Flyway plus
 * Jackson), and logged ten lines to stderr per run; this check costs under 10 ms. Revisit if the
 * schema ever needs more than ordered scripts. The second engine (PostgreSQL, issue 14) did not:
 * its scripts differ from H2's only in two types (CHARACTER LARGE OBJECT, TIMESTAMP(9)), which
 * {@link Dialect} rewrites, and H2 keeps its sub-10 ms check. What SQL cannot say alike on both
 * engines (splitting the lists an older Beraad joined into one text, V14) is a small Java step run
 * after its script, in the script's transaction ({@link JoinedLists}).
 */
final class Migrations {
    /** In order; a new schema version is a new file appended here, never an edit of an old one. */
    static final List<String> SCRIPTS = List.of("V1__init.sql", "V2__item_kinds.sql", "V3__show_of_hands.sql",
            "V4__minority_and_actions.sql", "V5__speaker_queue.sql", "V6__participant_roles.sql",
            "V7__recent_sessions.sql", "V8__session_details.sql", "V9__meeting_record.sql",
            "V10__corrections.sql", "V11__session_holder.sql", "V12__devices.sql", "V13__session_uid.sql",
            "V14__lists.sql", "V15__session_log.sql", "V16__name_keeping.sql");

    /**
     * What a script leaves to Java because SQL cannot say it alike on both engines, run right after
     * that script and in its transaction, before its version is recorded.
     */
    private static final Map<String, Step> STEPS = Map.of("V14__lists.sql", JoinedLists::split);

    /** The Java part of one migration. */
    @FunctionalInterface
    private interface Step {
        void run(Connection c) throws SQLException;
    }

    /** The newest schema version this Beraad knows. */
    static int latest() {
        return SCRIPTS.size();
    }

    /** The schema version recorded in a database, or empty when it has no Beraad schema at all. */
    static OptionalInt version(Connection c) throws SQLException {
        Dialect dialect = Dialect.of(c);
        try (ResultSet rs = c.getMetaData().getTables(null, dialect.schema(c), dialect.table("schema_version"),
                new String[] {"TABLE"})) {
            if (!rs.next()) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(currentVersion(c));
    }

    void apply(Connection c) throws SQLException {
        apply(c, latest());
    }

    /** Brings the schema up to {@code upTo} (tests make the databases older versions left with it). */
    void apply(Connection c, int upTo) throws SQLException {
        Dialect dialect = Dialect.of(c);
        dialect.migrating(c);
        try {
            apply(c, upTo, dialect);
        } finally {
            dialect.migrated(c);
        }
    }

    private static void apply(Connection c, int upTo, Dialect dialect) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INT PRIMARY KEY, script VARCHAR(200) NOT NULL, checksum INT NOT NULL, "
                    + "applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)");
        }
        int current = currentVersion(c);
        if (current > SCRIPTS.size()) {
            throw new BeraadException(ExitCode.ERROR, "db.newer", current, SCRIPTS.size());
        }
        for (int version = 1; version <= upTo; version++) {
            String script = SCRIPTS.get(version - 1);
            String sql = read(script);
            if (version <= current) {
                verify(c, version, script, sql.hashCode());
            } else {
                run(c, version, script, sql, dialect);
            }
        }
    }

    private static int currentVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void verify(Connection c, int version, String script, int checksum) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT checksum FROM schema_version WHERE version = ?")) {
            ps.setInt(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getInt(1) != checksum) {
                    throw new BeraadException(ExitCode.INTERNAL, "db.migration.changed", script);
                }
            }
        }
    }

    private static void run(Connection c, int version, String script, String sql, Dialect dialect)
            throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String statement : statements(dialect.script(sql))) {
                try {
                    st.execute(statement);
                } catch (SQLException e) {
                    if (!dialect.madeBefore(e)) {
                        throw e;
                    }
                    // An earlier, interrupted run of this script made it already.
                }
            }
            Step step = STEPS.get(script);
            if (step != null) {
                step.run(c);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO schema_version (version, script, checksum) VALUES (?, ?, ?)")) {
                ps.setInt(1, version);
                ps.setString(2, script);
                ps.setInt(3, sql.hashCode());
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Splits a script at semicolons that end a line; comment lines are dropped. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String read(String script) {
        String resource = "/db/migration/" + script;
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + resource, e);
        }
    }
}
