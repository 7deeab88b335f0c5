package nl.beraad.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.SessionItem;

/**
 * The conclusion of an item in three parts: conclusion or advice, minority position, action points
 * (one per line). Every key typed is stored before the screen shows it (a paste once, as a whole), so a
 * crash loses nothing that was on screen.
 */
final class ConclusionPage implements Page, ScreenUi.Typing {
    private static final String[] LABELS = {"screen.conclusion.text", "screen.conclusion.minority",
            "screen.conclusion.actions"};

    private final ScreenContext ui;
    private final long sessionId;
    private final int itemNo;
    private final Page back;
    private final TextInput[] fields = {TextInput.lines(Conclusion.MAX_LENGTH), TextInput.lines(Conclusion.MAX_LENGTH),
            TextInput.lines(Conclusion.MAX_LENGTH)};
    private int active;
    /** Whether the fields changed since they were last stored. */
    private boolean changed;

    ConclusionPage(ScreenContext ui, long sessionId, Page back) {
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
    public boolean typing() {
        return true;
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

    @Override
    public Page handle(KeyStroke key) {
        switch (key.getKeyType()) {
            case Escape -> {
                return back;
            }
            case Tab -> active = (active + 1) % fields.length;
            case ReverseTab -> active = (active + fields.length - 1) % fields.length;
            default -> changed |= fields[active].handle(key);
        }
        return this;
    }

    @Override
    public void settle() {
        if (changed) {
            changed = false;
            ui.service.conclude(sessionId, itemNo, fields[0].raw(), fields[1].raw(), fields[2].raw());
        }
    }

    @Override
    public List<Key> keys() {
        return List.of(new Key("Tab", ui.get("screen.key.next.field")), new Key("Enter", ui.get("screen.key.newline")),
                new Key("Esc", ui.get("screen.key.to.item")), new Key("← → ↑ ↓", ui.get("screen.key.cursor")),
                new Key("Home End", ui.get("screen.key.line.ends")));
    }
}
