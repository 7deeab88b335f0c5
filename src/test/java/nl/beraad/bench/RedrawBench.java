package nl.beraad.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.beraad.app.SessionService;
import nl.beraad.app.SetCatalog;
import nl.beraad.domain.SessionId;
import nl.beraad.text.Messages;
import nl.beraad.ui.screen.ScreenUi;

/**
 * Times key presses on the real full-screen UI, drawn on Lanterna's virtual terminal. Each timed
 * press is {@link ScreenUi#press}, the method ScreenUi.run() calls for every key it reads: the page
 * handles the key (storing any change), the page is drawn and the screen refreshed. So the time is
 * from the key to the finished redraw, without reading the key from a terminal or writing the bytes
 * to a real one.
 */
final class RedrawBench implements AutoCloseable {
    private final DefaultVirtualTerminal terminal;
    private final TerminalScreen screen;
    private final ScreenUi ui;
    private final MeteredStoreBench meter;

    /** A page: keys that open it (not timed), keys timed on it, keys that leave it (not timed). */
    record Scenario(String name, String expect, List<KeyStroke> enter, List<KeyStroke> timed, List<KeyStroke> leave) {
    }

    /** The timings of a scenario, and the store calls its timed presses made. */
    record Result(Scenario scenario, SamplesBench samples, Map<String, long[]> store, long nanos) {
        double storeShare() {
            return nanos == 0 ? 0 : (double) MeteredStoreBench.nanos(store) / nanos;
        }
    }

    private RedrawBench(DefaultVirtualTerminal terminal, TerminalScreen screen, ScreenUi ui, MeteredStoreBench meter) {
        this.terminal = terminal;
        this.screen = screen;
        this.ui = ui;
        this.meter = meter;
    }

    /** The screen on a session's current item, as 'beraad resume' opens it. */
    static RedrawBench onSession(SessionService service, SetCatalog sets, MeteredStoreBench meter, SessionId sessionId,
                                 TerminalSize size) throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(size);
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        ScreenUi ui = ScreenUi.session(screen, service, sets, Messages.forLanguage("nl"), RedrawBench::noExport,
                sessionId);
        ui.redraw();
        return new RedrawBench(terminal, screen, ui, meter);
    }

    /** The screen on the home page, as a bare 'beraad' opens it. */
    static RedrawBench onHome(SessionService service, SetCatalog sets, MeteredStoreBench meter, TerminalSize size)
            throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(size);
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        ScreenUi ui = ScreenUi.home(screen, service, sets, Messages.forLanguage("nl"), RedrawBench::noExport);
        ui.redraw();
        return new RedrawBench(terminal, screen, ui, meter);
    }

    private static Path noExport(SessionId sessionId) {
        throw new IllegalStateException("the benchmark does not export from the screen");
    }

    /** The pages of a meeting, each with the keys a facilitator presses there; starts and ends on the item page. */
    static List<Scenario> meetingPages() {
        List<Scenario> pages = new ArrayList<>();
        pages.add(new Scenario("item page: scroll (↓ ↑)", "Item ", List.of(),
                concat(repeat(KeyType.ArrowDown, 8), repeat(KeyType.ArrowUp, 8)), List.of()));
        pages.add(new Scenario("item page: next/previous (→ ←)", "Item ", List.of(),
                concat(repeat(KeyType.ArrowRight, LargeSessionBench.ITEMS - 1),
                        repeat(KeyType.ArrowLeft, LargeSessionBench.ITEMS - 1)), List.of()));
        String argument = "José Öztürk: wie geen netwerk heeft valt ertussen";
        pages.add(new Scenario("discussion page: typing an argument", "Gesprek · item", keys("a"),
                concat(keys(argument), List.of(ctrl('u'))), List.of(key(KeyType.Escape))));
        String addition = " Aanvulling: ook de wachttijden volgen.";
        pages.add(new Scenario("conclusion page: typing (each key stored)", "Conclusie bij item", keys("c"),
                concat(keys(addition), repeat(KeyType.Backspace, addition.length())), List.of(key(KeyType.Escape))));
        pages.add(new Scenario("reveal page: U shows the result", "Uitslag item", List.of(), keys("u"),
                List.of(key(KeyType.Escape))));
        pages.add(new Scenario("overview page: ↓ ↑", "Overzicht:", keys("v"),
                concat(repeat(KeyType.ArrowDown, LargeSessionBench.ITEMS - 1),
                        repeat(KeyType.ArrowUp, LargeSessionBench.ITEMS - 1)), List.of(key(KeyType.Escape))));
        String name = "Nieuwe Deelnemer";
        pages.add(new Scenario("participants page: ↓ ↑ and typing", "Deelnemers:", keys("d"),
                concat(repeat(KeyType.ArrowDown, 10), keys(name), repeat(KeyType.Backspace, name.length()),
                        repeat(KeyType.ArrowUp, 10)), List.of(key(KeyType.Escape))));
        return pages;
    }

    /**
     * Runs a scenario up to {@code rounds} times, stopping early once {@code budgetMillis} have passed
     * and at least {@code minSamples} presses were timed (a slow page would otherwise take minutes).
     * With {@code record} false it only warms up.
     */
    Result run(Scenario s, int rounds, boolean record, long budgetMillis, int minSamples) throws IOException {
        SamplesBench samples = new SamplesBench();
        Map<String, long[]> store = new TreeMap<>();
        long total = 0;
        long deadline = System.nanoTime() + budgetMillis * 1_000_000;
        int presses = 0;
        for (int round = 0; round < rounds; round++) {
            for (KeyStroke k : s.enter()) {
                ui.press(k);
            }
            for (KeyStroke k : s.timed()) {
                if (System.nanoTime() > deadline && presses >= minSamples) {
                    break;
                }
                meter.reset();
                long start = System.nanoTime();
                ui.press(k);
                long took = System.nanoTime() - start;
                presses++;
                if (record) {
                    samples.add(took);
                    total += took;
                    MeteredStoreBench.addTo(store, meter.snapshot());
                }
            }
            check(s);
            for (KeyStroke k : s.leave()) {
                ui.press(k);
            }
            if (System.nanoTime() > deadline && presses >= minSamples) {
                break;
            }
        }
        return new Result(s, samples, store, total);
    }

    /** Makes sure the keys reached the page meant, so the benchmark never times the wrong screen. */
    private void check(Scenario s) {
        String top = row(0);
        if (!top.contains(s.expect())) {
            throw new IllegalStateException("benchmark '" + s.name() + "' expected a page with '" + s.expect()
                    + "' but the screen shows:\n" + text());
        }
    }

    String row(int r) {
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < terminal.getTerminalSize().getColumns(); c++) {
            row.append(terminal.getCharacter(c, r).getCharacterString());
        }
        return row.toString().stripTrailing();
    }

    String text() {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < terminal.getTerminalSize().getRows(); r++) {
            rows.add(row(r));
        }
        return String.join("\n", rows);
    }

    static KeyStroke key(KeyType type) {
        return new KeyStroke(type);
    }

    static KeyStroke ctrl(char c) {
        return new KeyStroke(c, true, false);
    }

    static List<KeyStroke> keys(String typed) {
        return typed.chars().mapToObj(c -> new KeyStroke((char) c, false, false)).toList();
    }

    static List<KeyStroke> repeat(KeyType type, int times) {
        return Collections.nCopies(times, key(type));
    }

    @SafeVarargs
    static List<KeyStroke> concat(List<KeyStroke>... parts) {
        List<KeyStroke> all = new ArrayList<>();
        for (List<KeyStroke> p : parts) {
            all.addAll(p);
        }
        return all;
    }

    /** One key press, untimed (timing is the caller's). */
    void press(KeyStroke key) throws IOException {
        ui.press(key);
    }

    /** Escape on the item page: back to the home page, which lets go of the session. */
    void pause() throws IOException {
        ui.press(key(KeyType.Escape));
    }

    @Override
    public void close() throws IOException {
        screen.stopScreen();
    }
}
