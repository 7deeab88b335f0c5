package nl.beraad.ui.screen;

import static nl.beraad.ui.screen.Keys.type;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.ItemCounts;
import nl.beraad.text.ItemStatus;

/** Where the session stands: every item with its positions, reveal, arguments and conclusion; Enter goes there. */
final class OverviewPage implements Page {
    private final ScreenContext ui;
    /** Made once: what the keys do does not change while the page is open. */
    private KeyTable keys;
    private final long sessionId;
    private final Page back;
    private int selected;

    OverviewPage(ScreenContext ui, long sessionId, Page back) {
        this.ui = ui;
        this.sessionId = sessionId;
        this.back = back;
        this.selected = ui.service.session(sessionId).currentItem() - 1;
    }

    @Override
    public String title() {
        return ui.get("screen.overview.title", ui.service.session(sessionId).title(),
                ui.msg.counted("count.participants", ui.service.participants(sessionId).size()));
    }

    @Override
    public void draw(Canvas c) {
        List<SessionItem> items = ui.service.items(sessionId);
        List<ItemCounts> counts = ui.service.itemCounts(sessionId);
        int current = ui.service.session(sessionId).currentItem();
        // Two rows per item; a list longer than the window scrolls so the chosen item stays in view.
        int fits = Math.max(1, (c.bottom() - 2) / 2);
        int first = Math.max(0, Math.min(selected - fits / 2, items.size() - fits));
        int row = 2;
        for (int i = first; i < items.size() && i < first + fits; i++) {
            SessionItem item = items.get(i);
            int no = item.number();
            String line = (i == selected ? "> " : "  ") + (no == current ? "* " : "  ") + no + ". "
                    + item.item().title();
            c.row(Canvas.MARGIN, row++, line, i == selected);
            c.text(Canvas.MARGIN + 7, row++, ItemStatus.of(ui.msg, item, counts.get(i)));
        }
        if (first + fits < items.size()) {
            c.text(c.width() - Canvas.MARGIN - 10, c.bottom(), ui.get("screen.more"));
        }
    }

    private void choose(KeyStroke key) {
        int count = ui.service.items(sessionId).size();
        selected = key.getKeyType() == KeyType.ArrowUp ? Math.max(0, selected - 1) : Math.min(count - 1, selected + 1);
    }

    private Page go() {
        ui.service.moveTo(sessionId, selected + 1);
        return ItemPage.current(ui, sessionId);
    }

    @Override
    public KeyTable keys() {
        return keys == null ? keys = table() : keys;
    }

    private KeyTable table() {
        return new KeyTable(this)
                .to(type(KeyType.Enter), "Enter", "screen.key.goto", k -> go())
                .on(type(KeyType.ArrowUp, KeyType.ArrowDown), "↑ ↓", "screen.key.choose", this::choose)
                .to(type(KeyType.Escape), "Esc", "screen.key.back", k -> back);
    }
}
