package nl.beraad.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.text.ResultText;

/** The revealed result of the item: bars per step or option, median and agreement, for every round revealed. */
final class RevealPage implements Page {
    private final ScreenContext ui;
    private final long sessionId;
    private final Page back;

    RevealPage(ScreenContext ui, long sessionId, Page back) {
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
        SessionItem item = item();
        SessionRecord record = ui.service.record(sessionId);
        int width = c.width() - 2 * Canvas.MARGIN;
        int barWidth = Math.max(10, Math.min(60, width - 36));
        int row = 2;
        for (int round = 1; round <= item.revealedRound(); round++) {
            ResultText.Lines lines = new ResultText(ui.msg).of(record, item.number(), round,
                    ui.get("scale.abstain"), barWidth);
            c.bold(Canvas.MARGIN, row++, ui.get("result.heading", round, record.responses(item.number(), round),
                    record.participants().stream().filter(nl.beraad.domain.Participant::votes).count()));
            row = c.paragraph(Canvas.MARGIN, row, width, lines.sentence(), "");
            for (String bar : lines.bars()) {
                c.text(Canvas.MARGIN + 2, row++, bar);
            }
            for (String note : lines.notes()) {
                row = c.paragraph(Canvas.MARGIN, row, width, note, "  ");
            }
            for (String place : lines.ranking()) {
                row = c.paragraph(Canvas.MARGIN + 2, row, width - 2, place, "   ");
            }
            row++;
        }
        String shift = new ResultText(ui.msg).shift(record, item.number());
        if (!shift.isEmpty()) {
            c.paragraph(Canvas.MARGIN, row, width, shift, "");
        }
    }

    @Override
    public Page handle(KeyStroke key) {
        switch (key.getKeyType()) {
            case Escape, Enter -> {
                return back;
            }
            case ArrowRight, PageDown -> {
                return back.handle(key);
            }
            case Character -> {
                if (Keys.is(key, '2')) {
                    ui.service.startSecondRound(sessionId, item().number());
                    ui.status(ui.get("screen.round2.opened"));
                    return back;
                }
            }
            default -> {
                return this;
            }
        }
        return this;
    }

    @Override
    public List<Key> keys() {
        return List.of(new Key("Esc", ui.get("screen.key.to.item")), new Key("2", ui.get("screen.key.round2")),
                new Key("→", ui.get("screen.key.next")));
    }
}
