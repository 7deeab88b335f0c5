package nl.beraad.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import nl.beraad.app.RoundProgress;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.SessionItem;
import nl.beraad.ui.line.ItemView;

/**
 * The item as the board reads it: context, poles (or statement, options, question), questions,
 * points of attention and source, with the progress of the round in the title bar.
 */
final class ItemPage implements Page {
    private final ScreenContext ui;
    private final long sessionId;
    private int scroll;
    /** A question waiting for J (reveal a half round, finish the session); null when none. */
    private Confirmation pending;

    private ItemPage(ScreenContext ui, long sessionId) {
        this.ui = ui;
        this.sessionId = sessionId;
    }

    /** The session's current item; takes the session for this terminal. */
    static Page current(ScreenContext ui, long sessionId) {
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
        return ui.get("screen.item.title", item.number(), count, item.item().title(), progress);
    }

    @Override
    public void draw(Canvas c) {
        if (pending != null) {
            ui.status(pending.question());
        }
        List<String> lines = lines(c.width() - 2 * Canvas.MARGIN);
        int room = c.bottom() - 2;
        scroll = Math.max(0, Math.min(scroll, lines.size() - room));
        int row = 2;
        for (int i = scroll; i < lines.size() && row <= c.bottom() - 1; i++) {
            String line = lines.get(i);
            if (i == 0 || line.startsWith("===")) {
                continue; // the heading is in the title bar
            }
            c.text(Canvas.MARGIN, row++, line);
        }
        if (scroll + room < lines.size()) {
            c.text(c.width() - Canvas.MARGIN - 10, c.bottom(), ui.get("screen.more"));
        }
    }

    /** The item as line mode presents it, wrapped to the window: one text for both ways of working. */
    private List<String> lines(int width) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        new ItemView(ui.msg, width).present(out, item(), ui.service.items(sessionId).size());
        out.flush();
        return text.toString().lines().dropWhile(String::isEmpty).toList();
    }

    @Override
    public Page handle(KeyStroke key) {
        SessionItem item = item();
        if (pending != null) {
            Confirmation asked = pending;
            pending = null;
            return asked.answer(key, this);
        }
        switch (key.getKeyType()) {
            case ArrowDown -> scroll++;
            case ArrowUp -> scroll = Math.max(0, scroll - 1);
            case ArrowRight, PageDown -> move(item.number() + 1);
            case ArrowLeft, PageUp -> move(item.number() - 1);
            case Escape -> {
                return pause();
            }
            case Character -> {
                if (Keys.is(key, 's')) {
                    return item.item().kind() == ItemKind.QUESTION ? AnswersPage.start(ui, sessionId, this)
                            : InTurnPage.start(ui, sessionId, this);
                }
                if (Keys.is(key, 'n')) {
                    return NamedPage.start(ui, sessionId, this);
                }
                if (Keys.is(key, 'h')) {
                    return HandsPage.start(ui, sessionId, this);
                }
                if (Keys.is(key, 'a')) {
                    return new DiscussionPage(ui, sessionId, this);
                }
                if (Keys.is(key, 'v')) {
                    return new OverviewPage(ui, sessionId, this);
                }
                if (Keys.is(key, 'c')) {
                    return new ConclusionPage(ui, sessionId, this);
                }
                if (Keys.is(key, 'o')) {
                    return askToReveal(item);
                }
                if (Keys.is(key, 'u') && item.revealedRound() > 0) {
                    return new RevealPage(ui, sessionId, this);
                }
                if (Keys.is(key, 'd')) {
                    return new ParticipantsPage(ui, sessionId);
                }
                if (Keys.is(key, 'g')) {
                    return new DetailsPage(ui, sessionId, this);
                }
                if (Keys.is(key, 'f')) {
                    pending = new Confirmation(ui.get("screen.finish.confirm", sessionId), this::finish);
                }
                if (Keys.is(key, 'p') || Keys.is(key, 'q') || Keys.ctrl(key, 'c')) {
                    return pause();
                }
            }
            default -> {
                return this;
            }
        }
        return this;
    }

    /**
     * Reveals at once when every member present has a position (or hands were counted), or when the
     * round is revealed already; otherwise asks first, saying how many answered.
     */
    private Page askToReveal(SessionItem item) {
        if (!item.isRevealed(item.round()) && item.item().kind().takesPositions()) {
            RoundProgress progress = ui.service.roundProgress(sessionId, item.number());
            if (!progress.complete()) {
                pending = new Confirmation(progress.answered() == 0
                        ? ui.get("screen.reveal.confirm.none", progress.expected())
                        : ui.get("screen.reveal.confirm", progress.answered(), progress.expected()), () -> reveal(item));
                return this;
            }
        }
        return reveal(item);
    }

    private Page reveal(SessionItem item) {
        ui.service.reveal(sessionId, item.number());
        return new RevealPage(ui, sessionId, this);
    }

    private void move(int number) {
        int count = ui.service.items(sessionId).size();
        if (number >= 1 && number <= count) {
            ui.service.moveTo(sessionId, number);
            scroll = 0;
        } else {
            ui.status(ui.get(number > count ? "screen.item.last" : "screen.item.first"));
        }
    }

    /** Back to the home page; everything is stored, and the session can be resumed from there. */
    /** Finishes the session (the report then says "afgerond") and goes home; reopening is asked there. */
    private Page finish() {
        ui.service.finish(sessionId);
        ui.release();
        ui.status(ui.get("screen.finished", sessionId));
        return new HomePage(ui);
    }

    private Page pause() {
        ui.release();
        ui.status(ui.get("screen.paused", sessionId));
        return new HomePage(ui);
    }

    @Override
    public List<Key> keys() {
        List<Key> keys = new ArrayList<>();
        if (item().item().kind().takesPositions()) {
            keys.add(new Key("S", ui.get("screen.key.in.turn")));
            keys.add(new Key("N", ui.get("screen.key.named")));
            keys.add(new Key("H", ui.get("screen.key.hands")));
            keys.add(new Key("O", ui.get("screen.key.reveal")));
        } else {
            keys.add(new Key("S", ui.get("screen.key.answers.in.turn")));
        }
        keys.add(new Key("→", ui.get("screen.key.next")));
        keys.add(new Key("←", ui.get("screen.key.previous")));
        keys.add(new Key("Esc", ui.get("screen.key.pause")));
        if (item().item().kind().takesPositions()) {
            keys.add(new Key("U", ui.get("screen.key.result")));
        }
        keys.add(new Key("A", ui.get("screen.key.discussion")));
        keys.add(new Key("C", ui.get("screen.key.conclusion")));
        keys.add(new Key("V", ui.get("screen.key.overview")));
        keys.add(new Key("D", ui.get("screen.key.participants")));
        keys.add(new Key("G", ui.get("screen.key.details")));
        keys.add(new Key("F", ui.get("screen.key.finish")));
        keys.add(new Key("↑ ↓", ui.get("screen.key.scroll")));
        return keys;
    }
}
