package nl.beraad.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.beraad.app.DemoSession;
import nl.beraad.app.SessionService;
import nl.beraad.app.SetCatalog;
import nl.beraad.app.SetEntry;
import nl.beraad.domain.DilemmaSet;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.Side;
import nl.beraad.domain.VoteMethod;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.support.Archive;

/**
 * The same everyday actions on an empty database and on one holding thousands of small sessions:
 * open it and list the sessions, start a new session, and a key press on the home page and on the
 * item page.
 */
final class ManySessionsBench {
    /** What was measured on one database. */
    record Measured(SamplesBench start, RedrawBench.Result homeKeys, RedrawBench.Result itemKeys) {
    }

    private ManySessionsBench() {
    }

    /** The size of a database file while it was open, and after Beraad closed it. */
    record FileSizes(long open, long closed, double closeMillis) {
    }

    /** Fills a database with small sessions (see {@link Archive#fill}) and closes it, as Beraad closes it. */
    static FileSizes fill(Path file, SetCatalog sets, int sessions) throws IOException {
        long open;
        long beforeClose;
        try (Database db = Database.open(file)) {
            Archive.fill(new SessionService(new JdbcSessionStore(db), Archive.once(sets), Clock.systemUTC()), sessions);
            open = Files.size(file);
            beforeClose = System.nanoTime();
        }
        return new FileSizes(open, Files.size(file), (System.nanoTime() - beforeClose) / 1e6);
    }

    /**
     * Opening a database and listing its sessions, timed on each file in turn (so that neither gets a
     * warmer JVM), after one untimed open each that loads H2 and puts the file in the OS cache.
     */
    static List<SamplesBench> openAndList(List<Path> files, SetCatalog sets, int runs) throws Exception {
        List<SamplesBench> out = new ArrayList<>();
        for (Path file : files) {
            openAndList(file, sets);
            out.add(new SamplesBench());
        }
        for (int i = 0; i < runs; i++) {
            for (int f = 0; f < files.size(); f++) {
                long start = System.nanoTime();
                openAndList(files.get(f), sets);
                out.get(f).add(System.nanoTime() - start);
            }
        }
        return out;
    }

    /**
     * What starting the meeting screen does: open the file, find the latest open session (for
     * 'resume') and the newest sessions the home page lists (HomePage.SHOWN, 200). Listing every
     * session ('beraad sessions') grows with their number by nature and is not timed here.
     */
    private static void openAndList(Path file, SetCatalog sets) {
        try (Database db = Database.open(file)) {
            SessionService service = new SessionService(new JdbcSessionStore(db), sets, Clock.systemUTC());
            service.latestOpen();
            service.recentSessions(200);
        }
    }

    /** Starting a session (the set read from its file, as always), and key presses on the home and item page. */
    static Measured measure(Path file, SetCatalog sets, TerminalSize size, int runs) throws Exception {
        try (Database db = Database.open(file)) {
            MeteredStoreBench.Metered m = MeteredStoreBench.around(new JdbcSessionStore(db));
            SessionService service = new SessionService(m.store(), sets, Clock.systemUTC());
            service.start(DemoSession.SET_ID, null); // warm-up
            SessionId[] last = new SessionId[1];
            SamplesBench start = SamplesBench.time(runs, () -> last[0] = service.start(DemoSession.SET_ID, null).id());

            RedrawBench.Scenario home = new RedrawBench.Scenario("home page: ↓ ↑", "Beraad", List.of(),
                    RedrawBench.concat(RedrawBench.repeat(KeyType.ArrowDown, 5),
                            RedrawBench.repeat(KeyType.ArrowUp, 5)), List.of());
            RedrawBench.Result homeKeys;
            try (RedrawBench screen = RedrawBench.onHome(service, sets, m.meter(), size)) {
                screen.run(home, 3, false, 2000, 0);
                homeKeys = screen.run(home, 6, true, 4000, 10);
            }
            // A session without members opens on its members page; the item page is what is measured.
            service.addParticipant(last[0], "Anouk de Vries");
            RedrawBench.Scenario scroll = RedrawBench.meetingPages().get(0);
            RedrawBench.Result itemKeys;
            try (RedrawBench screen = RedrawBench.onSession(service, sets, m.meter(), last[0], size)) {
                screen.run(scroll, 3, false, 2000, 0);
                itemKeys = screen.run(scroll, 4, true, 4000, 10);
                screen.pause();
            }
            return new Measured(start, homeKeys, itemKeys);
        }
    }
}
