package nl.beraad.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
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
        SessionRecord r = ui.service.record(sessionId);
        int row = 2;
        int current = r.session().currentItem();
        for (SessionItem item : r.items()) {
            if (row > c.bottom()) {
                break;
            }
            int no = item.number();
            String state = ItemStatus.of(ui.msg, r, item);
            String line = (no - 1 == selected ? "> " : "  ") + (no == current ? "* " : "  ") + no + ". "
                    + item.item().title();
            c.row(Canvas.MARGIN, row++, line, no - 1 == selected);
            c.text(Canvas.MARGIN + 7, row++, state);
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
