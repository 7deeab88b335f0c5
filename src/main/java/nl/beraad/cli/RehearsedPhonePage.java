package nl.beraad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.beraad.app.PhonePage;
import nl.beraad.app.PhoneService;
import nl.beraad.app.SessionService;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionId;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.text.Messages;
import nl.beraad.web.Rehearsal;

/**
 * The vote page, whose first start in a process also rehearses phones answering, in the background,
 * on a scratch database of its own in the temporary folder (deleted afterwards): while the
 * participants scan the code and join, the code of the page, the services and the database is made
 * warm, so the first round is as quick as the later ones. The meeting's own database is not touched.
 */
final class RehearsedPhonePage implements PhonePage {
    /** The shipped set the rehearsal answers: scaled items, as most rounds are. */
    static final String SET = "scp-dilemmas-2022";
    /** Members of each scratch session, and how many sessions: about 200 answers in all. */
    static final int MEMBERS = 12;
    static final int SESSIONS = 4;
    private static final String SCRATCH = "beraad-rehearsal-";
    private static final Duration STALE = Duration.ofMinutes(10);

    /** Once per process: the code stays warm after. Counted down when the rehearsal is over, however it ended. */
    private static final CountDownLatch REHEARSED = new CountDownLatch(1);
    private static final java.util.concurrent.atomic.AtomicBoolean STARTED = new java.util.concurrent.atomic.AtomicBoolean();

    private final PhonePage page;
    private final SetDirectory sets;
    private final Messages msg;
    private final Clock clock;

    RehearsedPhonePage(PhonePage page, SetDirectory sets, Messages msg, Clock clock) {
        this.page = page;
        this.sets = sets;
        this.msg = msg;
        this.clock = clock;
    }

    @Override
    public Serving start(SessionId sessionId) {
        Serving serving = page.start(sessionId);
        if (STARTED.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    rehearse(null);
                } finally {
                    REHEARSED.countDown();
                }
            }, "beraad-rehearsal");
            t.setDaemon(true); // never keeps Beraad from ending
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        }
        return serving;
    }

    /** Waits for the rehearsal of this process to be over; false when it is not within {@code timeout}. */
    static boolean awaitRehearsal(Duration timeout) throws InterruptedException {
        return REHEARSED.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Rehearses on a scratch database in a folder made in {@code temporary} (null: the system's
     * temporary folder) and deleted after; returns the answers stored there (0 when the rehearsal could
     * not be held).
     */
    int rehearse(Path temporary) {
        Path dir = null;
        Thread cleanUp = null;
        int answered = 0;
        try {
            dir = temporary == null ? Files.createTempDirectory(SCRATCH) : Files.createTempDirectory(temporary, SCRATCH);
            sweep(dir.getParent());
            Path scratch = dir;
            // A process that ends mid-rehearsal (Ctrl-C, SIGTERM) still leaves no scratch database behind.
            cleanUp = new Thread(() -> delete(scratch));
            Runtime.getRuntime().addShutdownHook(cleanUp);
            try (Database db = Database.open(dir.resolve("rehearsal"))) {
                JdbcSessionStore store = new JdbcSessionStore(db);
                SessionService sessions = new SessionService(store, sets, clock);
                PhoneService phones = new PhoneService(sessions, store, clock);
                for (int s = 0; s < SESSIONS; s++) {
                    Session session = sessions.start(SET, "Generale repetitie");
                    for (int m = 1; m <= MEMBERS; m++) {
                        sessions.addParticipant(session.id(), "Lid " + m);
                    }
                    answered += Rehearsal.run(sessions, phones, msg, session.id());
                }
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // Only a warm-up: whatever goes wrong in it leaves the meeting as it is, just not warmed.
        } finally {
            if (dir != null) {
                delete(dir);
            }
            if (cleanUp != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanUp);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs anyway and finds nothing left
                }
            }
        }
        return answered;
    }

    /**
     * Deletes what rehearsals of processes that were killed left (a rehearsal takes seconds, so a scratch
     * folder older than {@link #STALE} is nobody's).
     */
    private static void sweep(Path temporary) {
        java.time.Instant before = java.time.Instant.now().minus(STALE);
        try (java.nio.file.DirectoryStream<Path> old = Files.newDirectoryStream(temporary, SCRATCH + "*")) {
            for (Path p : old) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                    delete(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // left for the system's own cleaning of the temporary folder
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // the temporary folder is cleaned by the system in the end
        }
    }
}
