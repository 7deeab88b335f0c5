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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL while Beraad makes its schema in a new PostgreSQL database (issue 14), half the kills at
 * a random moment of the start, half the moment the first version is recorded: the next start
 * finishes the schema, and it is the schema a run without a kill makes. (Each script runs in one
 * transaction there, so a kill leaves whole versions.) {@code -Dberaad.fault.all=true} kills 30
 * times instead of 6.
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

    /** Whether the first schema version is recorded yet (the table may not be there yet either). */
    private static boolean recorded(Connection c) {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM schema_version")) {
            return rs.next() && rs.getInt(1) > 0;
        } catch (java.sql.SQLException e) {
            return false;
        }
    }
}
