package nl.beraad.bench;

import com.googlecode.lanterna.TerminalSize;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.beraad.app.SessionService;
import nl.beraad.app.SetCatalog;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.SessionId;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.support.Compacted;
import nl.beraad.support.Folders;
import nl.beraad.support.Postgres;

/**
 * Measures Beraad against the targets of DESIGN.md section 8 and prints one table: redraw per key
 * press on a large session, report export, a database with thousands of sessions against an empty
 * one, start-up, the set chooser with a set of 10,000 items, 45 phones answering at once, and the
 * database file against its compacted size. Exits 1
 * when a target is missed by far, after printing everything.
 *
 * <p>Usage: BeraadBench [--root DIR] [--sessions N] [--size COLSxROWS] [--keep] [--only phones|files|startup]
 * [--profile FILE.jfr]
 */
public final class BeraadBench {
    private static final String REDRAW = "1. Redraw per key press, large session (45 participants, 25 items, "
            + "2 rounds, 2,000 arguments)";
    private static final String EXPORT = "2. Report export, same session";
    private static final String MANY = "3. Database with %,d sessions against an empty one (a screenful: 20)";
    /** Sessions in the "empty" database: as many as the home page shows at 80x24. */
    private static final int SCREENFUL = 20;
    private static final String STARTUP = "4. Start-up (whole processes, after one untimed run each)";
    private static final String SETS = "5. Set chooser (N) with the shipped sets and one of 10,000 items";
    private static final String FILES = "7. Database file against its compacted size (SHUTDOWN COMPACT of a copy)";
    private static final String ENGINES = "8. PostgreSQL beside H2, in one run (large session; sessions list at %,d against 20)";
    private static final int MEETING_COMMITS = 5000;
    private static final String PHONES = "6. Phones: %d answering at once on each of %d items (beraad serve, its own process)";
    private static final int PHONE_MEMBERS = 45;
    private static final int PHONE_ITEMS = 25;

    private final Path root;
    private final Path work;
    private final int sessions;
    private final TerminalSize size;
    /** Only one part (--only phones, --only files), when working on it; null for all. */
    private String only;
    /** A Flight Recorder file for the serve process the phones answer (--profile), or null. */
    private Path profile;
    private final ResultTableBench table = new ResultTableBench();
    /** How long storing the many sessions took (set by the background filling, read after it). */
    private volatile double fillSeconds;
    private final PrintStream progress = System.err;

    private BeraadBench(Path root, Path work, int sessions, TerminalSize size) {
        this.root = root;
        this.work = work;
        this.sessions = sessions;
        this.size = size;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        int sessions = 5000;
        TerminalSize size = new TerminalSize(80, 24);
        boolean keep = false;
        String only = null;
        Path profile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath();
                case "--sessions" -> sessions = Integer.parseInt(args[++i]);
                case "--size" -> {
                    String[] cr = args[++i].split("x");
                    size = new TerminalSize(Integer.parseInt(cr[0]), Integer.parseInt(cr[1]));
                }
                case "--keep" -> keep = true;
                case "--profile" -> profile = Path.of(args[++i]).toAbsolutePath();
                case "--only" -> {
                    only = args[++i];
                    if (!List.of("phones", "files", "startup", "postgresql").contains(only)) {
                        throw new IllegalArgumentException("--only takes: phones, files, startup, postgresql");
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path work = Files.createTempDirectory("beraad-bench-");
        BeraadBench bench = new BeraadBench(root, work, sessions, size);
        bench.only = only;
        bench.profile = profile;
        try {
            bench.run();
        } finally {
            if (keep) {
                System.err.println("bench: kept " + work);
            } else {
                Folders.delete(work);
            }
        }
        bench.table.print(System.out);
        System.out.flush();
        System.exit(bench.table.farMiss() ? 1 : 0);
    }

    private void run() throws Exception {
        if ("phones".equals(only)) {
            phones();
            return;
        }
        if ("files".equals(only)) {
            fileSizes(fillFull());
            return;
        }
        if ("postgresql".equals(only)) {
            engines();
            return;
        }
        if ("startup".equals(only)) {
            fillFull();
            try (Database db = Database.open(largeDb())) {
                startup(LargeSessionBench.play(new SessionService(new JdbcSessionStore(db), sets(), Clock.systemUTC())));
            }
            return;
        }
        // Filling the many-sessions database is not timed against a target: it runs beside the
        // building of the large session, and every measurement waits until it is done.
        progress.printf(Locale.ROOT, "bench: filling a database with %,d sessions (in the background)...%n", sessions);
        ExecutorService background = Executors.newSingleThreadExecutor(work -> {
            Thread t = new Thread(work, "bench-fill");
            t.setDaemon(true); // a failure elsewhere must not leave the JVM waiting for the filling
            return t;
        });
        Future<ManySessionsBench.FileSizes> filled = background.submit(this::fillFull);
        background.shutdown();
        SessionId id = largeSession(filled);
        table.note("Large session database file after closing: " + megabytes(largeDb()) + ".");
        manySessions();
        startup(id);
        setChooser();
        phones();
        fileSizes(filled.get());
        engines();
    }

    /** Part 8: the report export, key presses and the sessions list on a PostgreSQL server beside H2. */
    private void engines() throws Exception {
        if (!Postgres.running()) {
            table.note("8. PostgreSQL: not measured, no test server (scripts/bench starts one where PostgreSQL is installed).");
            return;
        }
        progress.println("bench: the large session and the sessions list on H2 and on PostgreSQL...");
        PostgresqlBench bench = new PostgresqlBench(sets(), size, work);
        PostgresqlBench.Engine h2 = bench.measure(false, sessions);
        PostgresqlBench.Engine pg = bench.measure(true, sessions);
        String section = String.format(Locale.ROOT, ENGINES, sessions);
        double export = pg.export().median();
        table.add(section, "report export, read + render + write: H2 / PostgreSQL",
                ResultTableBench.ms(h2.export().median()) + " / " + ResultTableBench.ms(export) + " (medians of 10)",
                "well under 1 s (<= 500 ms)", export <= 500 ? ResultTableBench.Verdict.OK
                        : export <= 1000 ? ResultTableBench.Verdict.SLOW : ResultTableBench.Verdict.FAR);
        for (RedrawBench.Result[] key : List.of(new RedrawBench.Result[] {h2.scroll(), pg.scroll()},
                new RedrawBench.Result[] {h2.next(), pg.next()})) {
            table.add(section, key[1].scenario().name() + " on PostgreSQL", ResultTableBench.keys(key[1].samples())
                    + "  (H2: p50 " + ResultTableBench.ms(key[0].samples().median()) + ")", "every key <= 16 ms",
                    ResultTableBench.frame(key[1].samples()));
        }
        table.note("Next/previous on the item page, H2 first, then PostgreSQL:");
        breakdown(List.of(h2.next(), pg.next()));
        compare(section, "sessions list on PostgreSQL (first page and count)", pg.listScreenful(), pg.listFull());
        table.note(String.format(Locale.ROOT, "Sessions list on H2 in the same run: %s with 20 sessions, %s with %,d.",
                ResultTableBench.ms(h2.listScreenful().median()), ResultTableBench.ms(h2.listFull().median()), sessions));
    }

    /** Part 7: the file after a meeting of 5,000 commits and after thousands of sessions, against its data. */
    private void fileSizes(ManySessionsBench.FileSizes archive) throws IOException {
        progress.printf(Locale.ROOT, "bench: a meeting of %,d commits, for the size of its file...%n", MEETING_COMMITS);
        Path db = work.resolve("commits/beraad.mv.db");
        long commits;
        long open;
        long beforeClose;
        try (Database d = Database.open(db)) {
            SessionService service = new SessionService(new JdbcSessionStore(d), sets(), Clock.systemUTC());
            commits = LargeSessionBench.playCommits(d, service, MEETING_COMMITS);
            open = Files.size(db);
            beforeClose = System.nanoTime();
        }
        fileRow(String.format(Locale.ROOT, "after a meeting of %,d commits (the large session, more arguments), closed",
                commits), db, new ManySessionsBench.FileSizes(open, Files.size(db), (System.nanoTime() - beforeClose) / 1e6));
        fileRow(String.format(Locale.ROOT, "after %,d sessions made in one run, closed", sessions), fullDb(), archive);
    }

    /** At most three times the compacted size is ok; beyond ten times far off. */
    private void fileRow(String what, Path db, ManySessionsBench.FileSizes sizes) {
        long compacted = Compacted.size(db);
        double r = sizes.closed() / (double) compacted;
        table.add(FILES, what, String.format(Locale.ROOT, "%s, compacted %s (x%.1f); %s while open, close %s",
                kilobytes(sizes.closed()), kilobytes(compacted), r, kilobytes(sizes.open()),
                ResultTableBench.ms(sizes.closeMillis())), "<= 3 x compacted", r <= 3 ? ResultTableBench.Verdict.OK
                        : r <= 10 ? ResultTableBench.Verdict.SLOW : ResultTableBench.Verdict.FAR);
    }

    private static String kilobytes(long bytes) {
        return bytes >= 10_000_000 ? String.format(Locale.ROOT, "%.0f MB", bytes / 1e6)
                : String.format(Locale.ROOT, "%,d kB", (bytes + 999) / 1000);
    }

    /** Part 6: 45 phones answering at once, item after item, and what the page adds to the meeting. */
    private void phones() throws Exception {
        progress.printf(Locale.ROOT, "bench: %d phones answering on %d items...%n", PHONE_MEMBERS, PHONE_ITEMS);
        PhonesBench.Measured m = PhonesBench.measure(root, work, PHONE_MEMBERS, PHONE_ITEMS, profile);
        String section = String.format(Locale.ROOT, PHONES, PHONE_MEMBERS, PHONE_ITEMS);
        SamplesBench a = m.answers();
        double p99 = a.percentile(99);
        table.add(section, "request to 'vastgelegd' (POST answer, then the page it leads to)",
                String.format(Locale.ROOT, "p50 %s / p99 %s / max %s (n=%d)", ResultTableBench.ms(a.median()),
                        ResultTableBench.ms(p99), ResultTableBench.ms(a.max()), a.count()),
                "p99 <= 100 ms", p99 <= 100 ? ResultTableBench.Verdict.OK
                        : p99 <= 500 ? ResultTableBench.Verdict.SLOW : ResultTableBench.Verdict.FAR);
        SamplesBench acks = m.acks();
        table.add(section, "  of which the POST until its 303 (committed)", String.format(Locale.ROOT,
                "p50 %s / p99 %s / max %s", ResultTableBench.ms(acks.median()), ResultTableBench.ms(acks.percentile(99)),
                ResultTableBench.ms(acks.max())), "", ResultTableBench.Verdict.INFO);
        int answered = PHONE_MEMBERS * PHONE_ITEMS;
        table.add(section, "  processor time per answer: serve / the simulated phones", String.format(Locale.ROOT,
                "%s / %s (POST, page, and the facilitator's steps)", ResultTableBench.ms(m.serveCpuNanos() / 1e6 / answered),
                ResultTableBench.ms(m.phonesCpuNanos() / 1e6 / answered)), "", ResultTableBench.Verdict.INFO);
        table.add(section, "answers lost or doubled (vote rows counted per item)",
                String.format(Locale.ROOT, "%d lost, %d doubled, %d refused of %d", m.lost(), m.doubled(), m.refused(),
                        PHONE_MEMBERS * PHONE_ITEMS), "0",
                m.lost() + m.doubled() + m.refused() == 0 ? ResultTableBench.Verdict.OK : ResultTableBench.Verdict.FAR);
        double base = m.bareStart().median();
        table.add(section, "bare JVM (java -cp ... an empty main)", ResultTableBench.ms(base) + " median of 5",
                "yardstick", ResultTableBench.Verdict.INFO);
        double serve = m.serveStart().median();
        double servePrompt = m.servePrompt().median();
        double line = m.lineStart().median();
        int starts = PhonesBench.STARTS;
        table.add(section, "scripts/beraad serve: start to address and code", String.format(Locale.ROOT,
                "%s median of %d (x%.1f bare JVM)", ResultTableBench.ms(serve), starts, serve / base), "",
                ResultTableBench.Verdict.INFO);
        table.add(section, "scripts/beraad serve: start to first prompt", String.format(Locale.ROOT,
                "%s median of %d (x%.1f bare JVM)", ResultTableBench.ms(servePrompt), starts, servePrompt / base), "",
                ResultTableBench.Verdict.INFO);
        table.add(section, "scripts/beraad resume --plain: start to first prompt", String.format(Locale.ROOT,
                "%s median of %d (x%.1f bare JVM)", ResultTableBench.ms(line), starts, line / base), "",
                ResultTableBench.Verdict.INFO);
        table.add(section, "  start-up the page adds (serve less resume, to the first prompt)", String.format(Locale.ROOT,
                "%s (x%.1f bare JVM)", ResultTableBench.ms(servePrompt - line), (servePrompt - line) / base), "",
                ResultTableBench.Verdict.INFO);
        table.add(section, "resident memory: bare JVM / line mode / serve idle", String.format(Locale.ROOT,
                "%s / %s (x%.1f) / %s (x%.1f)", mb(m.bareKb()), mb(m.lineKb()), m.lineKb() / (double) m.bareKb(),
                mb(m.serveIdleKb()), m.serveIdleKb() / (double) m.bareKb()), "", ResultTableBench.Verdict.INFO);
        table.add(section, "  memory the page adds (serve after the items, less line mode)", String.format(Locale.ROOT,
                "%s (x%.1f bare JVM)", mb(m.serveAfterKb() - m.lineKb()), (m.serveAfterKb() - m.lineKb()) / (double) m.bareKb()),
                "", ResultTableBench.Verdict.INFO);
        table.add(section, "peak resident memory of serve (VmHWM)", mb(m.servePeakKb()), "<= 128 MB",
                m.servePeakKb() <= 128 * 1024 ? ResultTableBench.Verdict.OK : ResultTableBench.Verdict.SLOW);
        table.note("Phones: plain HTTP clients with their own cookie (support/Phone), served by scripts/beraad serve "
                + "--wait on loopback; they join one by one, 0.1 s apart (a room takes minutes), while the page "
                + "rehearses on a scratch database; then all answer at once, item after item. Line mode stands for the meeting the page is added to (the screen runs it the "
                + "same way). Memory is the resident set from /proc (0 where there is none).");
    }

    private static String mb(long kb) {
        return String.format(Locale.ROOT, "%.1f MB", kb / 1024.0);
    }

    /** Part 5: the set chooser previews sets; a very large one must not slow every key press. */
    private void setChooser() throws Exception {
        progress.println("bench: the set chooser with a set of 10,000 items...");
        SetChooserBench.Measured m = SetChooserBench.measure(root.resolve("dilemmas"), work.resolve("sets-bench"), size);
        table.add(SETS, "open the page (N, Esc): reads and checks every set",
                ResultTableBench.ms(m.open().median()) + " median of 3", "well under 1 s",
                m.open().median() <= 1000 ? ResultTableBench.Verdict.OK : ResultTableBench.Verdict.SLOW);
        table.add(SETS, "key press on the page (↓ ↑)", ResultTableBench.keys(m.keys().samples()), "every key <= 16 ms",
                ResultTableBench.frame(m.keys().samples()));
        table.note(String.format(Locale.ROOT, "Set chooser: the set file is %,d bytes; the folder is read %.1f times "
                + "per key press (once when the page opens).", m.setBytes(), m.listsPerKey()));
    }

    /** The shipped sets, with the large session's set of 25 items beside them. */
    private SetCatalog sets() {
        return LargeSessionBench.catalog(root.resolve("dilemmas"));
    }

    private Path fullDb() {
        return work.resolve("full/beraad.mv.db");
    }

    /** Stores the small sessions and closes the database, as Beraad closes it; says how long it took. */
    private ManySessionsBench.FileSizes fillFull() throws IOException {
        long start = System.nanoTime();
        ManySessionsBench.FileSizes sizes = ManySessionsBench.fill(fullDb(),
                sets(), sessions);
        fillSeconds = (System.nanoTime() - start) / 1e9;
        return sizes;
    }

    /** Parts 1 and 2 on the large session; returns its id (the database is closed afterwards). */
    private SessionId largeSession(Future<ManySessionsBench.FileSizes> filled) throws Exception {
        SetCatalog sets = sets();
        try (Database db = Database.open(largeDb())) {
            MeteredStoreBench.Metered m = MeteredStoreBench.around(new JdbcSessionStore(db));
            SessionService service = new SessionService(m.store(), sets, Clock.systemUTC());
            progress.println("bench: playing the large session through the service...");
            long start = System.nanoTime();
            SessionId id = LargeSessionBench.play(service);
            table.note(String.format(Locale.ROOT, "Large session played through SessionService in %.1f s (beside the "
                    + "filling); database file %s while open.", (System.nanoTime() - start) / 1e9, megabytes(largeDb())));
            progress.println("bench: waiting for the filling to finish...");
            filled.get();
            table.note(String.format(Locale.ROOT, "%,d small sessions stored through SessionService in %.1f s (beside "
                    + "the large session).", sessions, fillSeconds));

            progress.println("bench: pressing keys on the meeting screen (" + size.getColumns() + "x"
                    + size.getRows() + ")...");
            List<RedrawBench.Result> results = new ArrayList<>();
            try (RedrawBench screen = RedrawBench.onSession(service, sets, m.meter(), id, size)) {
                List<RedrawBench.Scenario> pages = RedrawBench.meetingPages();
                // Every page starts on item 1 (a dilemma with two revealed rounds), even when the one
                // before it was cut short by its time budget on another item.
                for (RedrawBench.Scenario page : pages) {
                    service.moveTo(id, ItemNo.of(1));
                    screen.run(page, 2, false, 1500, 0); // warm-up: loads classes and lets the JIT compile
                }
                for (RedrawBench.Scenario page : pages) {
                    service.moveTo(id, ItemNo.of(1));
                    results.add(screen.run(page, rounds(page), true, 4000, 10));
                }
                screen.pause();
            }
            for (RedrawBench.Result r : results) {
                table.add(REDRAW, r.scenario().name(), ResultTableBench.keys(r.samples()), "every key <= 16 ms",
                        ResultTableBench.frame(r.samples()));
            }
            breakdown(results);

            progress.println("bench: exporting the report...");
            ReportBench.Result report = ReportBench.run(service, id, work, 3, 10);
            double median = report.total().median();
            table.add(EXPORT, "read + render + write (" + report.chars() / 1000 + " kB)",
                    ResultTableBench.ms(median) + " median of 10", "well under 1 s (<= 500 ms)",
                    median <= 500 ? ResultTableBench.Verdict.OK : median <= 1000 ? ResultTableBench.Verdict.SLOW
                            : ResultTableBench.Verdict.FAR);
            table.add(EXPORT, "  of which service.record(id)", ResultTableBench.ms(report.read().median()), "",
                    ResultTableBench.Verdict.INFO);
            table.add(EXPORT, "  of which MarkdownReport.render", ResultTableBench.ms(report.render().median()), "",
                    ResultTableBench.Verdict.INFO);
            exportRow("render, anonymous (names replaced in every text)", report.anonymous());
            exportRow("render as HTML", report.html());
            return id;
        }
    }

    /** A render that must also stay well under a second on the large session. */
    private void exportRow(String what, SamplesBench samples) {
        double median = samples.median();
        table.add(EXPORT, what, ResultTableBench.ms(median) + " median of 10", "well under 1 s (<= 500 ms)",
                median <= 500 ? ResultTableBench.Verdict.OK : median <= 1000 ? ResultTableBench.Verdict.SLOW
                        : ResultTableBench.Verdict.FAR);
    }

    /** Enough rounds for about 100 timed key presses per page. */
    private static int rounds(RedrawBench.Scenario page) {
        return Math.max(2, (100 + page.timed().size() - 1) / page.timed().size());
    }

    /** Per page: how much of a key press is spent in the store, and in which calls. */
    private void breakdown(List<RedrawBench.Result> results) {
        table.note("Where a key press goes (per key, averaged; store = SessionStore calls made by the page):");
        for (RedrawBench.Result r : results) {
            int presses = r.samples().count();
            StringBuilder calls = new StringBuilder();
            for (Map.Entry<String, long[]> e : MeteredStoreBench.byTime(r.store())) {
                if (calls.length() > 0) {
                    calls.append(", ");
                }
                calls.append(String.format(Locale.ROOT, "%s x%.1f %.2f ms", e.getKey(), e.getValue()[0] / (double) presses,
                        e.getValue()[1] / 1e6 / presses));
            }
            table.note(String.format(Locale.ROOT, "  %-42s %5.1f ms/key, %3.0f%% in store: %s", r.scenario().name(),
                    r.nanos() / 1e6 / presses, 100 * r.storeShare(), calls));
        }
    }

    /** Part 3: the same actions on an empty database and on one with thousands of sessions. */
    private void manySessions() throws Exception {
        SetCatalog sets = sets();
        Path empty = work.resolve("empty/beraad.mv.db");
        Path full = fullDb();
        // The "empty" one holds a screenful of sessions, so both home pages draw the same rows and only
        // the size of the database differs.
        ManySessionsBench.fill(empty, sets, SCREENFUL);
        progress.println("bench: comparing the empty and the full database...");
        List<SamplesBench> open = ManySessionsBench.openAndList(List.of(empty, full), sets, 5);
        // The full database first: if anything gets warmer as the run goes on, it favours the empty one.
        ManySessionsBench.Measured f = ManySessionsBench.measure(full, sets, size, 5);
        ManySessionsBench.Measured e = ManySessionsBench.measure(empty, sets, size, 5);
        String section = String.format(Locale.ROOT, MANY, sessions);
        compare(section, "open database + home page list", open.get(0), open.get(1));
        compare(section, "start a new session", e.start(), f.start());
        compareKeys(section, "key press on the home page (↓ ↑)", e.homeKeys(), f.homeKeys());
        compareKeys(section, "key press on the item page (scroll)", e.itemKeys(), f.itemKeys());
    }

    /** As fast as an empty database: at most 1.5 times its median plus 2 ms; far off at 10 times. */
    private void compare(String section, String what, SamplesBench empty, SamplesBench full) {
        double a = empty.median();
        double b = full.median();
        ResultTableBench.Verdict v = b <= 1.5 * a + 2 ? ResultTableBench.Verdict.OK
                : b <= 10 * a ? ResultTableBench.Verdict.SLOW : ResultTableBench.Verdict.FAR;
        table.add(section, what, String.format(Locale.ROOT, "empty %s, full %s (x%.1f)", ResultTableBench.ms(a),
                ResultTableBench.ms(b), b / a), "full <= 1.5 x empty + 2 ms", v);
    }

    /** A key press: as fast as on an empty database, and within a frame on both. */
    private void compareKeys(String section, String what, RedrawBench.Result empty, RedrawBench.Result full) {
        double a = empty.samples().median();
        double b = full.samples().median();
        ResultTableBench.Verdict v = ResultTableBench.frame(full.samples()) == ResultTableBench.Verdict.FAR
                ? ResultTableBench.Verdict.FAR
                : b <= 1.5 * a + 2 && ResultTableBench.frame(full.samples()) == ResultTableBench.Verdict.OK
                ? ResultTableBench.Verdict.OK : ResultTableBench.Verdict.SLOW;
        table.add(section, what, String.format(Locale.ROOT, "empty %s, full %s (x%.1f); full p95 %s max %s",
                ResultTableBench.ms(a), ResultTableBench.ms(b), b / a, ResultTableBench.ms(full.samples().p95()),
                ResultTableBench.ms(full.samples().max())), "as empty, every key <= 16 ms", v);
        String calls = MeteredStoreBench.byTime(full.store()).stream().limit(2)
                .map(x -> String.format(Locale.ROOT, "%s %.2f ms", x.getKey(),
                        x.getValue()[1] / 1e6 / full.samples().count()))
                .reduce((x, y) -> x + ", " + y).orElse("-");
        table.note(String.format(Locale.ROOT, "  full database, %-36s store per key: %s", what, calls));
    }

    /**
     * Part 4: whole processes against a bare JVM started the same way (the launcher's JVM options),
     * each run paired with a bare run just before it; the ratio per pair, its median and spread.
     */
    private void startup(SessionId largeSessionId) throws Exception {
        progress.println("bench: timing start-up and exports...");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String launcher = root.resolve("scripts/beraad").toString();
        Path dir = Files.createDirectories(work.resolve("startup"));
        List<String> bare = List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp",
                root.resolve("target/test-classes").toString(), BareJvmBench.class.getName());
        String one = dir.resolve("start.mv.db").toString();
        StartupBench.time(List.of(launcher, "--db", one, "start", "--set", "scp-dilemmas-2022", "--plain"), dir, 0, 1);

        StartupBench.Paired version = StartupBench.paired(bare, List.of(launcher, "--version"), dir, 1, 5);
        table.add(STARTUP, "bare JVM (java -cp ... an empty main, the launcher's JVM options)",
                ResultTableBench.ms(version.yardstick().median()) + " median of 5", "yardstick", ResultTableBench.Verdict.INFO);
        startupRow("scripts/beraad --version", version);
        startupRow("scripts/beraad sessions (one session; opens the H2 database)",
                StartupBench.paired(bare, List.of(launcher, "--db", one, "sessions"), dir, 1, 5));
        startupRow("scripts/beraad sets list", StartupBench.paired(bare, List.of(launcher, "--db", one, "sets", "list"), dir, 1, 5));
        startupRow("scripts/beraad (meeting screen, 80x24): until the home page is drawn",
                StartupBench.pairedUntilShown(bare, List.of(launcher, "--db", one), "nieuwe sessie", dir, 1, 5));
        floor(java, bare, one, dir);

        StartupBench.Paired archive = StartupBench.paired(List.of(launcher, "--db", one, "sessions"),
                List.of(launcher, "--db", fullDb().toString(), "sessions"), dir, 1, 5);
        double grows = archive.ratio();
        table.add(STARTUP, String.format(Locale.ROOT, "scripts/beraad sessions: %,d sessions against one", sessions),
                archive.ratioText(), "<= 1.2 x", grows <= 1.2 ? ResultTableBench.Verdict.OK
                        : grows <= 2 ? ResultTableBench.Verdict.SLOW : ResultTableBench.Verdict.FAR);

        for (String format : List.of("md", "html", "csv", "json")) {
            StartupBench.Paired export = StartupBench.paired(bare, List.of(launcher, "--db", largeDb().toString(), "report",
                    String.valueOf(largeSessionId), "--format", format, "-o", dir.resolve("verslag." + format).toString()),
                    dir, 1, 3);
            double ms = export.command().median();
            table.add(STARTUP, "scripts/beraad report --format " + format + " -o (large session)",
                    String.format(Locale.ROOT, "%s median of 3 (%s bare JVM)", ResultTableBench.ms(ms), export.ratioText()),
                    "<= 500 ms", ms <= 500 ? ResultTableBench.Verdict.OK
                            : ms <= 1000 ? ResultTableBench.Verdict.SLOW : ResultTableBench.Verdict.FAR);
            peakRow("  peak resident memory of report --format " + format, export);
        }
    }

    /**
     * The floor under the rows above: picocli and H2 doing their least (see {@link FloorBench}) with
     * the launcher's JVM options and class-data archive, and none of Beraad's code. When this floor is
     * above 4 times a bare JVM, no change to Beraad's own code can bring `sessions` within 4 times.
     */
    private void floor(String java, List<String> bare, String db, Path dir) throws Exception {
        Path archive;
        try (var archives = Files.list(root.resolve("target"))) {
            archive = archives.filter(f -> f.getFileName().toString().matches("beraad-.*\\.jsa"))
                    .max(Comparator.comparingLong(f -> f.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("the launcher made no class-data archive in target/"));
        }
        List<String> probe = List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx96m", "-Xmn24m",
                "-Xshare:auto", "-XX:SharedArchiveFile=" + archive, "-cp",
                root.resolve("target/beraad.jar") + File.pathSeparator + root.resolve("target/test-classes"),
                FloorBench.class.getName());
        floorRow("  floor: picocli alone (one subcommand, built in code, parsed)",
                StartupBench.paired(bare, probe, dir, 1, 5));
        List<String> withH2 = new ArrayList<>(probe);
        withH2.addAll(List.of("h2", db));
        floorRow("  floor: picocli, then H2 opening the file read-only for one query",
                StartupBench.paired(bare, withH2, dir, 1, 5));
    }

    private void floorRow(String what, StartupBench.Paired p) {
        table.add(STARTUP, what, String.format(Locale.ROOT, "%s median; %s bare JVM", ResultTableBench.ms(p.command().median()),
                p.ratioText()), "(no Beraad code)", ResultTableBench.Verdict.INFO);
    }

    /** Within a few times a bare JVM's start: up to 4 times is ok, beyond 10 times far off. */
    private void startupRow(String what, StartupBench.Paired p) {
        double r = p.ratio();
        ResultTableBench.Verdict v = r <= 4 ? ResultTableBench.Verdict.OK
                : r <= 10 ? ResultTableBench.Verdict.SLOW : ResultTableBench.Verdict.FAR;
        table.add(STARTUP, what, String.format(Locale.ROOT, "%s median; %s bare JVM", ResultTableBench.ms(p.command().median()),
                p.ratioText()), "<= 4 x bare JVM", v);
    }

    /** The highest peak resident memory of a command's runs, against the design's 128 MB. */
    private void peakRow(String what, StartupBench.Paired p) {
        long kb = p.maxPeakKb();
        table.add(STARTUP, what, kb == 0 ? "- (no /usr/bin/time here)" : mb(kb) + " (highest of " + p.peakKb().length + ")",
                "<= 128 MB", kb == 0 ? ResultTableBench.Verdict.INFO
                        : kb <= 128 * 1024 ? ResultTableBench.Verdict.OK : ResultTableBench.Verdict.SLOW);
    }

    private static String megabytes(Path file) throws IOException {
        return String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1e6);
    }

    private Path largeDb() {
        return work.resolve("large/beraad.mv.db");
    }
}
