package nl.beraad.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import nl.beraad.app.SetEntry;
import nl.beraad.domain.DilemmaSet;
import nl.beraad.domain.Item;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionDetails;

/** Choosing the set for a new session, with a preview of the highlighted one. */
final class SetPage implements Page {
    private final ScreenContext ui;
    private final Page back;
    /**
     * The valid sets, read once when the page opens: reading and parsing every set file again for
     * each key press and redraw cost seconds per key with a set of 10,000 items. Leaving the page
     * and coming back reads them afresh, so an edited set shows up.
     */
    private List<SetEntry> sets;
    private int selected;
    /** Whether the new session is anonymous: no name ever reaches its report. Chosen before it starts. */
    private boolean anonymous;

    SetPage(ScreenContext ui, Page back) {
        this.ui = ui;
        this.back = back;
    }

    private List<SetEntry> sets() {
        if (sets == null) {
            sets = ui.sets.list().stream().filter(SetEntry::isValid).toList();
        }
        return sets;
    }

    @Override
    public String title() {
        return ui.get("screen.sets.title");
    }

    @Override
    public void draw(Canvas c) {
        List<SetEntry> sets = sets();
        int row = 2;
        if (sets.isEmpty()) {
            c.paragraph(Canvas.MARGIN, row, c.width() - 4, ui.get("screen.sets.none"), "");
            return;
        }
        selected = Math.min(selected, sets.size() - 1);
        for (int i = 0; i < sets.size() && row < c.bottom() / 2; i++) {
            DilemmaSet set = sets.get(i).set();
            String line = (i == selected ? "> " : "  ") + set.title() + "  (" + set.items().size() + ")";
            c.row(Canvas.MARGIN, row++, line, i == selected);
        }
        DilemmaSet chosen = sets.get(selected).set();
        // On the last body row, below the preview, so the preview keeps its room at 80x24.
        c.bold(Canvas.MARGIN, c.bottom(), Canvas.clip(ui.get(anonymous ? "screen.sets.anonymous.on"
                : "screen.sets.anonymous.off"), c.width() - 2 * Canvas.MARGIN));
        row++;
        c.bold(Canvas.MARGIN, row++, chosen.title());
        int width = c.width() - 2 * Canvas.MARGIN;
        if (!chosen.description().isEmpty()) {
            row = c.paragraph(Canvas.MARGIN, row, width, chosen.description(), "");
        }
        row++;
        int n = 1;
        for (Item item : chosen.items()) {
            if (row > c.bottom() - 1) {
                break;
            }
            c.text(Canvas.MARGIN, row++, String.format("%2d. %s (%s)", n++, item.title(),
                    ui.get("kind." + item.kind().word())));
        }
    }

    @Override
    public Page handle(KeyStroke key) {
        List<SetEntry> sets = sets();
        switch (key.getKeyType()) {
            case ArrowUp -> selected = Math.max(0, selected - 1);
            case ArrowDown -> selected = Math.min(Math.max(0, sets.size() - 1), selected + 1);
            case Escape -> {
                return back;
            }
            case Character -> {
                if (Keys.is(key, 'a')) {
                    anonymous = !anonymous;
                }
            }
            case Enter -> {
                if (sets.isEmpty()) {
                    return back;
                }
                Session session = ui.service.start(sets.get(selected).id(), null,
                        SessionDetails.NONE.with(null, null, null, null, anonymous));
                ui.claim(session.id());
                return new ParticipantsPage(ui, session.id());
            }
            default -> {
                return this;
            }
        }
        return this;
    }

    @Override
    public List<Key> keys() {
        return List.of(new Key("Enter", ui.get("screen.key.start")), new Key("A", ui.get("screen.key.anonymous")),
                new Key("Esc", ui.get("screen.key.back")), new Key("↑ ↓", ui.get("screen.key.choose")));
    }
}
