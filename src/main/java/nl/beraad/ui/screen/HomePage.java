package nl.beraad.ui.screen;

import static nl.beraad.ui.screen.Keys.control;
import static nl.beraad.ui.screen.Keys.letter;
import static nl.beraad.ui.screen.Keys.type;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.beraad.app.SessionClaim;
import nl.beraad.app.SessionSummary;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionStatus;

/** The first page: recent sessions to resume or export, and the way to start a new one. */
final class HomePage implements Page {
    /** The newest sessions listed; older ones are reached with 'sessions' and 'resume N'. */
    static final int SHOWN = 200;

    private final ScreenContext ui;
    /** Made once: what the keys do does not change while the page is open. */
    private KeyTable keys;
    /**
     * Read when the page opens, not per key: a database of thousands of sessions would otherwise
     * slow every arrow key. Coming back home reads it again.
     */
    private final List<SessionSummary> sessions;
    private int selected;
    /** A question waiting for J (quit, delete a session, reopen a finished one); null when none. */
    private final Question question = new Question();

    HomePage(ScreenContext ui) {
        this.ui = ui;
        this.sessions = ui.service.recentSessions(SHOWN);
    }

    @Override
    public String title() {
        return ui.get("screen.home.title");
    }

    @Override
    public void draw(Canvas c) {
        question.show(ui);
        int row = 2;
        c.bold(Canvas.MARGIN, row++, ui.get("screen.home.sessions"));
        row++;
        if (sessions.isEmpty()) {
            c.paragraph(Canvas.MARGIN, row, c.width() - 2 * Canvas.MARGIN, ui.get("screen.home.none"), "");
            return;
        }
        selected = Math.min(selected, sessions.size() - 1);
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(ZoneId.systemDefault());
        if (sessions.size() == SHOWN) {
            c.text(Canvas.MARGIN, c.bottom(), Canvas.clip(ui.get("screen.home.older", SHOWN), c.width() - 2 * Canvas.MARGIN));
        }
        int visible = Math.max(1, c.bottom() - row);
        int first = Math.max(0, selected - visible + 1);
        for (int i = first; i < sessions.size() && row <= c.bottom() - 1; i++) {
            SessionSummary s = sessions.get(i);
            Session session = s.session();
            String state = session.status() == SessionStatus.FINISHED ? ui.get("screen.home.finished")
                    : ui.get("screen.home.at", session.currentItem(), s.items());
            String line = String.format("%s %3d  %s  ·  %s  ·  %s", i == selected ? ">" : " ", session.id().value(),
                    session.title(), state, date.format(session.createdAt()));
            c.row(Canvas.MARGIN, row++, line, i == selected);
        }
    }

    private void choose(KeyStroke key) {
        selected = key.getKeyType() == KeyType.ArrowUp ? Math.max(0, selected - 1)
                : Math.min(Math.max(0, sessions.size() - 1), selected + 1);
    }

    private void export() {
        if (!sessions.isEmpty()) {
            Path file = ui.exportReport.apply(sessions.get(selected).session().id());
            ui.status(ui.get("screen.home.exported", file));
        }
    }

    private void askToQuit() {
        question.ask(new Confirmation(ui.get("screen.quit.confirm"), () -> null));
    }

    private void askToDelete() {
        if (!sessions.isEmpty()) {
            Session session = sessions.get(selected).session();
            question.ask(new Confirmation(ui.get("screen.home.delete.confirm", session.id(), session.title()),
                    () -> delete(session)));
        }
    }

    /**
     * Deletes after the facilitator said yes, and reads the list again. A session open in another
     * terminal is refused; the screen shows why and this page stays.
     */
    private Page delete(Session session) {
        ui.service.delete(session.id());
        HomePage fresh = new HomePage(ui);
        fresh.selected = Math.max(0, selected - 1);
        ui.status(ui.get("screen.home.deleted", session.id()));
        return fresh;
    }

    /**
     * Opens a session; a finished one read-only (its overview and report), so looking changes
     * nothing; reopening it is a choice there, asked first.
     */
    private Page open(Session session) {
        if (session.status() == SessionStatus.FINISHED) {
            return OverviewPage.finished(ui, session.id(), this);
        }
        return resume(session);
    }

    /**
     * The session's item page; when another terminal holds the session, the refusal names it and
     * asks whether to take the session over (for a terminal that froze or lost its connection).
     */
    private Page resume(Session session) {
        try {
            return ItemPage.current(ui, session.id());
        } catch (BeraadException e) {
            if (!SessionClaim.held(e)) {
                throw e;
            }
            question.ask(new Confirmation(ui.msg.problem(e.problems().get(0)) + " " + ui.get("screen.home.takeover.confirm"),
                    () -> {
                        ui.claim(session.id(), true);
                        return ItemPage.current(ui, session.id());
                    }));
            return this;
        }
    }

    @Override
    public KeyTable keys() {
        return keys == null ? keys = table() : keys;
    }

    private KeyTable table() {
        return new KeyTable(this).asking(question)
                .to(type(KeyType.Enter), "Enter", "screen.key.resume",
                        k -> sessions.isEmpty() ? new SetPage(ui, this) : open(sessions.get(selected).session()))
                .to(letter('n'), "N", "screen.key.new", k -> new SetPage(ui, this))
                .on(letter('e'), "E", "screen.key.export", this::export)
                .on(letter('q').or(control('c')).or(type(KeyType.Escape)), "Q", "screen.key.quit", this::askToQuit)
                .on(type(KeyType.ArrowUp, KeyType.ArrowDown), "↑ ↓", "screen.key.choose", this::choose)
                .to(letter('g'), "G", "screen.key.details",
                        k -> sessions.isEmpty() ? this : new DetailsPage(ui, sessions.get(selected).session().id(), this))
                .on(letter('d').or(type(KeyType.Delete)), "D", "screen.key.delete", this::askToDelete);
    }
}
