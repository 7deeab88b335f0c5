package nl.beraad.ui.screen;

import static nl.beraad.ui.screen.Keys.control;
import static nl.beraad.ui.screen.Keys.letter;
import static nl.beraad.ui.screen.Keys.type;

import com.googlecode.lanterna.input.KeyType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import nl.beraad.app.PhonePage;
import nl.beraad.app.RoundProgress;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.ui.line.ItemView;

/**
 * The item as the board reads it: context, poles (or statement, options, question), questions,
 * points of attention and source, with the progress of the round in the title bar.
 */
final class ItemPage implements Page, ScreenUi.Ticking {
    private final ScreenContext ui;
    private final SessionId sessionId;
    private int scroll;
    /** How many phones were shown as connected: a phone that comes or goes redraws the page without a key. */
    private int shownConnected = -1;
    /** The item's lines as last drawn, for the item number and width they were wrapped for. */
    private List<String> shown = List.of();
    private ItemNo shownNumber;
    private int shownWidth = -1;
    /** A question waiting for J (reveal a half round, finish the session). */
    private final Question question = new Question();

    private ItemPage(ScreenContext ui, SessionId sessionId) {
        this.ui = ui;
        this.sessionId = sessionId;
    }

    /** The session's current item; takes the session for this terminal. */
    static Page current(ScreenContext ui, SessionId sessionId) {
        ui.claim(sessionId);
        return new ItemPage(ui, sessionId);
    }

    private SessionItem item() {
        return ui.currentItem(sessionId);
    }

    @Override
    public String title() {
        SessionItem item = item();
        int count = ui.service.items(sessionId).size();
        String progress;
        if (!item.item().kind().takesPositions()) {
            progress = ui.msg.counted("prompt.answers", ui.service.arguments(sessionId, item.number()).size());
        } else if (item.isRevealed(item.round())) {
            progress = ui.get("prompt.revealed", item.round());
        } else {
            RoundProgress round = ui.service.roundProgress(sessionId, item.number());
            progress = ui.get("screen.item.progress", item.round(), round.responses(), round.expected());
        }
        return ParticipantsPage.withNames(ui, ui.service.session(sessionId).details(),
                ui.get("screen.item.title", item.number(), count, item.item().title(), progress));
    }

    @Override
    public void draw(Canvas c) {
        question.show(ui);
        int width = c.width() - 2 * Canvas.MARGIN;
        List<String> footer = footer(width);
        // Rows 2 to the "more" mark hold the item; the footer (who answered, phones) stands below it.
        int more = c.bottom() - footer.size();
        List<String> lines = lines(width);
        int room = more - 2;
        scroll = Math.max(0, Math.min(scroll, lines.size() - room));
        int row = 2;
        for (int i = scroll; i < lines.size() && row <= more - 1; i++) {
            String line = lines.get(i);
            if (i == 0 || line.startsWith("===")) {
                continue; // the heading is in the title bar
            }
            c.text(Canvas.MARGIN, row++, line);
        }
        if (scroll + room < lines.size()) {
            c.text(c.width() - Canvas.MARGIN - 10, more, ui.get("screen.more"));
        }
        for (int i = 0; i < footer.size(); i++) {
            c.text(Canvas.MARGIN, more + 1 + i, footer.get(i));
        }
    }

    /**
     * Below the item, while its round is open: who has a position already (never which), and
     * whether phones may answer; both follow phones that answer without a key being pressed.
     */
    private List<String> footer(int width) {
        List<String> footer = new ArrayList<>();
        SessionItem item = item();
        if (item.item().kind().takesPositions() && !item.isRevealed(item.round())) {
            ui.answered(sessionId, item).ifPresent(line -> footer.addAll(Canvas.lines(line, width, 2)));
        }
        PhonePage.Serving serving = ui.serving(sessionId);
        shownConnected = serving == null ? -1 : serving.connected().size();
        if (serving != null) {
            footer.add(Canvas.clip(ui.get(ui.phones().answering(sessionId, item.number()) ? "screen.item.phones.open"
                    : "screen.item.phones.closed", shownConnected), width));
        }
        return footer;
    }

    @Override
    public boolean tick() {
        PhonePage.Serving serving = ui.serving(sessionId);
        return serving != null && serving.connected().size() != shownConnected;
    }

    /**
     * The item as line mode presents it, wrapped to the window: one text for both ways of working.
     * Kept until the item or the width changes: an item's text does not change in a session, and
     * its answer sheet reads who still has to answer, which a redraw on every key need not repeat.
     */
    private List<String> lines(int width) {
        ItemNo number = item().number();
        if (!number.equals(shownNumber) || width != shownWidth) {
            StringWriter text = new StringWriter();
            PrintWriter out = new PrintWriter(text);
            new ItemView(ui.msg, width).present(out, ui.answerSheet(sessionId));
            out.flush();
            shown = text.toString().lines().dropWhile(String::isEmpty).toList();
            shownNumber = number;
            shownWidth = width;
        }
        return shown;
    }

    /**
     * Reveals at once when every member present has a position (or hands were counted), or when the
     * round is revealed already; otherwise asks first, saying how many answered.
     */
    private Page askToReveal(SessionItem item) {
        if (!item.isRevealed(item.round()) && item.item().kind().takesPositions()) {
            RoundProgress progress = ui.service.roundProgress(sessionId, item.number());
            if (!progress.complete()) {
                question.ask(new Confirmation(() -> revealQuestion(item), () -> reveal(item)));
                return this;
            }
        }
        return reveal(item);
    }

    /** The question before a reveal, worded anew at each draw: phones may answer while it waits. */
    private String revealQuestion(SessionItem item) {
        RoundProgress progress = ui.service.roundProgress(sessionId, item.number());
        if (progress.complete()) {
            return ui.get("screen.reveal.confirm.all", progress.answered(), progress.expected());
        }
        return progress.answered() == 0 ? ui.get("screen.reveal.confirm.none", progress.expected())
                : ui.get("screen.reveal.confirm", progress.answered(), progress.expected());
    }

    private Page reveal(SessionItem item) {
        ui.service.reveal(sessionId, item.number());
        return new RevealPage(ui, sessionId, this);
    }

    /** Moves to the item at this place in the set, or says there is none before the first or after the last. */
    private void move(int number) {
        int count = ui.service.items(sessionId).size();
        if (number >= 1 && number <= count) {
            ui.service.moveTo(sessionId, ItemNo.of(number));
            scroll = 0;
        } else {
            ui.status(ui.get(number > count ? "screen.item.last" : "screen.item.first"));
        }
    }

    /** Finishes the session (the report then says "afgerond") and goes home; reopening is asked there. */
    private Page finish() {
        ui.service.finish(sessionId);
        ui.release();
        ui.status(ui.service.keyProblem().map(why -> ui.get("screen.finished.unsigned", sessionId, ui.msg.problem(why)))
                .orElse(ui.get("screen.finished", sessionId)));
        return new HomePage(ui);
    }

    private void askToFinish() {
        String names = switch (ui.service.session(sessionId).details().names()) {
            case UNTIL_FINAL -> ui.get("screen.finish.names") + " ";
            case NAMED, ANONYMOUS -> "";
        };
        question.ask(new Confirmation(names + ui.get("screen.finish.confirm", sessionId), this::finish));
    }

    /** Back to the home page; everything is stored, and the session can be resumed from there. */
    private Page pause() {
        ui.release();
        ui.status(ui.get("screen.paused", sessionId));
        return new HomePage(ui);
    }

    /** Taking positions in turn, or answers in turn on an open question. */
    private Page inTurn() {
        return item().item().kind().takesPositions() ? InTurnPage.start(ui, sessionId, this)
                : AnswersPage.start(ui, sessionId, this);
    }

    private Page result() {
        return item().revealedRound() > 0 ? new RevealPage(ui, sessionId, this) : this;
    }

    /**
     * In the order of the key bar, which shows as many as fit: at 80 columns the way to take
     * positions, the reveal, the discussion and the conclusion; the rest is in the help.
     */
    @Override
    public KeyTable keys() {
        boolean positions = item().item().kind().takesPositions();
        KeyTable keys = new KeyTable(this).asking(question);
        if (positions) {
            keys.to(letter('s'), "S", "screen.key.in.turn", k -> inTurn())
                    .to(letter('o'), "O", "screen.key.reveal", k -> askToReveal(item()));
        } else {
            keys.to(letter('s'), "S", "screen.key.answers.in.turn", k -> inTurn());
        }
        keys.to(letter('a'), "A", "screen.key.discussion", k -> new DiscussionPage(ui, sessionId, this))
                .to(letter('c'), "C", "screen.key.conclusion", k -> new ConclusionPage(ui, sessionId, this));
        if (positions) {
            keys.to(letter('n'), "N", "screen.key.named", k -> NamedPage.start(ui, sessionId, this))
                    .to(letter('h'), "H", "screen.key.hands", k -> HandsPage.start(ui, sessionId, this));
        }
        keys.on(type(KeyType.ArrowRight, KeyType.PageDown), "→", "screen.key.next", () -> move(item().number().value() + 1))
                .on(type(KeyType.ArrowLeft, KeyType.PageUp), "←", "screen.key.previous", () -> move(item().number().value() - 1))
                .to(letter('t'), "T", "screen.key.phones", k -> PhonesPage.open(ui, sessionId, this))
                .to(type(KeyType.Escape).or(letter('p')).or(letter('q')).or(control('c')), "Esc", "screen.key.pause",
                        k -> pause());
        if (positions) {
            keys.to(letter('u'), "U", "screen.key.result", k -> result());
        }
        return keys.to(letter('v'), "V", "screen.key.overview", k -> new OverviewPage(ui, sessionId, this))
                .to(letter('d'), "D", "screen.key.participants", k -> new ParticipantsPage(ui, sessionId))
                .to(letter('g'), "G", "screen.key.details", k -> new DetailsPage(ui, sessionId, this))
                .on(letter('f'), "F", "screen.key.finish", this::askToFinish)
                .on(type(KeyType.ArrowUp, KeyType.ArrowDown), "↑ ↓", "screen.key.scroll",
                        k -> scroll = k.getKeyType() == KeyType.ArrowUp ? Math.max(0, scroll - 1) : scroll + 1);
    }
}
