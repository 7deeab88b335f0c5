package nl.beraad.ui.screen;

import static nl.beraad.ui.screen.Keys.type;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import nl.beraad.app.SetEntry;
import nl.beraad.domain.DilemmaSet;
import nl.beraad.domain.Item;
import nl.beraad.domain.Session;
import nl.beraad.domain.NameKeeping;
import nl.beraad.domain.SessionDetails;

/** Choosing the set for a new session, with a preview of the highlighted one. */
final class SetPage implements Page {
    private final ScreenContext ui;
    /** Made once: what the keys do does not change while the page is open. */
    private KeyTable keys;
    private final Page back;
    /**
     * The valid sets, read once when the page opens: reading and parsing every set file again for
     * each key press and redraw cost seconds per key with a set of 10,000 items. Leaving the page
     * and coming back reads them afresh, so an edited set shows up.
     */
    private List<SetEntry> sets;
    private int selected;
    /** How the new session keeps names (named, until the report, anonymous): chosen before it starts, with A. */
    private NameKeeping names = NameKeeping.NAMED;

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
        // Short enough for 80 columns: the whole choice and the key to change it on one line.
        c.bold(Canvas.MARGIN, c.bottom(), Canvas.clip(ui.get(switch (names) {
            case NAMED -> "screen.sets.names.named";
            case UNTIL_FINAL -> "screen.sets.names.until.final";
            case ANONYMOUS -> "screen.sets.names.anonymous";
        }), c.width() - 2 * Canvas.MARGIN));
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

    private void choose(KeyStroke key) {
        selected = key.getKeyType() == KeyType.ArrowUp ? Math.max(0, selected - 1)
                : Math.min(Math.max(0, sets().size() - 1), selected + 1);
    }

    /** Starts a session of the chosen set and goes to its participants (first asking its board, where one must be named). */
    private Page begin() {
        List<SetEntry> sets = sets();
        if (sets.isEmpty()) {
            return back;
        }
        if (ui.service.boards().mustBeAsked()) {
            return new BoardPage(ui, sets.get(selected).id(), names, this);
        }
        return started(ui, sets.get(selected).id(), SessionDetails.NONE.with(null, null, null, null, names));
    }

    /** Starts a session of a set, takes it for this screen, and goes to its participants. */
    static Page started(ScreenContext ui, String setId, SessionDetails details) {
        Session session = ui.service.start(setId, null, details);
        ui.claim(session.id());
        return new ParticipantsPage(ui, session.id());
    }

    @Override
    public KeyTable keys() {
        return keys == null ? keys = table() : keys;
    }

    private KeyTable table() {
        return new KeyTable(this)
                .to(type(KeyType.Enter), "Enter", "screen.key.start", k -> begin())
                .on(Keys.letter('a'), "A", "screen.key.names", () -> names = names.next())
                .to(type(KeyType.Escape), "Esc", "screen.key.back", k -> back)
                .on(type(KeyType.ArrowUp, KeyType.ArrowDown), "↑ ↓", "screen.key.choose", this::choose);
    }
}
