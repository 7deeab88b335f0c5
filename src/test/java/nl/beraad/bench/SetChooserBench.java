package nl.beraad.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.beraad.app.SessionService;
import nl.beraad.app.SetCatalog;
import nl.beraad.app.SetEntry;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.DilemmaSet;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.support.Folders;

/**
 * The set chooser of the meeting screen (N on the home page) with a folder holding the shipped sets
 * and one of 10,000 items: opening it, and ↓ ↑ across the sets, which draws a preview of each.
 * Counts how often the folder is read, beside the time.
 *
 * <p>Alone: SetChooserBench [--root DIR] (prints the numbers); BeraadBench runs it as part 5.
 */
final class SetChooserBench {
    static final int ITEMS = 10_000;

    /** What was measured: opening the page, the key presses on it, and folder reads per press. */
    record Measured(SamplesBench open, RedrawBench.Result keys, double listsPerKey, long setBytes) {
    }

    private SetChooserBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = args.length == 2 && args[0].equals("--root") ? Path.of(args[1]) : Path.of("");
        Path work = Files.createTempDirectory("beraad-sets-bench-");
        try {
            Measured m = measure(root.resolve("dilemmas"), work, new TerminalSize(80, 24));
            System.out.printf(Locale.ROOT, "set of %,d items (%,d bytes); open the chooser: median %.1f ms; "
                            + "key press: median %.2f ms, p95 %.2f ms, max %.2f ms (%d presses); folder read %.2f "
                            + "times per key%n", ITEMS, m.setBytes(), m.open().median(), m.keys().samples().median(),
                    m.keys().samples().p95(), m.keys().samples().max(), m.keys().samples().count(), m.listsPerKey());
        } finally {
            Folders.delete(work);
        }
    }

    /** A set of {@link #ITEMS} short dilemmas, as large as a set file may be (under 1 MiB). */
    static Path writeLargeSet(Path folder) throws IOException {
        StringBuilder yaml = new StringBuilder("titel: Tienduizend dilemma's\nbron: Benchmark\nitems:\n");
        for (int i = 1; i <= ITEMS; i++) {
            yaml.append("  - id: i").append(i).append("\n    titel: Dilemma ").append(i)
                    .append("\n    context: C.\n    pool_a: A.\n    pool_b: B.\n");
        }
        return Files.writeString(folder.resolve("groot.yaml"), yaml, StandardCharsets.UTF_8);
    }

    static Measured measure(Path shipped, Path work, TerminalSize size) throws Exception {
        Path folder = Files.createDirectories(work.resolve("sets"));
        try (Stream<Path> sets = Files.list(shipped)) {
            for (Path set : sets.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(set, folder.resolve(set.getFileName()));
            }
        }
        long bytes = Files.size(writeLargeSet(folder));
        AtomicInteger lists = new AtomicInteger();
        SetDirectory directory = new SetDirectory(folder);
        SetCatalog counted = new SetCatalog() {
            @Override
            public List<SetEntry> list() {
                lists.incrementAndGet();
                return directory.list();
            }

            @Override
            public DilemmaSet load(String idOrPath) {
                return directory.load(idOrPath);
            }
        };
        try (Database db = Database.open(work.resolve("db/beraad.mv.db"))) {
            MeteredStoreBench.Metered m = MeteredStoreBench.around(new JdbcSessionStore(db));
            SessionService service = new SessionService(m.store(), counted, Clock.systemUTC());
            // The large set is listed first ("groot"), so ↓ ↑ moves between its preview and the others.
            RedrawBench.Scenario chooser = new RedrawBench.Scenario("set chooser: ↓ ↑ (10,000-item set)",
                    "Kies een dilemmaset", RedrawBench.keys("n"),
                    RedrawBench.concat(RedrawBench.repeat(KeyType.ArrowDown, 5), RedrawBench.repeat(KeyType.ArrowUp, 5)),
                    List.of(RedrawBench.key(KeyType.Escape)));
            try (RedrawBench screen = RedrawBench.onHome(service, counted, m.meter(), size)) {
                SamplesBench open = SamplesBench.time(3, () -> {
                    screen.press(RedrawBench.keys("n").get(0));
                    screen.press(RedrawBench.key(KeyType.Escape));
                });
                screen.run(chooser, 2, false, 2000, 0);
                RedrawBench.Result keys = screen.run(chooser, 5, true, 6000, 10);
                // Opening the page (N) reads the folder by design; what matters is reading it per key.
                screen.press(RedrawBench.keys("n").get(0));
                int before = lists.get();
                for (var key : chooser.timed()) {
                    screen.press(key);
                }
                double perKey = (lists.get() - before) / (double) chooser.timed().size();
                screen.press(RedrawBench.key(KeyType.Escape));
                return new Measured(open, keys, perKey, bytes);
            }
        }
    }
}
