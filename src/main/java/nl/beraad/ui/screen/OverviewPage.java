package nl.beraad.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.ItemCounts;
import nl.beraad.text.ItemStatus;

/** Where the session stands: every item with its positions, reveal, arguments and conclusion; Enter goes there. */
final class OverviewPage implements Page {
    private final ScreenContext ui;
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

    @Override
    public Page handle(KeyStroke key) {
        int count = ui.service.items(sessionId).size();
        switch (key.getKeyType()) {
            case ArrowUp -> selected = Math.max(0, selected - 1);
            case ArrowDown -> selected = Math.min(count - 1, selected + 1);
            case Escape -> {
                return back;
            }
            case Enter -> {
                ui.service.moveTo(sessionId, selected + 1);
                return ItemPage.current(ui, sessionId);
            }
            default -> {
                return this;
            }
        }
        return this;
    }

    @Override
    public List<Key> keys() {
        return List.of(new Key("Enter", ui.get("screen.key.goto")), new Key("↑ ↓", ui.get("screen.key.choose")),
                new Key("Esc", ui.get("screen.key.back")));
    }
}
