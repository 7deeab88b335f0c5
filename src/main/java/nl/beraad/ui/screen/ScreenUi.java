package nl.beraad.ui.screen;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import nl.beraad.app.PhonePage;
import nl.beraad.app.PhoneService;
import nl.beraad.app.SessionClaim;
import nl.beraad.app.PhonePage;
import nl.beraad.app.SessionService;
import nl.beraad.app.SetCatalog;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.Problem;
import nl.beraad.domain.SessionId;
import nl.beraad.text.Messages;
import nl.beraad.text.TextWrap;

/**
 * The full-screen meeting UI: shows one page at a time, passes keys to it, and redraws. Every change
 * a page makes goes through the session service, which stores it before the page is redrawn, so
 * whatever is on the screen is already in the database.
 */
public final class ScreenUi {
    private static final int HELP_WIDTH = 60;
    /**
     * How long keys that arrived together (a paste) are handled before the screen is drawn: a
     * frame. Drawing after each of a million pasted keys froze the meeting for minutes.
     */
    private static final long BURST_NANOS = 16_000_000;

    private final Screen screen;
    private final ScreenContext context;
    private Page page;
    private boolean help;
    /** How long a burst of keys is handled before a redraw; a test shortens it to act out a slow machine. */
    private long burstNanos = BURST_NANOS;
    /** Keys of a burst that outlasted its frame were handled but their changes not stored yet. */
    private boolean unsettled;
    /** The last refusal shown and its sentence: the same one for every key of a paste is worded once. */
    private Problem shownProblem;
    private String shownSentence;
    /**
     * Set by a change made elsewhere (a phone answered, on its request's thread): the screen's own
     * loop redraws when it sees it. Nothing else of the screen is touched from another thread.
     */
    private final AtomicBoolean changedElsewhere = new AtomicBoolean();
    /** The thread that handles keys and draws; its own changes are drawn after the key anyway. */
    private volatile Thread screenThread;
    /** The status line last drawn: a redraw for a change made elsewhere keeps it until the next key. */
    private String shownStatus = "";

    private ScreenUi(Screen screen, ScreenContext context, Page first) {
        this.screen = screen;
        this.context = context;
        this.page = first;
    }

    /** Starts on the home page: recent sessions, start new, resume, export. */
    public static ScreenUi home(Screen screen, SessionService service, SetCatalog sets, Messages msg,
                                Function<SessionId, Path> exportReport) {
        return home(screen, service, sets, msg, exportReport, (PhonePage) null);
    }

    /** As {@link #home}; {@code phonePage}: the phones' vote page the facilitator may start (null: none). */
    public static ScreenUi home(Screen screen, SessionService service, SetCatalog sets, Messages msg,
                                Function<SessionId, Path> exportReport, PhonePage phonePage) {
        ScreenContext context = new ScreenContext(service, sets, msg, exportReport);
        context.phonePage = phonePage;
        return new ScreenUi(screen, context, new HomePage(context));
    }

    /** The home page with a given clock for the timers, for tests. */
    static ScreenUi home(Screen screen, SessionService service, SetCatalog sets, Messages msg,
                         Function<SessionId, Path> exportReport, java.util.function.LongSupplier nanos) {
        ScreenContext context = new ScreenContext(service, sets, msg, exportReport, nanos);
        return new ScreenUi(screen, context, new HomePage(context));
    }

    /**
     * Lets the screen show and steer phones through the service behind them; with the vote page given
     * to {@link #home} or {@link #session} (none: the phones key says phones are not available).
     */
    public ScreenUi phones(PhoneService phones) {
        context.phones(phones);
        return this;
    }

    /** The vote page the phones key starts, for a test that gives one after the screen was made. */
    ScreenUi phonePage(PhonePage page) {
        context.phonePage = page;
        return this;
    }

    /** Redraws when the page's clock has moved on or a speaking time ran out; what run() does while nobody types. */
    void idle() throws IOException {
        boolean up = context.timeUp();
        if (up || (page instanceof Ticking t && t.tick())) {
            draw();
        }
    }

    /**
     * Starts on the current item of a session (for 'start' and 'resume'); a session without
     * participants yet starts where they are added, so that typed names never act as the item
     * page's keys.
     */
    public static ScreenUi session(Screen screen, SessionService service, SetCatalog sets, Messages msg,
                                   Function<SessionId, Path> exportReport, SessionId sessionId) {
        return session(screen, service, sets, msg, exportReport, sessionId, false);
    }

    /** As {@link #session}; with {@code takeOver} the session is taken from a terminal that holds it. */
    public static ScreenUi session(Screen screen, SessionService service, SetCatalog sets, Messages msg,
                                   Function<SessionId, Path> exportReport, SessionId sessionId, boolean takeOver) {
        return session(screen, service, sets, msg, exportReport, sessionId, takeOver, null);
    }

    /** As {@link #session}; {@code phonePage}: the phones' vote page the facilitator may start (null: none). */
    public static ScreenUi session(Screen screen, SessionService service, SetCatalog sets, Messages msg,
                                   Function<SessionId, Path> exportReport, SessionId sessionId, boolean takeOver,
                                   PhonePage phonePage) {
        ScreenContext context = new ScreenContext(service, sets, msg, exportReport);
        context.phonePage = phonePage;
        if (takeOver) {
            context.claim(sessionId, true);
        }
        return new ScreenUi(screen, context, firstPage(context, sessionId));
    }

    private static Page firstPage(ScreenContext context, SessionId sessionId) {
        if (context.service.participants(sessionId).isEmpty()) {
            context.claim(sessionId);
            return new ParticipantsPage(context, sessionId);
        }
        return ItemPage.current(context, sessionId);
    }

    /**
     * Reads keys until a page leaves; returns normally when the user quits or input ends. A change
     * made elsewhere (a phone's answer) is drawn within a frame or two, without a key; the vote page
     * stops when the screen ends.
     */
    public void run() throws IOException {
        screenThread = Thread.currentThread();
        try (AutoCloseable listening = context.service.changes().listen(change -> {
            if (Thread.currentThread() != screenThread) {
                changedElsewhere.set(true); // only note it: drawing is the screen thread's
            }
        })) {
            loop();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // closing a listener throws nothing
        } finally {
            context.stopPhones();
        }
    }

    private void loop() throws IOException {
        draw();
        while (page != null) {
            KeyStroke key = screen.pollInput();
            if (key == null) {
                if (unsettled) {
                    // A burst that outlasted its frames has ended: store what it changed, once. The
                    // screen already shows it, with the last key's status line, which a redraw would
                    // take away; only a refusal from storing calls for one.
                    unsettled = false;
                    settle(page);
                    if (context.hasStatus()) {
                        draw();
                    }
                }
                // Nothing typed: look for a resized window (and let timers tick) without busy-waiting.
                if (screen.doResizeIfNecessary() != null) {
                    draw();
                } else if (changedElsewhere.getAndSet(false)) {
                    drawKeepingStatus();
                } else {
                    idle();
                }
                sleep();
                continue;
            }
            if (key.getKeyType() == KeyType.EOF) {
                if (unsettled) {
                    settle(page);
                }
                return;
            }
            boolean more = handleBurst(key);
            if (page != null) {
                draw();
            }
            if (!more) {
                return;
            }
        }
    }

    /**
     * Handles the key and every key already waiting behind it, for at most a frame, and stores
     * what they changed once the keys stop coming; false when the input ended among them. A burst
     * longer than a frame (a big paste, or one arriving in pieces over a slow link) is drawn frame
     * by frame but stored only at its end, so a paste that turns out too long is never half stored.
     */
    private boolean handleBurst(KeyStroke first) throws IOException {
        long deadline = System.nanoTime() + burstNanos;
        KeyStroke key = first;
        boolean more = true;
        while (true) {
            handle(key);
            if (page == null) {
                break;
            }
            if (System.nanoTime() > deadline) {
                unsettled = true;
                return true;
            }
            key = screen.pollInput();
            if (key == null) {
                break;
            }
            if (key.getKeyType() == KeyType.EOF) {
                more = false;
                break;
            }
        }
        unsettled = false;
        settle(page);
        return more;
    }

    /** Makes a frame this long (a test acting out a machine too slow to handle a paste in one frame). */
    void frame(long nanos) {
        burstNanos = nanos;
    }

    /** Handles one key and redraws; tests drive the UI through this. */
    public void press(KeyStroke key) throws IOException {
        screenThread = Thread.currentThread();
        handle(key);
        settle(page);
        if (page != null) {
            draw();
        }
    }

    private void handle(KeyStroke key) {
        if (isHelpKey(key)) {
            help = !help;
        } else if (help) {
            help = false; // any other key closes the help and does nothing else
        } else {
            Page before = page;
            try {
                page = page.keys().handle(key);
            } catch (BeraadException e) {
                problem(e);
            }
            if (page != before) {
                settle(before); // what was typed on the page left is stored before it goes
            }
        }
    }

    private void settle(Page p) {
        if (p == null) {
            return;
        }
        try {
            p.settle();
        } catch (BeraadException e) {
            problem(e);
        }
    }

    /** A refusal is shown in the status line; a broken database ends the screen. */
    private void problem(BeraadException e) {
        if (e.exitCode() == ExitCode.ERROR || e.exitCode() == ExitCode.INTERNAL || SessionClaim.lost(e)) {
            throw e; // nothing more can be changed here
        }
        Problem problem = e.problems().get(0);
        if (problem != shownProblem) {
            shownProblem = problem;
            shownSentence = context.msg.problem(problem);
        }
        context.status(shownSentence);
    }

    /** Draws the current page again, e.g. after the window was resized. */
    public void redraw() throws IOException {
        if (page != null) {
            draw();
        }
    }

    public boolean isOpen() {
        return page != null;
    }

    private boolean isHelpKey(KeyStroke key) {
        return key.getKeyType() == KeyType.F1
                || (key.getKeyType() == KeyType.Character && key.getCharacter() == '?' && !isTyping());
    }

    private boolean isTyping() {
        return page.keys().typing();
    }

    /** Draws what changed elsewhere; the status line stays, since no key was pressed to answer it. */
    private void drawKeepingStatus() throws IOException {
        if (!context.hasStatus()) {
            context.status(shownStatus);
        }
        draw();
    }

    private void draw() throws IOException {
        changedElsewhere.set(false); // this drawing shows it; a change after this point draws again
        screen.doResizeIfNecessary();
        screen.clear();
        TerminalSize size = screen.getTerminalSize();
        Canvas canvas = new Canvas(screen.newTextGraphics(), size);
        canvas.bar(0, Canvas.fitTitle(page.title(), canvas.width() - 1));
        page.draw(canvas);
        String status = context.takeStatus();
        shownStatus = status;
        if (!status.isEmpty()) {
            // Up to two lines, so the hint at the end of a message ("mark them absent") is not cut off.
            List<String> lines = TextWrap.lines(status, canvas.width() - 2 * Canvas.MARGIN, "");
            List<String> shown = lines.subList(0, Math.min(2, lines.size()));
            int row = canvas.height() - 1 - shown.size();
            for (String line : shown) {
                canvas.text(Canvas.MARGIN, row, " ".repeat(canvas.width() - 2 * Canvas.MARGIN));
                canvas.bold(Canvas.MARGIN, row++, line);
            }
        }
        KeyTable table = page.keys();
        canvas.bar(canvas.height() - 1, keyBar(table.shown(context), table.typing(), canvas.width()));
        if (help) {
            drawHelp(canvas);
        }
        // The real cursor stands where typing goes; hidden on pages (and under the help) without input.
        screen.setCursorPosition(help ? null : canvas.cursor());
        screen.refresh();
        if (context.takeBell() && screen instanceof TerminalScreen terminal) {
            terminal.getTerminal().bell();
        }
    }

    /**
     * As many keys as fit, in the page's order, then the way out (Esc) and the help key, which are
     * always shown: on a narrow window nobody should be left without a way back.
     */
    private String keyBar(List<Page.Key> keys, boolean typing, int width) {
        StringBuilder end = new StringBuilder();
        keys.stream().filter(k -> k.key().equals("Esc")).findFirst()
                .ifPresent(k -> end.append(k.key()).append(' ').append(k.meaning()).append("   "));
        // Where '?' is typed as a character, the key bar names the key that does open the help.
        end.append(typing ? "F1 " : "? ").append(context.get("screen.key.help"));
        StringBuilder bar = new StringBuilder();
        for (Page.Key k : keys) {
            if (k.key().equals("Esc")) {
                continue;
            }
            String entry = k.key() + " " + k.meaning();
            if (bar.length() + entry.length() + 3 + end.length() + 3 > width) {
                break;
            }
            bar.append(entry).append("   ");
        }
        return bar.append(end).toString();
    }

    private void drawHelp(Canvas canvas) {
        List<Page.Key> keys = page.keys().shown(context);
        int width = Math.min(HELP_WIDTH, canvas.width() - 4);
        int height = Math.min(keys.size() + 5, canvas.height() - 2);
        int col = (canvas.width() - width) / 2;
        int row = Math.max(1, (canvas.height() - height) / 2);
        canvas.box(col, row, width, height, context.get("screen.help.title"));
        int r = row + 2;
        for (Page.Key k : keys) {
            if (r >= row + height - 2) {
                break;
            }
            canvas.text(col + 2, r, Canvas.pad(k.key(), 10));
            canvas.text(col + 13, r++, Canvas.clip(k.meaning(), width - 15));
        }
        canvas.text(col + 2, row + height - 2, Canvas.clip(context.get("screen.help.close"), width - 4));
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A page with a clock (the timer) that is redrawn while nobody types. */
    interface Ticking {
        /** Whether what the page shows has changed since it was last drawn (a second has passed). */
        boolean tick();
    }
}
