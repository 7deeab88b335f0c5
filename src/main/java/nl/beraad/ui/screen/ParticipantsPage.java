package nl.beraad.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import nl.beraad.domain.Participant;

/** Adding the participants of a session: type a name, Enter; an empty Enter goes to the first item. */
final class ParticipantsPage implements Page, ScreenUi.Typing {
    private final ScreenContext ui;
    private final long sessionId;
    private final TextInput name = new TextInput();

    ParticipantsPage(ScreenContext ui, long sessionId) {
        this.ui = ui;
        this.sessionId = sessionId;
    }

    @Override
    public boolean typing() {
        return true;
    }

    @Override
    public String title() {
        return ui.get("screen.participants.title", ui.service.session(sessionId).title());
    }

    @Override
    public void draw(Canvas c) {
        List<Participant> people = ui.service.participants(sessionId);
        int row = 2;
        row = c.paragraph(Canvas.MARGIN, row, c.width() - 4, ui.get("screen.participants.hint"), "");
        row++;
        c.text(Canvas.MARGIN, row++, ui.get("screen.participants.name") + " " + name.shown(c.width() - 20));
        row++;
        c.bold(Canvas.MARGIN, row++, ui.get("screen.participants.count", people.size()));
        int columns = Math.max(1, (c.width() - 4) / 30);
        int perColumn = Math.max(1, c.bottom() - row);
        for (int i = 0; i < people.size(); i++) {
            int col = i / perColumn;
            if (col >= columns) {
                break;
            }
            Participant p = people.get(i);
            c.text(Canvas.MARGIN + col * 30, row + i % perColumn, Canvas.clip(p.seq() + ". " + p.name(), 29));
        }
    }

    @Override
    public Page handle(KeyStroke key) {
        if (key.getKeyType() == KeyType.Enter) {
            if (name.isEmpty()) {
                return ItemPage.current(ui, sessionId);
            }
            String typed = name.value();
            name.clear();
            Participant p = ui.service.addParticipant(sessionId, typed);
            ui.status(ui.get("participant.added", p.name(), p.seq()));
            return this;
        }
        if (key.getKeyType() == KeyType.Escape) {
            return ItemPage.current(ui, sessionId);
        }
        name.handle(key);
        return this;
    }

    @Override
    public List<Key> keys() {
        return List.of(new Key("Enter", ui.get("screen.key.add")), new Key(ui.get("screen.key.enter.empty"),
                ui.get("screen.key.to.item")), new Key("Esc", ui.get("screen.key.to.item")));
    }
}
