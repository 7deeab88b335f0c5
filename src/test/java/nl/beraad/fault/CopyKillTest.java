package nl.beraad.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import nl.beraad.app.SessionQuery;
import nl.beraad.app.SessionService;
import nl.beraad.app.SessionSummary;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.SessionChecksum;
import nl.beraad.domain.SessionRecord;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.support.Archive;
import nl.beraad.support.Beraad;
import nl.beraad.support.BeraadProcess;
import nl.beraad.support.TwoAtATime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL while {@code beraad db copy} moves a laptop's sessions into another database (and so while
 * {@code import} stores one: both store through SessionImport): afterwards the target holds some of
 * the sessions, each whole (its checksum is the source's), and not one half-written; a second copy
 * then brings the rest, and nothing twice. {@code -Dberaad.fault.all=true} kills 30 times instead of 6.
 */
@Timeout(600)
class CopyKillTest {
    private static final int KILLS = Boolean.getBoolean("beraad.fault.all") ? 30 : 6;
    private static final long SEED = Long.getLong("beraad.fault.seed", System.nanoTime());
    private static final int SESSIONS = 60;
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    static Path shared;
    private static Path laptop;
    /** The laptop's sessions by uid: their checksums. */
    private static Map<String, String> source;

    @BeforeAll
    static void aLaptopWithSessions() {
        laptop = shared.resolve("laptop").resolve("beraad.mv.db");
        try (Database db = Database.open(laptop)) {
            SessionService service = new SessionService(new JdbcSessionStore(db),
                    Archive.once(new SetDirectory(Path.of("dilemmas"))), Clock.systemUTC());
            Archive.fill(service, SESSIONS);
        }
        source = checksums(laptop);
        assertEquals(SESSIONS, source.size());
    }

    @Test
    void aKillDuringDbCopyLeavesWholeSessionsOnlyAndTheNextCopyBringsTheRest(@TempDir Path dir) throws Exception {
        Random random = new Random(SEED);
        long whole = copy(dir.resolve("measure"), false, -1).afterMillis;
        List<Callable<Kill>> runs = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            // Half at any moment of the run (opening, making the schema), half once sessions are being stored.
            boolean aimed = i % 2 == 1;
            long delay = aimed ? random.nextInt(400) : (long) (whole * random.nextDouble());
            Path folder = dir.resolve("kill-" + i);
            runs.add(() -> copy(folder, aimed, delay));
        }
        List<Kill> kills = TwoAtATime.run(runs);
        int between = 0;
        for (Kill k : kills) {
            Map<String, String> there = checksums(k.target);
            for (Map.Entry<String, String> s : there.entrySet()) {
                assertEquals(source.get(s.getKey()), s.getValue(), "a session half-written: " + k);
            }
            if (!there.isEmpty() && there.size() < SESSIONS) {
                between++;
            }
            Beraad.Run rest = new Beraad(k.target.getParent()).run("db", "copy", "--from", laptop.toString(), "--to",
                    k.target.toString());
            assertEquals(0, rest.code(), rest.err());
            assertTrue(rest.out().endsWith((SESSIONS - there.size()) + " gekopieerd, " + there.size()
                    + " stonden er al, 0 niet gekopieerd; naar " + k.target + ".\n"), k + ": " + rest.out());
            assertEquals(source, checksums(k.target), k.toString());
        }
        System.out.println("CopyKillTest: " + kills.size() + " kills, " + between + " with some sessions copied (seed "
                + SEED + ")");
        assertTrue(between >= 2, "only " + between + " kills landed while sessions were being copied: " + kills);
    }

    /** One kill: the target, and how long after the start (or after the first session copied, when aimed) it came. */
    record Kill(Path target, boolean aimed, long afterMillis) {
        @Override
        public String toString() {
            return target.getParent().getFileName() + " killed " + afterMillis + " ms after "
                    + (aimed ? "the first session was copied" : "the start") + " (seed " + SEED + ")";
        }
    }

    /**
     * Copies the laptop into a new file in {@code folder}, killed {@code delay} ms after the start, or
     * when {@code aimed} after the first session was copied (-1: not killed).
     */
    private static Kill copy(Path folder, boolean aimed, long delay) throws Exception {
        Files.createDirectories(folder);
        Path target = folder.resolve("server.mv.db");
        long start = System.nanoTime();
        try (BeraadProcess p = BeraadProcess.start(new Beraad(folder), "db", "copy", "--from", laptop.toString(),
                "--to", target.toString())) {
            if (delay < 0) {
                assertEquals(Integer.valueOf(0), p.waitFor(WAIT), p.output());
                return new Kill(target, false, (System.nanoTime() - start) / 1_000_000);
            }
            if (aimed) {
                p.await("is gekopieerd als sessie", WAIT);
            }
            Thread.sleep(delay);
            p.kill();
            return new Kill(target, aimed, delay);
        }
    }

    /** Each session's checksum by its uid, as Beraad reads the database (none when there is no file yet). */
    private static Map<String, String> checksums(Path file) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try (Database db = Database.open(file)) {
            JdbcSessionStore store = new JdbcSessionStore(db);
            for (SessionSummary s : store.listSessions(SessionQuery.ALL, 0, Integer.MAX_VALUE)) {
                SessionRecord r = store.record(s.session().id());
                out.put(r.session().uid(), SessionChecksum.of(r));
            }
        }
        return out;
    }
}
