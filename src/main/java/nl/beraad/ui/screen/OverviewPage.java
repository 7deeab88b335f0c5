package nl.beraad.ui.screen;

import static nl.beraad.ui.screen.Keys.letter;
import static nl.beraad.ui.screen.Keys.type;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.ItemCounts;
import nl.beraad.text.ItemStatus;

/**
 * Where the session stands: every item with its positions, reveal, arguments and conclusion; Enter
 * goes there. A finished session opened from home is shown here read-only: looking writes nothing
 * (no claim, no current item, no time), the report can be exported, and reopening is asked first.
 */
final class OverviewPage implements Page {
    private final ScreenContext ui;
    /** Made once: what the keys do does not change while the page is open. */
    private KeyTable keys;
    private final SessionId sessionId;
    private final Page back;
    /** A finished session, only looked at: no key here changes anything without a question first. */
    private final boolean readOnly;
    private final Question question = new Question();
    private int selected;

    OverviewPage(ScreenContext ui, SessionId sessionId, Page back) {
        this(ui, sessionId, back, false);
    }

    private OverviewPage(ScreenContext ui, SessionId sessionId, Page back, boolean readOnly) {
        this.ui = ui;
        this.sessionId = sessionId;
        this.back = back;
        this.readOnly = readOnly;
        this.selected = ui.service.session(sessionId).currentItem().value() - 1;
    }

    /** A finished session, opened to look at: nothing is stored until the facilitator chooses to reopen it. */
    static OverviewPage finished(ScreenContext ui, SessionId sessionId, Page home) {
        ui.status(ui.get("screen.readonly.opened", sessionId));
        return new OverviewPage(ui, sessionId, home, true);
    }

    @Override
    public String title() {
        return ui.get(readOnly ? "screen.readonly.title" : "screen.overview.title", ui.service.session(sessionId).title(),
                ui.msg.counted("count.participants", ui.service.participants(sessionId).size()));
    }

    @Override
    public void draw(Canvas c) {
        question.show(ui);
        List<SessionItem> items = ui.service.items(sessionId);
        List<ItemCounts> counts = ui.service.itemCounts(sessionId);
        ItemNo current = ui.service.session(sessionId).currentItem();
        // Two rows per item; a list longer than the window scrolls so the chosen item stays in view.
        int fits = Math.max(1, (c.bottom() - 2) / 2);
        int first = Math.max(0, Math.min(selected - fits / 2, items.size() - fits));
        int row = 2;
        for (int i = first; i < items.size() && i < first + fits; i++) {
            SessionItem item = items.get(i);
            ItemNo no = item.number();
            String line = (i == selected ? "> " : "  ") + (no.equals(current) ? "* " : "  ") + no + ". "
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
        ui.service.moveTo(sessionId, ItemNo.of(selected + 1));
        return ItemPage.current(ui, sessionId);
    }

    @Override
    public KeyTable keys() {
        return keys == null ? keys = table() : keys;
    }

    private KeyTable table() {
        if (readOnly) {
            return new KeyTable(this).asking(question)
                    .on(letter('e'), "E", "screen.key.export", this::export)
                    .on(letter('r'), "R", "screen.key.reopen", this::askToReopen)
                    .on(type(KeyType.ArrowUp, KeyType.ArrowDown), "↑ ↓", "screen.key.choose", this::choose)
                    .to(type(KeyType.Escape), "Esc", "screen.key.back", k -> back);
        }
        return new KeyTable(this)
                .to(type(KeyType.Enter), "Enter", "screen.key.goto", k -> go())
                .on(type(KeyType.ArrowUp, KeyType.ArrowDown), "↑ ↓", "screen.key.choose", this::choose)
                .to(type(KeyType.Escape), "Esc", "screen.key.back", k -> back);
    }

    private void export() {
        ui.status(ui.get("screen.home.exported", ui.exportReport.apply(sessionId)));
    }

    /** Reopening is the one way from looking to changing, and it is asked first. */
    private void askToReopen() {
        question.ask(new Confirmation(ui.get("screen.home.reopen.confirm", sessionId), () -> {
            ui.service.reopen(sessionId);
            return ItemPage.current(ui, sessionId);
        }));
    }
}
