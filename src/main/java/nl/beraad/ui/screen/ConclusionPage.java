package nl.beraad.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;

/**
 * The conclusion of an item in three parts: conclusion or advice, minority position, action points
 * (one per line). Every key typed is stored before the screen shows it (a paste once, as a whole), so a
 * crash loses nothing that was on screen.
 */
final class ConclusionPage implements Page {
    private static final String[] LABELS = {"screen.conclusion.text", "screen.conclusion.minority",
            "screen.conclusion.actions"};

    private final ScreenContext ui;
    /** Made once: what the keys do does not change while the page is open. */
    private KeyTable keys;
    private final SessionId sessionId;
    private final ItemNo itemNo;
    private final Page back;
    private final TextInput[] fields = {TextInput.lines(Conclusion.MAX_LENGTH), TextInput.lines(Conclusion.MAX_LENGTH),
            TextInput.lines(Conclusion.MAX_LENGTH)};
    private int active;
    /** Whether the fields changed since they were last stored. */
    private boolean changed;

    ConclusionPage(ScreenContext ui, SessionId sessionId, Page back) {
        this.ui = ui;
        this.sessionId = sessionId;
        this.back = back;
        SessionItem item = ui.currentItem(sessionId);
        this.itemNo = item.number();
        ui.service.conclusion(sessionId, itemNo).ifPresent(c -> {
            fields[0].set(c.text());
            fields[1].set(c.minority());
            fields[2].set(c.actions());
        });
    }

    @Override
    public String title() {
        return ui.get("screen.conclusion.title", itemNo, ui.currentItem(sessionId).item().title());
    }

    @Override
    public void draw(Canvas c) {
        int width = c.width() - 2 * Canvas.MARGIN - 2;
        int room = Math.max(3, (c.bottom() - 2) / 3);
        int row = 2;
        for (int f = 0; f < fields.length; f++) {
            String label = (f == active ? "> " : "  ") + ui.get(LABELS[f]);
            c.row(Canvas.MARGIN, row++, label, f == active);
            fields[f].drawArea(c, Canvas.MARGIN + 2, row, width, room - 2, f == active);
            row = 2 + (f + 1) * room;
        }
    }

    private void type(KeyStroke key) {
        changed |= fields[active].handle(key);
    }

    @Override
    public void settle() {
        if (changed) {
            changed = false;
            ui.service.conclude(sessionId, itemNo, fields[0].raw(), fields[1].raw(), fields[2].raw());
        }
    }

    @Override
    public KeyTable keys() {
        return keys == null ? keys = table() : keys;
    }

    private KeyTable table() {
        return new KeyTable(this)
                .on(Keys.type(KeyType.Tab), "Tab", "screen.key.next.field", () -> active = (active + 1) % fields.length)
                .on(Keys.type(KeyType.Enter), "Enter", "screen.key.newline", this::type)
                .to(Keys.type(KeyType.Escape), "Esc", "screen.key.to.item", k -> back)
                .on(Keys.type(KeyType.ArrowLeft, KeyType.ArrowRight, KeyType.ArrowUp, KeyType.ArrowDown), "← → ↑ ↓",
                        "screen.key.cursor", this::type)
                .on(Keys.type(KeyType.Home, KeyType.End), "Home End", "screen.key.line.ends", this::type)
                .on(Keys.type(KeyType.ReverseTab), "Shift-Tab", "screen.key.previous.field",
                        () -> active = (active + fields.length - 1) % fields.length)
                .text(this::type);
    }
}
