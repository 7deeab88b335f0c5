package nl.beraad.ui.screen;

import static nl.beraad.ui.screen.Keys.type;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.text.ResultText;
import nl.beraad.text.TextWrap;

/** The revealed result of the item: bars per step or option, median and agreement, for every round revealed. */
final class RevealPage implements Page {
    private final ScreenContext ui;
    private final SessionId sessionId;
    private final Page back;
    private int scroll;
    /** The question before a revealed round is reopened; null when none. */
    private final Question question = new Question();

    RevealPage(ScreenContext ui, SessionId sessionId, Page back) {
        this.ui = ui;
        this.sessionId = sessionId;
        this.back = back;
    }

    private SessionItem item() {
        return ui.currentItem(sessionId);
    }

    @Override
    public String title() {
        SessionItem item = item();
        return ui.get("screen.reveal.title", item.number(), item.item().title());
    }

    @Override
    public void draw(Canvas c) {
        question.show(ui);
        int width = c.width() - 2 * Canvas.MARGIN;
        List<Line> lines = lines(width);
        // Rows 2 to bottom - 1 hold the result; the bottom row is kept for the "more" mark.
        int room = c.bottom() - 2;
        scroll = Math.max(0, Math.min(scroll, lines.size() - room));
        int row = 2;
        for (int i = scroll; i < lines.size() && row < c.bottom(); i++) {
            Line line = lines.get(i);
            if (line.bold()) {
                c.bold(Canvas.MARGIN, row++, line.text());
            } else {
                c.text(Canvas.MARGIN, row++, line.text());
            }
        }
        if (scroll + room < lines.size()) {
            c.text(c.width() - Canvas.MARGIN - 10, c.bottom(), ui.get("screen.more"));
        }
    }

    /** A row of the result: a round's heading in bold, or plain text. */
    private record Line(String text, boolean bold) {
    }

    /** Every revealed round and the shift between them, wrapped to the window, to be scrolled when long. */
    private List<Line> lines(int width) {
        SessionItem item = item();
        SessionRecord record = ui.service.record(sessionId, item.number());
        int barWidth = Math.max(10, Math.min(60, width - 36));
        List<Line> out = new ArrayList<>();
        for (int round = 1; round <= item.revealedRound(); round++) {
            ResultText.Lines result = new ResultText(ui.msg).of(record, item.number(), round,
                    ui.get("scale.abstain"), barWidth);
            out.add(new Line(ui.get("result.heading", round, record.responses(item.number(), round),
                    record.membersCounted(item.number(), round)), true));
            add(out, result.sentence(), width, "");
            result.bars().forEach(bar -> out.add(new Line("  " + bar, false)));
            result.notes().forEach(note -> add(out, note, width, "  "));
            result.ranking().forEach(place -> add(out, "  " + place, width, "     "));
            out.add(new Line("", false));
        }
        add(out, new ResultText(ui.msg).shift(record, item.number()), width, "");
        return out;
    }

    private static void add(List<Line> out, String text, int width, String indent) {
        if (!text.isEmpty()) {
            TextWrap.lines(text, width, indent).forEach(l -> out.add(new Line(l, false)));
        }
    }

    private Page secondRound() {
        ui.service.startSecondRound(sessionId, item().number());
        ui.status(ui.get("screen.round2.opened"));
        return back;
    }

    /**
     * Asks before the revealed round is hidden again: positions (or hands) are then taken anew, and
     * every change is recorded as a correction that the report shows.
     */
    private void askToReopen() {
        int round = item().round();
        question.ask(new Confirmation(ui.get("screen.reopen.round.confirm", round), () -> {
            ui.service.reopenRound(sessionId, item().number(), "");
            ui.status(ui.get("screen.reopen.round.done", round));
            return back;
        }));
    }

    @Override
    public KeyTable keys() {
        SessionItem item = item();
        KeyTable keys = new KeyTable(this).asking(question)
                .to(type(KeyType.Escape, KeyType.Enter), "Esc", "screen.key.to.item", k -> back);
        if (item.round() < SessionItem.MAX_ROUNDS) {
            keys.to(Keys.letter('2'), "2", "screen.key.round2", k -> secondRound());
        }
        if (item.isRevealed(item.round())) {
            keys.on(Keys.letter('r'), "R", "screen.key.reopen.round", this::askToReopen);
        }
        // The next item is the item page's key: it moves there and shows it.
        return keys.to(type(KeyType.ArrowRight, KeyType.PageDown), "→", "screen.key.next", k -> back.keys().handle(k))
                .on(type(KeyType.ArrowUp, KeyType.ArrowDown), "↑ ↓", "screen.key.scroll",
                        k -> scroll = k.getKeyType() == KeyType.ArrowUp ? Math.max(0, scroll - 1) : scroll + 1);
    }
}
