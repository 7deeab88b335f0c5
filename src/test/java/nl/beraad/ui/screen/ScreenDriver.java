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
import nl.beraad.app.SessionService;
import nl.beraad.app.SetCatalog;
import nl.beraad.content.SetDirectory;
import nl.beraad.store.Database;
import nl.beraad.store.H2SessionStore;
import nl.beraad.text.Messages;

/**
 * Drives the meeting screen on Lanterna's virtual terminal against a real database: keys go in,
 * and the test reads back the text a person would see.
 */
final class ScreenDriver implements AutoCloseable {
    final SessionService service;
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

    ScreenDriver(Path dir, int columns, int rows, String language) throws IOException {
        this(dir, columns, rows, language, new SetDirectory(Path.of("dilemmas").toAbsolutePath()));
    }

    /** The screen with the sets from a catalog of the test's own (one that counts its reads, say). */
    ScreenDriver(Path dir, int columns, int rows, String language, SetCatalog sets) throws IOException {
        this.dir = dir;
        this.sets = sets;
        database = Database.open(dir.resolve("beraad.mv.db"));
        service = new SessionService(new H2SessionStore(database), sets, Clock.systemUTC());
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
        }, nanos::get);
    }

    /** The screen as 'start' and 'resume' open it: on a session instead of the home page. */
    ScreenDriver resume(long sessionId) throws IOException {
        ui = ScreenUi.session(screen, service, sets, msg, id -> {
            Path file = dir.resolve("verslag-" + id + ".md");
            exported.add(file);
            return file;
        }, sessionId);
        ui.redraw();
        return this;
    }

    /** From the home page: a new session on the SCP set (the fourth in the list) with these participants, at item 1. */
    ScreenDriver startScpMeeting(String... names) throws IOException {
        key('n');
        for (int i = 0; i < 3; i++) {
            press(KeyType.ArrowDown);
        }
        enter();
        for (String name : names) {
            line(name);
        }
        return enter();
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

    @Override
    public void close() throws IOException {
        screen.stopScreen();
        database.close();
    }
}
