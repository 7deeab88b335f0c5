package nl.beraad.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import nl.beraad.store.Database;
import nl.beraad.support.Archive;
import nl.beraad.support.Beraad;
import nl.beraad.support.BeraadProcess;
import nl.beraad.support.Rows;
import nl.beraad.support.TwoAtATime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL while the database file is being compacted, by `beraad db compact` and by the close of a
 * meeting that wrote much, or copied by `beraad db backup`: afterwards the database opens and holds
 * every session, and every argument the meeting confirmed; a backup file is there whole or not at
 * all. Half the kills come at a random moment of the run, half a random moment after the new file
 * (H2's compacted copy, the backup's hidden part) appears, so that enough land inside the writing.
 * {@code -Dberaad.fault.all=true} kills 40 times each instead of 6.
 */
@Timeout(600)
class CompactionKillTest {
    private static final int KILLS = Boolean.getBoolean("beraad.fault.all") ? 40 : 6;
    private static final long SEED = Long.getLong("beraad.fault.seed", System.nanoTime());
    private static final int SESSIONS = 100;
    private static final int ARGUMENTS = 80;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path shared;
    private static Path archive;

    @BeforeAll
    static void anArchiveLeftLargeByAKill() {
        archive = shared.resolve("archive.mv.db");
        Archive.leftByAKill(archive, SESSIONS);
    }

    @Test
    void aKillDuringDbCompactLosesNoSession(@TempDir Path dir) throws Exception {
        List<Kill> kills = campaign(dir, "db-compact", (p, db) -> {
        }, CompactionKillTest::rewriting, db -> new String[] {"db", "compact"});
        for (Kill k : kills) {
            assertEverythingThere(k, 0);
        }
        assertEnoughInside(kills);
    }

    @Test
    void aKillWhileAMeetingEndsLosesNothingItConfirmed(@TempDir Path dir) throws Exception {
        List<Kill> kills = campaign(dir, "meeting", (p, db) -> {
            p.await("Typ 'help'", WAIT);
            StringBuilder paste = new StringBuilder("deelnemer Anouk de Vries, José Öztürk\n");
            for (int i = 1; i <= ARGUMENTS; i++) {
                paste.append("argument A José: Argument ").append(i).append(", vastgelegd voor de kill.\n");
            }
            p.typeRaw(paste.toString());
            p.awaitCount("Argument van José Öztürk vastgelegd", ARGUMENTS, WAIT);
        }, CompactionKillTest::rewriting, db -> new String[] {"start", "--set", "scp-dilemmas-2022", "--plain"});
        for (Kill k : kills) {
            assertEverythingThere(k, ARGUMENTS);
        }
        assertEnoughInside(kills);
    }

    @Test
    void aKillDuringDbBackupLeavesAWholeBackupOrNone(@TempDir Path dir) throws Exception {
        List<Kill> kills = campaign(dir, "db-backup", (p, db) -> {
        }, CompactionKillTest::backingUp, db -> new String[] {"db", "backup", "-o", backup(db).toString()});
        for (Kill k : kills) {
            assertEverythingThere(k, 0);
            Path zip = backup(k.db());
            if (Files.exists(zip)) {
                Path restored = Files.createDirectories(k.db().resolveSibling("terug"));
                try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
                    assertEquals("beraad.mv.db", in.getNextEntry().getName(), k.toString());
                    Files.copy(in, restored.resolve("beraad.mv.db"));
                }
                assertEverythingThere(new Kill(restored.resolve("beraad.mv.db"), k.afterMillis(), k.inside(),
                        k.ranToEnd()), 0);
            }
        }
        assertEnoughInside(kills);
    }

    private static Path backup(Path db) {
        return db.resolveSibling("kopie.zip");
    }

    /** Whether H2's compacted copy is being written beside the database. */
    private static boolean rewriting(Path db) {
        return Files.exists(db.resolveSibling(db.getFileName() + ".tempFile"));
    }

    /** Whether the backup's hidden part is being written. */
    private static boolean backingUp(Path db) throws java.io.IOException {
        try (var files = Files.list(db.getParent())) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(".kopie.zip.deel-"));
        }
    }

    /** Whether the run is writing its new file at this moment. */
    private interface Writing {
        boolean at(Path db) throws Exception;
    }

    /** The command line of a run on the database {@code db}. */
    private interface Command {
        String[] on(Path db);
    }

    /** What a run does before the moment it may be killed (typing a meeting); nothing for db compact. */
    private interface Prelude {
        void play(BeraadProcess p, Path db) throws Exception;
    }

    /** One kill: where, how long after the prelude, whether H2's new file was there at that moment. */
    record Kill(Path db, long afterMillis, boolean inside, boolean ranToEnd) {
        @Override
        public String toString() {
            return db.getParent().getFileName() + " killed " + afterMillis + " ms after the prelude"
                    + (inside ? ", inside the rewrite" : "") + (ranToEnd ? ", had already ended" : "") + " (seed "
                    + SEED + ")";
        }
    }

    private static List<Kill> campaign(Path dir, String name, Prelude prelude, Writing writing, Command args)
            throws Exception {
        Random random = new Random(SEED + name.hashCode());
        long whole = measure(dir.resolve("measure"), prelude, args);
        List<Callable<Kill>> runs = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            boolean aimed = i % 2 == 1;
            long delay = aimed ? random.nextInt(40) : (long) (whole * random.nextDouble());
            Path db = copyOfArchive(dir.resolve(name + "-" + i));
            runs.add(() -> kill(db, prelude, writing, aimed, delay, args));
        }
        return TwoAtATime.run(runs);
    }

    /** How long an unkilled run takes after its prelude, so that the random moments spread over all of it. */
    private static long measure(Path folder, Prelude prelude, Command args) throws Exception {
        Path db = copyOfArchive(folder);
        try (BeraadProcess p = BeraadProcess.start(new Beraad(folder), args.on(db))) {
            prelude.play(p, db);
            long start = System.nanoTime();
            p.endInput();
            assertEquals(Integer.valueOf(0), p.waitFor(WAIT), p.output());
            return (System.nanoTime() - start) / 1_000_000;
        }
    }

    private static Path copyOfArchive(Path folder) throws Exception {
        Files.createDirectories(folder);
        return Files.copy(archive, folder.resolve("beraad.mv.db"));
    }

    private static Kill kill(Path db, Prelude prelude, Writing writing, boolean aimed, long delay, Command args)
            throws Exception {
        try (BeraadProcess p = BeraadProcess.start(new Beraad(db.getParent()), args.on(db))) {
            prelude.play(p, db);
            long start = System.nanoTime();
            p.endInput(); // a meeting ends as at the end of a pasted script; db compact reads nothing
            if (aimed) {
                while (!writing.at(db) && p.isAlive()) {
                    Thread.sleep(1);
                }
            }
            Thread.sleep(delay);
            boolean inside = p.isAlive() && writing.at(db);
            boolean ended = !p.isAlive();
            p.kill();
            return new Kill(db, (System.nanoTime() - start) / 1_000_000, inside, ended);
        }
    }

    /** Opened as Beraad opens it, the database holds every session and every confirmed argument. */
    private static void assertEverythingThere(Kill k, int arguments) throws Exception {
        Database.open(k.db()).close();
        String path = k.db().toString();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + path.substring(0, path.length() - 6), "sa", "")) {
            int sessions = SESSIONS + (arguments > 0 ? 1 : 0);
            assertEquals(List.of(String.valueOf(sessions)), Rows.of(c, "SELECT COUNT(*) FROM session"), k.toString());
            assertEquals(List.of(String.valueOf(SESSIONS + arguments)), Rows.of(c, "SELECT COUNT(*) FROM argument"),
                    k.toString());
            assertEquals(List.of(String.valueOf(SESSIONS * Archive.MEMBERS)), Rows.of(c,
                    "SELECT COUNT(*) FROM vote"), k.toString());
        }
    }

    /** A campaign proves something only when kills really landed inside the rewrite. */
    private static void assertEnoughInside(List<Kill> kills) {
        long inside = kills.stream().filter(Kill::inside).count();
        System.out.println("CompactionKillTest: " + kills.size() + " kills, " + inside + " inside the rewrite (seed "
                + SEED + ")");
        assertTrue(inside >= 2, "only " + inside + " of " + kills.size() + " kills landed inside the rewrite (seed "
                + SEED + "): " + kills);
    }
}
