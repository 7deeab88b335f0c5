package nl.beraad.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.beraad.store.Database;
import nl.beraad.store.OldSchemas;
import nl.beraad.support.Beraad;
import nl.beraad.support.BeraadProcess;
import nl.beraad.support.TwoAtATime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SIGKILL at random moments while Beraad makes a new database and while it upgrades one from every
 * earlier schema version: afterwards the database always opens, has the newest schema and keeps
 * every row it had. Half of the kills come at a random moment of the whole run; the other half
 * come a random moment after the file that marks the dangerous step (the new database being made,
 * the copy kept during an upgrade) appears, so that enough kills land inside that step.
 */
@Timeout(600)
class SchemaKillTest {
    private static final int KILLS = 30;
    private static final long SEED = Long.getLong("beraad.fault.seed", System.nanoTime());

    @Test
    void aKillDuringTheFirstStartNeverLeavesADatabaseThatCannotBeOpened(@TempDir Path dir) throws Exception {
        Campaign campaign = new Campaign(dir, 0);
        List<Kill> kills = campaign.run();
        for (Kill k : kills) {
            try (Connection c = open(k.db())) {
                assertEquals(OldSchemas.latest(), OldSchemas.version(c), k.toString());
            }
            assertFalse(Files.exists(k.db().resolveSibling("beraad.beraad-new.mv.db")), k.toString());
        }
        assertEnoughInside(kills);
    }

    /**
     * Every earlier version with {@code -Dberaad.fault.all=true}; otherwise, to keep the suite short,
     * the oldest (every migration runs), the newest before this one (the latest migration on its own)
     * and one between them chosen by the seed, so that repeated runs cover them all in turn.
     */
    static Stream<Integer> earlierVersions() {
        int latest = OldSchemas.latest();
        if (Boolean.getBoolean("beraad.fault.all") || latest <= 4) {
            return Stream.iterate(1, v -> v < latest, v -> v + 1);
        }
        int between = 2 + new Random(SEED).nextInt(latest - 3);
        return Stream.of(1, between, latest - 1);
    }

    @ParameterizedTest(name = "from schema version {0}")
    @MethodSource("earlierVersions")
    void aKillDuringAnUpgradeNeverLosesDataNorLeavesADatabaseThatCannotBeOpened(int version, @TempDir Path dir)
            throws Exception {
        Campaign campaign = new Campaign(dir, version);
        List<Kill> kills = campaign.run();
        for (Kill k : kills) {
            try (Connection c = open(k.db())) {
                assertEquals(OldSchemas.latest(), OldSchemas.version(c), k.toString());
                assertEquals(OldSchemas.CONTENTS, OldSchemas.contents(c), k.toString());
            }
            try (Stream<Path> left = Files.list(k.db().getParent())) {
                assertEquals(List.of(), left.map(p -> p.getFileName().toString())
                        .filter(n -> n.contains(".before-V") || n.endsWith(".tmp")).toList(), k.toString());
            }
        }
        assertEnoughInside(kills);
    }

    /** Opens the database as Beraad does (finishing or undoing what the kill cut off), then reads it directly. */
    private static Connection open(Path db) throws Exception {
        Database.open(db).close();
        String path = db.toString();
        return DriverManager.getConnection("jdbc:h2:file:" + path.substring(0, path.length() - 6), "sa", "");
    }

    /** A campaign proves something only when kills really landed inside the dangerous step. */
    private static void assertEnoughInside(List<Kill> kills) {
        long inside = kills.stream().filter(Kill::inside).count();
        System.out.println("SchemaKillTest: " + kills.size() + " kills, " + inside + " inside the step (seed " + SEED + ")");
        assertTrue(inside >= 3, "only " + inside + " of " + kills.size() + " kills landed inside the step (seed "
                + SEED + "): " + kills);
    }

    /** One kill: where, when after the start, and whether the marker file was there at that moment. */
    record Kill(Path db, long afterMillis, boolean inside, boolean ranToEnd) {
        @Override
        public String toString() {
            return db.getParent().getFileName() + " killed after " + afterMillis + " ms" + (inside ? ", inside the step"
                    : "") + (ranToEnd ? ", had already ended" : "") + " (seed " + SEED + ")";
        }
    }

    /** Thirty runs of 'sessions' on copies of one starting point, each killed at its own moment. */
    private static final class Campaign {
        private final Path dir;
        private final int version;
        private final Random random;

        Campaign(Path dir, int version) {
            this.dir = dir;
            this.version = version;
            this.random = new Random(SEED + version);
        }

        List<Kill> run() throws Exception {
            long whole = measure();
            List<Callable<Kill>> runs = new ArrayList<>();
            for (int i = 0; i < KILLS; i++) {
                boolean aimed = i % 2 == 1;
                long delay = aimed ? random.nextInt(250) : (long) (whole * (0.2 + 0.8 * random.nextDouble()));
                Path db = prepare("kill-" + i);
                runs.add(() -> kill(db, aimed, delay));
            }
            return TwoAtATime.run(runs);
        }

        /** How long one unkilled run takes, so the random moments spread over all of it. */
        private long measure() throws Exception {
            Path db = prepare("measure");
            long start = System.nanoTime();
            try (BeraadProcess p = BeraadProcess.start(new Beraad(db.getParent()), "sessions")) {
                assertEquals(Integer.valueOf(0), p.waitFor(Duration.ofSeconds(60)), p.output());
            }
            return (System.nanoTime() - start) / 1_000_000;
        }

        private Path prepare(String name) throws Exception {
            Path folder = Files.createDirectories(dir.resolve(name));
            Path db = folder.resolve("beraad.mv.db");
            if (version > 0) {
                OldSchemas.make(db, version);
            }
            return db;
        }

        /** The file whose appearance marks the dangerous step. */
        private Path marker(Path db) {
            return version == 0 ? db.resolveSibling("beraad.beraad-new.mv.db")
                    : db.resolveSibling("beraad.mv.db.before-V" + OldSchemas.latest());
        }

        private Kill kill(Path db, boolean aimed, long delay) throws Exception {
            Path marker = marker(db);
            long start = System.nanoTime();
            try (BeraadProcess p = BeraadProcess.start(new Beraad(db.getParent()), "sessions")) {
                if (aimed) {
                    while (!Files.exists(marker) && p.isAlive()) {
                        Thread.sleep(1);
                    }
                }
                Thread.sleep(delay);
                boolean inside = p.isAlive() && (Files.exists(marker) || Files.exists(marker.resolveSibling(
                        marker.getFileName() + ".tmp")));
                boolean ended = !p.isAlive();
                p.kill();
                return new Kill(db, (System.nanoTime() - start) / 1_000_000, inside, ended);
            }
        }
    }
}
