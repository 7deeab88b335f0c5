package nl.beraad.bench;

import com.googlecode.lanterna.TerminalSize;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.beraad.app.SessionQuery;
import nl.beraad.app.SessionService;
import nl.beraad.app.SetCatalog;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.SessionId;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.support.Archive;
import nl.beraad.support.Postgres;

/**
 * Part 8: the same measurements on a PostgreSQL server beside an H2 file, in one run (issue 14):
 * the large session's report export, key presses on its item page, and the sessions list at
 * thousands of sessions against a screenful. The server is the throw-away one scripts/postgres
 * starts (scripts/bench starts and removes it), found through BERAAD_TEST_PG and the variables beside it.
 */
final class PostgresqlBench {
    /** One engine's numbers. */
    record Engine(SamplesBench export, RedrawBench.Result scroll, RedrawBench.Result next, SamplesBench listFull,
                  SamplesBench listScreenful) {
    }

    private final SetCatalog sets;
    private final TerminalSize size;
    private final Path work;

    PostgresqlBench(SetCatalog sets, TerminalSize size, Path work) {
        this.sets = sets;
        this.size = size;
        this.work = work;
    }

    /** All of part 8 on one engine: on the server when {@code onServer}, else on new H2 files. */
    Engine measure(boolean onServer, int sessions) throws Exception {
        SessionId id;
        SamplesBench export;
        RedrawBench.Result scroll;
        RedrawBench.Result next;
        try (Postgres pg = server(onServer); Database db = open(pg, "large")) {
            MeteredStoreBench.Metered m = MeteredStoreBench.around(new JdbcSessionStore(db));
            SessionService service = new SessionService(m.store(), sets, Clock.systemUTC());
            id = LargeSessionBench.play(service);
            try (RedrawBench screen = RedrawBench.onSession(service, sets, m.meter(), id, size)) {
                List<RedrawBench.Scenario> pages = RedrawBench.meetingPages().subList(0, 2);
                for (RedrawBench.Scenario page : pages) {
                    service.moveTo(id, ItemNo.of(1));
                    screen.run(page, 2, false, 1500, 0); // warm-up
                }
                List<RedrawBench.Result> results = new ArrayList<>();
                for (RedrawBench.Scenario page : pages) {
                    service.moveTo(id, ItemNo.of(1));
                    results.add(screen.run(page, 3, true, 4000, 10));
                }
                scroll = results.get(0);
                next = results.get(1);
                screen.pause();
            }
            export = ReportBench.run(service, id, work, 3, 10).total();
        }
        SamplesBench full = list(onServer, "full", sessions);
        SamplesBench screenful = list(onServer, "screenful", 20);
        return new Engine(export, scroll, next, full, screenful);
    }

    /** The first page of the sessions list (what the home page and `sessions` show), warm, on a database of {@code sessions}. */
    private SamplesBench list(boolean onServer, String name, int sessions) throws Exception {
        try (Postgres pg = server(onServer); Database db = open(pg, name)) {
            SessionService service = new SessionService(new JdbcSessionStore(db), Archive.once(sets), Clock.systemUTC());
            Archive.fill(service, sessions);
            for (int i = 0; i < 20; i++) {
                service.sessions(SessionQuery.ALL, 0, 20);
            }
            return SamplesBench.time(30, () -> {
                service.countSessions(SessionQuery.ALL);
                service.sessions(SessionQuery.ALL, 0, 20);
            });
        }
    }

    /** A new database on the test server, dropped when closed; null for H2 (a try-with-resources skips it). */
    private static Postgres server(boolean onServer) throws SQLException {
        return onServer ? Postgres.fresh("part 8 cannot be measured") : null;
    }

    /** The database on the server {@code pg}, or a new H2 file named for {@code name} when there is none. */
    private Database open(Postgres pg, String name) {
        return pg == null ? Database.open(work.resolve("engines-" + name + "/beraad.mv.db")) : Database.server(pg.address());
    }
}
