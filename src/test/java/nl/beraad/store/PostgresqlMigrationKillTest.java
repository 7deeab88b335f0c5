package nl.beraad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import nl.beraad.support.Beraad;
import nl.beraad.support.BeraadProcess;
import nl.beraad.support.Postgres;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL while Beraad makes its schema in a new PostgreSQL database (issue 14), half the kills at
 * a random moment of the start, half the moment the first version is recorded: the next start
 * finishes the schema, and it is the schema a run without a kill makes. (Each script runs in one
 * transaction there, so a kill leaves whole versions.) And SIGKILL while it upgrades a database
 * whose lists an older Beraad joined into texts, while {@link JoinedLists} splits them: the next
 * start finishes, with every list whole. {@code -Dberaad.fault.all=true} kills 30 times instead of 6.
 */
@Timeout(300)
class PostgresqlMigrationKillTest {
    private static final int KILLS = Boolean.getBoolean("beraad.fault.all") ? 30 : 6;
    private static final long SEED = Long.getLong("beraad.fault.seed", System.nanoTime());
    private static final String WHY = "a kill during a migration cannot be tried on PostgreSQL";

    @Test
    void aKillWhileTheSchemaIsMadeLeavesWholeVersionsAndTheNextStartFinishesIt(@TempDir Path dir) throws Exception {
        List<String> clean;
        try (Postgres pg = Postgres.fresh(WHY); Connection c = pg.connect()) {
            new Migrations().apply(c);
            clean = SchemaOnBothEnginesTest.schema(c);
        }
        Random random = new Random(SEED);
        List<Integer> versionsAtKill = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            try (Postgres pg = Postgres.fresh(WHY)) {
                Beraad beraad = new Beraad(dir.resolve("run-" + i));
                beraad.env().put("BERAAD_DB", pg.url());
                beraad.env().putAll(pg.login());
                try (BeraadProcess p = BeraadProcess.start(beraad, "sessions"); Connection watch = pg.connect()) {
                    if (i % 2 == 1) {
                        // Aimed: the moment the first version is recorded, the rest are being made.
                        while (p.isAlive() && !recorded(watch)) {
                            Thread.sleep(1);
                        }
                    } else {
                        Thread.sleep(150 + random.nextInt(900));
                    }
                    p.kill();
                }
                try (Connection c = pg.connect()) {
                    versionsAtKill.add(Migrations.version(c).orElse(0));
                }
                Beraad.Run after = beraad.run("sessions");
                assertEquals(0, after.code(), after.err() + " (seed " + SEED + ")");
                try (Connection c = pg.connect()) {
                    assertEquals(OptionalInt.of(Migrations.latest()), Migrations.version(c), "seed " + SEED);
                    assertEquals(clean, SchemaOnBothEnginesTest.schema(c), "seed " + SEED);
                }
            }
        }
        System.out.println("PostgresqlMigrationKillTest: schema versions at the kills " + versionsAtKill + " (seed " + SEED + ")");
        assertTrue(versionsAtKill.stream().anyMatch(v -> v < Migrations.latest()),
                "no kill landed before the schema was whole: " + versionsAtKill + " (seed " + SEED + ")");
    }

    @Test
    void aKillWhileJoinedListsAreSplitLeavesThemJoinedOrSplitAndTheNextStartFinishes(@TempDir Path dir)
            throws Exception {
        List<String> clean;
        try (Postgres pg = Postgres.fresh(WHY); Connection c = pg.connect()) {
            new Migrations().apply(c);
            clean = SchemaOnBothEnginesTest.schema(c);
        }
        long[] spans = measureUpgrade(dir.resolve("measure"));
        Random random = new Random(SEED);
        List<String> atKills = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            try (Postgres pg = Postgres.fresh(WHY)) {
                Beraad beraad = oldDatabaseWithManyLists(pg, dir.resolve("lists-" + i));
                boolean migrating;
                try (BeraadProcess p = BeraadProcess.start(beraad, "sessions"); Connection watch = pg.connect()) {
                    if (i % 2 == 1) {
                        // Aimed: a random moment of the upgrade, from taking its lock to letting it go.
                        while (p.isAlive() && !migrating(watch)) {
                            Thread.sleep(1);
                        }
                        Thread.sleep(random.nextLong(spans[1]));
                    } else {
                        Thread.sleep(random.nextLong(spans[0]));
                    }
                    migrating = p.isAlive() && migrating(watch);
                    p.kill();
                }
                try (Connection c = pg.connect()) {
                    atKills.add("V" + Migrations.version(c).orElse(0) + (migrating ? " migrating" : ""));
                }
                Beraad.Run after = beraad.run("sessions");
                assertEquals(0, after.code(), after.err() + " (seed " + SEED + ")");
                try (Connection c = pg.connect()) {
                    assertEquals(OptionalInt.of(Migrations.latest()), Migrations.version(c), "seed " + SEED);
                    assertEquals(clean, SchemaOnBothEnginesTest.schema(c), "seed " + SEED);
                    assertEquals(OldSchemas.CONTENTS, OldSchemas.contents(c), "seed " + SEED);
                    assertEquals(OldSchemas.LISTS, OldSchemas.lists(c), "seed " + SEED);
                    assertEquals(List.of(MANY + "|" + MANY), Rows.of(c, "SELECT "
                            + "(SELECT COUNT(*) FROM session_item WHERE session_id > 1 AND array_to_string(questions, '|') "
                            + "= 'Vraag één?|Vraag twee?' AND array_to_string(options, '|') = 'Optie a|Optie b, c' "
                            + "AND cardinality(attention) = 0), "
                            + "(SELECT COUNT(*) FROM vote WHERE session_id > 1 AND array_to_string(numbers, ',') = '2,1')"),
                            "seed " + SEED);
                }
            }
        }
        System.out.println("PostgresqlMigrationKillTest: start " + spans[0] + " ms, upgrade " + spans[1] + " ms, at the kills "
                + atKills + " (seed " + SEED + ")");
        assertTrue(atKills.stream().anyMatch(k -> k.equals("V" + OldSchemas.JOINED + " migrating")),
                "no kill landed while the lists were split: " + atKills + " (seed " + SEED + ")");
    }

    /**
     * How long an unkilled 'sessions' on such a database takes, from the start and from the moment the
     * upgrade takes its lock, to the moment it lets the lock go: so that kills spread over all of it.
     */
    private static long[] measureUpgrade(Path dir) throws Exception {
        try (Postgres pg = Postgres.fresh(WHY)) {
            Beraad beraad = oldDatabaseWithManyLists(pg, dir);
            long start = System.nanoTime();
            try (BeraadProcess p = BeraadProcess.start(beraad, "sessions"); Connection watch = pg.connect()) {
                while (p.isAlive() && !migrating(watch)) {
                    Thread.sleep(1);
                }
                boolean seen = p.isAlive();
                long locked = System.nanoTime();
                while (p.isAlive() && migrating(watch)) {
                    Thread.sleep(1);
                }
                assertEquals(Integer.valueOf(0), p.waitFor(Duration.ofSeconds(60)), p.output());
                long end = System.nanoTime();
                assertTrue(seen, "the upgrade was never seen holding its lock");
                return new long[] {(end - start) / 1_000_000, Math.max(1, (end - locked) / 1_000_000)};
            }
        }
    }

    /** A Beraad on {@code pg} made a database by an older Beraad, with {@link #MANY} items' lists joined. */
    private static Beraad oldDatabaseWithManyLists(Postgres pg, Path dir) throws Exception {
        try (Connection c = pg.connect()) {
            OldSchemas.make(c, OldSchemas.JOINED);
            OldSchemas.addLists(c);
            manyJoinedLists(c);
        }
        Beraad beraad = new Beraad(dir);
        beraad.env().put("BERAAD_DB", pg.url());
        beraad.env().putAll(pg.login());
        return beraad;
    }

    /** How many items (and positions) of other sessions have joined lists, so that splitting them takes a while. */
    private static final int MANY = 10_000;

    /** Adds 1,000 sessions of 10 items with joined lists and a position with numbers on each item. */
    private static void manyJoinedLists(Connection c) throws java.sql.SQLException {
        try (var st = c.createStatement()) {
            st.execute("INSERT INTO session (title, set_id, set_title, status, current_item, created_at, updated_at, uid) "
                    + "SELECT 'Sessie ' || g, 'oud', 'Oude set', 'FINISHED', 1, now(), now(), CAST(gen_random_uuid() AS TEXT) "
                    + "FROM generate_series(1, " + MANY / 10 + ") g");
            st.execute("INSERT INTO session_item (session_id, item_no, item_key, kind, title, context, pole_a, pole_b, "
                    + "questions, attention, source, scale_steps, options, max_choices) "
                    + "SELECT s.id, i, 'k' || i, 'keuze', 'Item', 'Context.', '', '', 'Vraag één?' || chr(10) || "
                    + "'Vraag twee?', '', 'Bron', 0, 'Optie a' || chr(10) || 'Optie b, c', 2 "
                    + "FROM session s CROSS JOIN generate_series(1, 10) i WHERE s.id > 1");
            st.execute("INSERT INTO participant (session_id, seq, name, name_key, created_at) "
                    + "SELECT id, 1, 'Lid', 'lid', now() FROM session WHERE id > 1");
            st.execute("INSERT INTO vote (session_id, item_no, participant_id, round, position, numbers, cast_at) "
                    + "SELECT p.session_id, i.item_no, p.id, 1, 1, '2,1', now() FROM participant p "
                    + "JOIN session_item i ON i.session_id = p.session_id WHERE p.session_id > 1");
        }
    }

    /** Whether a Beraad holds the lock that one migrating process takes. */
    private static boolean migrating(Connection c) {
        try (var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted")) {
            return rs.next() && rs.getInt(1) > 0;
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    /** Whether the first schema version is recorded yet (the table may not be there yet either). */
    private static boolean recorded(Connection c) {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM schema_version")) {
            return rs.next() && rs.getInt(1) > 0;
        } catch (java.sql.SQLException e) {
            return false;
        }
    }
}
