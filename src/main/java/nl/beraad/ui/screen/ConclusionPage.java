package nl.beraad.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.SessionItem;
import nl.beraad.text.TextWrap;

/**
 * The conclusion of an item in three parts: conclusion or advice, minority position, action points
 * (one per line). Every key typed is stored at once, so a crash loses nothing that was on screen.
 */
final class ConclusionPage implements Page, ScreenUi.Typing {
    private static final String[] LABELS = {"screen.conclusion.text", "screen.conclusion.minority",
            "screen.conclusion.actions"};

    private final ScreenContext ui;
    private final long sessionId;
    private final int itemNo;
    private final Page back;
    private final StringBuilder[] fields = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
    private int active;

    ConclusionPage(ScreenContext ui, long sessionId, Page back) {
        this.ui = ui;
        this.sessionId = sessionId;
        this.back = back;
        SessionItem item = ui.currentItem(sessionId);
        this.itemNo = item.number();
        ui.service.record(sessionId).conclusion(itemNo).ifPresent(c -> {
            fields[0].append(c.text());
            fields[1].append(c.minority());
            fields[2].append(c.actions());
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
            List<String> lines = new ArrayList<>();
            String text = fields[f] + (f == active ? "_" : "");
            for (String paragraph : text.split("\n", -1)) {
                lines.addAll(TextWrap.lines(paragraph, width, ""));
            }
            // Show the end of a long text: that is where the typing happens.
            int first = Math.max(0, lines.size() - (room - 2));
            for (int i = first; i < lines.size(); i++) {
                c.text(Canvas.MARGIN + 2, row++, lines.get(i));
            }
            row = Math.max(row, 2 + (f + 1) * room);
        }
    }

    @Override
    public Page handle(KeyStroke key) {
        StringBuilder field = fields[active];
        switch (key.getKeyType()) {
            case Escape -> {
                return back;
            }
            case Tab -> active = (active + 1) % fields.length;
            case ReverseTab -> active = (active + fields.length - 1) % fields.length;
            case Enter -> {
                field.append('\n');
                save();
            }
            case Backspace -> {
                if (field.length() > 0) {
                    field.deleteCharAt(field.length() - 1);
                    save();
                }
            }
            case Character -> {
                if (!key.isCtrlDown() && !key.isAltDown() && !Character.isISOControl(key.getCharacter())
                        && field.length() < Conclusion.MAX_LENGTH) {
                    field.append(key.getCharacter());
                    save();
                }
            }
            default -> {
                return this;
            }
        }
        return this;
    }

    private void save() {
        ui.service.conclude(sessionId, itemNo, fields[0].toString(), fields[1].toString(), fields[2].toString());
    }

    @Override
    public List<Key> keys() {
        return List.of(new Key("Tab", ui.get("screen.key.next.field")), new Key("Enter", ui.get("screen.key.newline")),
                new Key("Esc", ui.get("screen.key.to.item")));
    }
}
