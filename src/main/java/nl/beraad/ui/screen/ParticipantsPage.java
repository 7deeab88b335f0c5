package nl.beraad.ui.screen;

import static nl.beraad.ui.screen.Keys.control;
import static nl.beraad.ui.screen.Keys.type;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.function.Predicate;
import nl.beraad.domain.Participant;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionId;
import nl.beraad.text.NameKeepingText;
import nl.beraad.text.NumberedMembers;
import nl.beraad.ui.line.ParticipantMarks;

/** Adding the participants of a session: type a name, Enter; an empty Enter goes to the first item. */
final class ParticipantsPage implements Page {
    private final ScreenContext ui;
    /** Made once: what the keys do does not change while the page is open. */
    private KeyTable keys;
    private final SessionId sessionId;
    private final TextInput name = new TextInput(Participant.MAX_NAME_LENGTH);
    private int selected;

    ParticipantsPage(ScreenContext ui, SessionId sessionId) {
        this.ui = ui;
        this.sessionId = sessionId;
    }

    @Override
    public String title() {
        var session = ui.service.session(sessionId);
        return withNames(ui, session.details(), ui.get("screen.participants.title", session.title()));
    }

    /** A page title with how the session keeps names, unless it keeps them as typed (as every session did before). */
    static String withNames(ScreenContext ui, SessionDetails details, String title) {
        return switch (details.names()) {
            case NAMED -> title;
            case UNTIL_FINAL, ANONYMOUS -> title + " · " + NameKeepingText.label(ui.msg, details.names());
        };
    }


    @Override
    public void draw(Canvas c) {
        List<Participant> people = ui.service.participants(sessionId);
        int row = 2;
        boolean anonymous = ui.service.session(sessionId).details().isAnonymous();
        row = c.paragraph(Canvas.MARGIN, row, c.width() - 4,
                ui.get(anonymous ? "screen.participants.hint.anonymous" : "screen.participants.hint"), "");
        row++;
        name.drawField(c, Canvas.MARGIN, row++, c.width() - 2 * Canvas.MARGIN,
                ui.get(anonymous ? "screen.participants.count.field" : "screen.participants.name") + " ");
        row++;
        c.bold(Canvas.MARGIN, row++, ui.get("screen.participants.count", people.size()));
        List<String> lines = people.stream().map(p -> p.seq() + ". " + p.name() + ParticipantMarks.of(ui.msg, p)).toList();
        // Only as many columns as the list needs, so a mark such as "(toehoorder)" is not cut off
        // while there is room; at least 20 characters each.
        int room = c.width() - 2 * Canvas.MARGIN;
        int perColumn = Math.max(1, c.bottom() - row + 1);
        int needed = (people.size() + perColumn - 1) / perColumn;
        int columns = Math.max(1, Math.min(needed, room / 20));
        int columnWidth = room / columns;
        // A list longer than the window moves on by whole columns so the chosen one stays in view.
        int capacity = columns * perColumn;
        int first = selected < capacity ? 0 : ((selected - capacity) / perColumn + 1) * perColumn;
        for (int i = first; i < people.size() && i < first + capacity; i++) {
            int col = (i - first) / perColumn;
            String line = Canvas.clip((i == selected ? "> " : "  ") + lines.get(i), columnWidth - 1);
            c.row(Canvas.MARGIN + col * columnWidth, row + (i - first) % perColumn, line, i == selected);
        }
    }

    private void add() {
        String typed = name.value();
        name.clear();
        if (ui.service.session(sessionId).details().isAnonymous()) {
            // No name is typed in an anonymous session: a number adds that many members, each "Deelnemer n".
            List<Participant> added = ui.service.addNumbered(sessionId, ui.get("device.anonymous.word"),
                    NumberedMembers.count(typed));
            ui.status(ui.get("participant.numbered.added", added.size(), added.get(added.size() - 1).name()));
            return;
        }
        Participant p = ui.service.addParticipant(sessionId, typed);
        ui.status(ui.get("participant.added", p.name(), p.seq()));
    }

    /** ↑ asks nothing of the database (typing and moving up stay fast); ↓ needs the length of the list. */
    private void choose(KeyStroke key) {
        if (key.getKeyType() == KeyType.ArrowUp) {
            selected = Math.max(0, selected - 1);
        } else {
            selected = Math.min(Math.max(0, ui.service.participants(sessionId).size() - 1), selected + 1);
        }
    }

    /** Ctrl-R, Ctrl-A, Ctrl-O or Ctrl-X on the chosen participant, if there is one. */
    private void changeChosen(KeyStroke key) {
        List<Participant> people = ui.service.participants(sessionId);
        if (!people.isEmpty()) {
            change(key, people.get(Math.min(selected, people.size() - 1)));
        }
    }

    /** Ctrl-R renames the chosen participant to the typed name; Ctrl-A, Ctrl-O and Ctrl-X toggle absent, observer, remove. */
    private void change(KeyStroke key, Participant p) {
        if (Keys.ctrl(key, 'r')) {
            if (name.isEmpty()) {
                ui.status(ui.get("screen.participants.rename.hint"));
                return;
            }
            Participant renamed = ui.service.renameParticipant(sessionId, p, name.value());
            name.clear();
            ui.status(ui.get("screen.participants.renamed", p.name(), renamed.name()));
        } else if (Keys.ctrl(key, 'a')) {
            Participant changed = ui.service.setPresent(sessionId, p, !p.present());
            ui.status(ui.get(changed.present() ? "screen.participants.present" : "screen.participants.absent",
                    p.name()));
        } else if (Keys.ctrl(key, 'o')) {
            Participant changed = ui.service.setObserver(sessionId, p, !p.observer());
            ui.status(ui.get(changed.observer() ? "screen.participants.observer" : "screen.participants.member",
                    p.name()));
        } else {
            ui.service.removeParticipant(sessionId, p);
            ui.status(ui.get("screen.participants.removed", p.name()));
            selected = Math.max(0, selected - 1);
        }
    }

    @Override
    public KeyTable keys() {
        return keys == null ? keys = table() : keys;
    }

    private KeyTable table() {
        // Typing asks nothing of the database: a pasted page of text is a million keys.
        Predicate<KeyStroke> enter = type(KeyType.Enter);
        return new KeyTable(this)
                .on(enter.and(k -> !name.isEmpty()), "Enter", "screen.key.add", this::add)
                .to(enter.and(k -> name.isEmpty()), ui.get("screen.key.enter.empty"), "screen.key.to.item",
                        k -> ItemPage.current(ui, sessionId))
                .on(type(KeyType.ArrowUp, KeyType.ArrowDown), "↑ ↓", "screen.key.choose", this::choose)
                .on(control('r'), "^R", "screen.key.rename", this::changeChosen)
                .on(control('a'), "^A", "screen.key.absent", this::changeChosen)
                .on(control('o'), "^O", "screen.key.observer", this::changeChosen)
                .on(control('x'), "^X", "screen.key.remove", this::changeChosen)
                .to(type(KeyType.Escape), "Esc", "screen.key.to.item", k -> ItemPage.current(ui, sessionId))
                .text(name::handle);
    }
}
