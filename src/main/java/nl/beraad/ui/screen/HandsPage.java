package nl.beraad.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import nl.beraad.app.RoundProgress;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.HandCount;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.text.ResultText;

/** A show of hands: the facilitator types the number of hands per position; no names are attached. */
final class HandsPage implements Page {
    private final ScreenContext ui;
    /** Made once: what the keys do does not change while the page is open. */
    private KeyTable keys;
    private final SessionId sessionId;
    private final Page back;
    private final TextInput count = new TextInput();
    private int selected;

    private HandsPage(ScreenContext ui, SessionId sessionId, Page back) {
        this.ui = ui;
        this.sessionId = sessionId;
        this.back = back;
    }

    static Page start(ScreenContext ui, SessionId sessionId, Page back) {
        SessionItem item = InTurnPage.openRound(ui, sessionId);
        if (!item.item().form().allowsShowOfHands()) {
            throw BeraadException.invalid("hands.kind");
        }
        return new HandsPage(ui, sessionId, back);
    }

    private SessionItem item() {
        return ui.currentItem(sessionId);
    }

    @Override
    public String title() {
        SessionItem item = item();
        return ui.get("screen.hands.title", item.item().title(), item.round());
    }

    /** The rows: the steps or options in order, abstentions last (position 0). */
    private int positionOfRow(int row, ItemForm form) {
        return row < form.handPositions() ? row + 1 : 0;
    }

    private String label(ItemForm form, int position) {
        return ResultText.handLabel(ui.msg, form, position);
    }

    @Override
    public void draw(Canvas c) {
        SessionItem item = item();
        ItemForm form = item.item().form();
        SessionRecord record = ui.service.record(sessionId, item.number());
        List<HandCount> counts = record.handCounts(item.number(), item.round());
        int width = c.width() - 2 * Canvas.MARGIN;
        int row = c.paragraph(Canvas.MARGIN, 2, width, ui.get("screen.hands.hint"), "");
        row++;
        int rows = form.handPositions() + 1;
        selected = Math.min(selected, rows - 1);
        // Positions taken otherwise in this round (a phone, in turn): one tally, so the count is shown here too.
        RoundProgress progress = ui.service.roundProgress(sessionId, item.number());
        int last = c.bottom() - (progress.answered() > 0 ? 4 : 3);
        if (progress.answered() > 0) {
            c.text(Canvas.MARGIN, c.bottom() - 3, ui.get("screen.hands.progress", progress.answered(), progress.expected()));
        }
        for (int r = 0; r < rows && row <= last; r++) {
            int position = positionOfRow(r, form);
            int hands = counts.stream().filter(h -> h.position() == position).mapToInt(HandCount::hands).sum();
            String line = (r == selected ? "> " : "  ") + Canvas.pad(label(form, position), 32) + String.format("%4d", hands);
            c.row(Canvas.MARGIN, row++, line, r == selected);
        }
        long total = counts.stream().mapToLong(HandCount::hands).sum();
        c.text(Canvas.MARGIN, c.bottom() - 2, ui.get("screen.hands.total", ui.msg.counted("count.hands", total),
                ui.msg.counted("count.participants", progress.expected())));
        String label = ui.get("screen.hands.input", label(form, positionOfRow(selected, form))) + " ";
        count.drawField(c, Canvas.MARGIN, c.bottom() - 1, label.length() + 10, label);
    }

    private void choose(KeyStroke key) {
        selected = key.getKeyType() == KeyType.ArrowUp ? Math.max(0, selected - 1)
                : Math.min(item().item().form().handPositions(), selected + 1);
    }

    /** Stores the typed count for the chosen row and moves to the next. */
    private void store() {
        String typed = count.value();
        count.clear();
        ItemForm form = item().item().form();
        if (!typed.matches("[0-9]{1,4}")) {
            throw BeraadException.invalid("hands.number", typed);
        }
        ui.service.countHands(sessionId, item().number(), positionOfRow(selected, form), Integer.parseInt(typed));
        selected = Math.min(form.handPositions(), selected + 1);
    }

    @Override
    public KeyTable keys() {
        return keys == null ? keys = table() : keys;
    }

    private KeyTable table() {
        return KeyTable.rowInput(this, back, count, this::store, this::choose);
    }
}
