package nl.beraad.ui.screen;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.beraad.app.Boards;
import nl.beraad.app.PhonePage;
import nl.beraad.app.PhoneService;
import nl.beraad.app.SessionService;
import nl.beraad.app.SetCatalog;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.SessionId;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.text.Messages;

/**
 * Drives the meeting screen on Lanterna's virtual terminal against a real database: keys go in,
 * and the test reads back the text a person would see.
 */
final class ScreenDriver implements AutoCloseable {
    final SessionService service;
    /** What phones do, on the same database and change port as {@link #service}. */
    final PhoneService phones;
    /** The vote page the phones key starts; null (the default) as where none can be served. */
    private PhonePage phonePage;
    /** The screen's own loop, while it runs on a thread of its own (see {@link #live()}). */
    private Thread loop;
    private final java.util.concurrent.atomic.AtomicReference<Throwable> loopFailed =
            new java.util.concurrent.atomic.AtomicReference<>();
    final List<Path> exported = new ArrayList<>();
    private final Database database;
    private final DefaultVirtualTerminal terminal;
    private final TerminalScreen screen;
    private ScreenUi ui;
    private final Path dir;
    private final SetCatalog sets;
    private final Messages msg;
    /** The clock the timers read, in nanoseconds; tests move it on. */
    final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();
    /** How often the terminal's bell rang. */
    final java.util.concurrent.atomic.AtomicInteger bells = new java.util.concurrent.atomic.AtomicInteger();

    /** A connection of the test's own to where this driver's sessions are: the H2 file in its folder, or the server. */
    java.sql.Connection jdbc() throws java.sql.SQLException {
        // The H2 file in the folder, or the server of a test run on PostgreSQL (OnPostgresql), as Beraad's.
        return new nl.beraad.support.Beraad(dir).jdbc();
    }

    ScreenDriver(Path dir, int columns, int rows, String language) throws IOException {
        this(dir, columns, rows, language, new SetDirectory(Path.of("dilemmas").toAbsolutePath()));
    }

    /** The screen with the sets from a catalog of the test's own (one that counts its reads, say). */
    ScreenDriver(Path dir, int columns, int rows, String language, SetCatalog sets) throws IOException {
        // Boards optional, also on a test's PostgreSQL server: the screen tests run there unchanged, and
        // BoardOnTheScreenTest tries the rule of the server (every session names its board).
        this(dir, columns, rows, language, sets, Boards.OPTIONAL);
    }

    /** The screen on a service with these rules for boards. */
    ScreenDriver(Path dir, int columns, int rows, String language, SetCatalog sets, Boards boards) throws IOException {
        this(dir, columns, rows, language, sets, boards, null);
    }

    /** The screen on a service that signs finished sessions with this key (issue 15). */
    ScreenDriver(Path dir, java.util.function.Supplier<nl.beraad.app.Signer> signer) throws IOException {
        this(dir, 80, 24, "nl", new SetDirectory(Path.of("dilemmas").toAbsolutePath()), Boards.OPTIONAL, signer);
    }

    private ScreenDriver(Path dir, int columns, int rows, String language, SetCatalog sets, Boards boards,
                         java.util.function.Supplier<nl.beraad.app.Signer> signer) throws IOException {
        this.dir = dir;
        this.sets = sets;
        database = new nl.beraad.support.Beraad(dir).database();
        JdbcSessionStore store = new JdbcSessionStore(database);
        service = new SessionService(store, sets, Clock.systemUTC(), boards, signer);
        phones = new PhoneService(service, store, Clock.systemUTC());
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        terminal.addVirtualTerminalListener(new com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener() {
            @Override
            public void onFlush() {
            }

            @Override
            public void onBell() {
                bells.incrementAndGet();
            }

            @Override
            public void onClose() {
            }

            @Override
            public void onResized(com.googlecode.lanterna.terminal.Terminal t, TerminalSize size) {
            }
        });
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        msg = Messages.forLanguage(language);
        ui = ScreenUi.home(screen, service, sets, msg, id -> {
            Path file = dir.resolve("verslag-" + id + ".md");
            exported.add(file);
            return file;
        }, nanos::get).phones(phones).phonePage(phonePage);
    }

    /** The screen as 'start' and 'resume' open it: on a session instead of the home page. */
    ScreenDriver resume(SessionId sessionId) throws IOException {
        ui = ScreenUi.session(screen, service, sets, msg, id -> {
            Path file = dir.resolve("verslag-" + id + ".md");
            exported.add(file);
            return file;
        }, sessionId).phones(phones).phonePage(phonePage);
        ui.redraw();
        return this;
    }

    /** Lets the phones key start this vote page (a fake one in a test). */
    ScreenDriver phonePage(PhonePage page) {
        phonePage = page;
        ui.phonePage(page);
        return this;
    }

    /**
     * Runs the screen's own loop on a thread of its own, as Beraad does, so that what changes
     * elsewhere (a phone) is drawn without a key; keys then go in through {@link #typeLive}.
     */
    ScreenDriver live() throws InterruptedException {
        loop = new Thread(() -> {
            try {
                ui.run();
            } catch (Throwable e) {
                loopFailed.set(e);
            }
        }, "screen-loop");
        loop.start();
        // Returns once the loop reads keys (the help opens and closes), so what a test does next
        // happens while it runs, not before its first frame.
        typeLive(new KeyStroke(KeyType.F1));
        waitFor(d -> d.text().contains(" Toetsen ") || d.text().contains(" Keys "), "the help", 5000);
        typeLive(new KeyStroke(KeyType.F1));
        waitFor(d -> !d.text().contains(" Toetsen ") && !d.text().contains(" Keys "), "no help", 5000);
        return this;
    }

    /** A key put in the terminal's input, for the running loop to read. */
    ScreenDriver typeLive(KeyStroke key) {
        terminal.addInput(key);
        return this;
    }

    /** Ends the loop started by {@link #live()} as the end of input does, and waits for it. */
    ScreenDriver stopLive() throws InterruptedException {
        terminal.addInput(new KeyStroke(KeyType.EOF));
        loop.join(10_000);
        if (loop.isAlive()) {
            throw new AssertionError("the screen's loop did not end");
        }
        if (loopFailed.get() != null) {
            throw new AssertionError("the screen's loop failed", loopFailed.get());
        }
        loop = null;
        return this;
    }

    /**
     * Milliseconds until the screen shows {@code text}, reading the terminal as a person would,
     * without a key; fails after {@code millis}.
     */
    long waitFor(String text, long millis) throws InterruptedException {
        return waitFor(d -> d.text().contains(text), "'" + text + "'", millis);
    }

    /**
     * The screen's text once it has stopped changing (the same for 100 ms): a frame being drawn
     * while the loop runs is read whole, not half.
     */
    String settledText() throws InterruptedException {
        String before = text();
        while (true) {
            Thread.sleep(100);
            String now = text();
            if (now.equals(before)) {
                return now;
            }
            before = now;
        }
    }

    /** Milliseconds until the screen is as {@code shown} says, without a key; fails after {@code millis}. */
    long waitFor(java.util.function.Predicate<ScreenDriver> shown, String what, long millis) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + millis * 1_000_000;
        while (!shown.test(this)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not on the screen within " + millis + " ms: " + what + "\n" + text());
            }
            Thread.sleep(5);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** From the home page: a new session on the SCP set (the fourth in the list) with these participants, at item 1. */
    ScreenDriver startScpMeeting(String... names) throws IOException {
        chooseScpSet().enter();
        for (String name : names) {
            line(name);
        }
        return enter();
    }

    /** From the home page to the set page, with the SCP set (the fourth) chosen but not started. */
    ScreenDriver chooseScpSet() throws IOException {
        key('n');
        for (int i = 0; i < 3; i++) {
            press(KeyType.ArrowDown);
        }
        return this;
    }

    /** Shows the first page (what run() does before it reads a key). */
    ScreenDriver open() throws IOException {
        ui.redraw();
        return this;
    }

    ScreenDriver press(KeyType type) throws IOException {
        ui.press(new KeyStroke(type));
        return this;
    }

    ScreenDriver key(char c) throws IOException {
        ui.press(new KeyStroke(c, false, false));
        return this;
    }

    ScreenDriver type(String text) throws IOException {
        for (char c : text.toCharArray()) {
            key(c);
        }
        return this;
    }

    /**
     * Puts every character of {@code text} in the terminal's input at once, as a paste arrives, and
     * lets the screen's own loop (run) read them, up to an end-of-input mark after them.
     */
    /** Makes the screen's frame this long: 0 acts out a machine that draws after every key. */
    ScreenDriver frame(long nanos) {
        ui.frame(nanos);
        return this;
    }

    ScreenDriver paste(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            terminal.addInput(new KeyStroke(text.charAt(i), false, false));
        }
        terminal.addInput(new KeyStroke(KeyType.EOF));
        ui.run();
        return this;
    }

    ScreenDriver enter() throws IOException {
        return press(KeyType.Enter);
    }

    /** Typed text followed by Enter. */
    ScreenDriver line(String text) throws IOException {
        return type(text).enter();
    }

    ScreenDriver ctrl(char c) throws IOException {
        ui.press(new KeyStroke(c, true, false));
        return this;
    }

    /** Lets time pass, as run() would while nobody types. */
    ScreenDriver wait(int seconds) throws IOException {
        nanos.addAndGet(seconds * 1_000_000_000L);
        ui.idle();
        return this;
    }

    ScreenDriver resize(int columns, int rows) throws IOException {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        ui.redraw();
        return this;
    }

    /** Where the terminal's cursor stands as "column,row", or "hidden". */
    String cursor() {
        if (!terminal.isCursorVisible()) {
            return "hidden";
        }
        return terminal.getCursorPosition().getColumn() + "," + terminal.getCursorPosition().getRow();
    }

    boolean isOpen() {
        return ui.isOpen();
    }

    /** The screen as rows of text, trailing spaces removed. */
    List<String> rows() {
        List<String> rows = new ArrayList<>();
        TerminalSize size = terminal.getTerminalSize();
        for (int r = 0; r < size.getRows(); r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < size.getColumns(); c++) {
                row.append(terminal.getCharacter(c, r).getCharacterString());
            }
            rows.add(row.toString().stripTrailing());
        }
        return rows;
    }

    /** The character cell at a place, with its colours and modifiers. */
    com.googlecode.lanterna.TextCharacter at(int column, int row) {
        return terminal.getCharacter(column, row);
    }

    String text() {
        return String.join("\n", rows());
    }

    /** Saves what the terminal shows as a PNG (the README's pictures). */
    void picture(Path png) throws IOException {
        nl.beraad.support.TerminalPicture.write(terminal, png);
    }

    @Override
    public void close() throws IOException {
        if (loop != null) {
            try {
                stopLive();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        screen.stopScreen();
        database.close();
    }
}
