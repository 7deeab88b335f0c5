package nl.beraad.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import nl.beraad.domain.NameKeeping;
import nl.beraad.domain.CleanText;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionId;
import nl.beraad.text.NameKeepingText;

/**
 * The details for the report's heading: the session's title, body, place, chair and minute-taker,
 * each a line of text.
 * Stored with every key, like the conclusion, so nothing typed is lost; also after the meeting,
 * when a clerk corrects them before sending the report.
 */
final class DetailsPage implements Page {
    private static final String[] LABELS = {"screen.details.session.title", "screen.details.body", "screen.details.place",
            "screen.details.facilitator", "screen.details.secretary"};

    private final ScreenContext ui;
    /** Made once: what the keys do does not change while the page is open. */
    private KeyTable keys;
    private final SessionId sessionId;
    private final Page back;
    private final TextInput[] fields = {new TextInput(Session.MAX_TITLE), new TextInput(SessionDetails.MAX_LENGTH),
            new TextInput(SessionDetails.MAX_LENGTH), new TextInput(SessionDetails.MAX_LENGTH),
            new TextInput(SessionDetails.MAX_LENGTH)};
    private int active;
    /** Whether the fields changed since they were last stored. */
    private boolean changed;

    DetailsPage(ScreenContext ui, SessionId sessionId, Page back) {
        this.ui = ui;
        this.sessionId = sessionId;
        this.back = back;
        Session session = ui.service.session(sessionId);
        SessionDetails d = session.details();
        fields[0].set(session.title());
        fields[1].set(d.body());
        fields[2].set(d.place());
        fields[3].set(d.facilitator());
        fields[4].set(d.secretary());
    }

    @Override
    public String title() {
        return ui.get("screen.details.title", sessionId, ui.service.session(sessionId).title());
    }

    @Override
    public void draw(Canvas c) {
        int width = c.width() - 2 * Canvas.MARGIN;
        int row = c.paragraph(Canvas.MARGIN, 2, width, ui.get("screen.details.hint"), "");
        row++;
        int labelWidth = 0;
        for (String key : LABELS) {
            labelWidth = Math.max(labelWidth, ui.get(key).length());
        }
        for (int f = 0; f < fields.length; f++) {
            String label = (f == active ? "> " : "  ") + Canvas.pad(ui.get(LABELS[f]), labelWidth) + "  ";
            c.row(Canvas.MARGIN, row, label, f == active);
            if (f == active) {
                fields[f].drawLine(c, Canvas.MARGIN + label.length(), row, width - label.length());
            } else {
                c.text(Canvas.MARGIN + label.length(), row, Canvas.clip(fields[f].shown(), width - label.length()));
            }
            row += 2;
        }
        NameKeeping names = ui.service.session(sessionId).details().names();
        String fewer = switch (names) {
            case NAMED, UNTIL_FINAL -> " " + ui.get("screen.details.names.fewer", sessionId);
            case ANONYMOUS -> "";
        };
        c.paragraph(Canvas.MARGIN, row, width, NameKeepingText.meaning(ui.msg, names) + fewer, "");
    }

    private void type(KeyStroke key) {
        changed |= fields[active].handle(key);
    }

    private void next() {
        active = (active + 1) % fields.length;
    }

    private void previous() {
        active = (active + fields.length - 1) % fields.length;
    }

    /** Stores the fields; each holds no more than a detail may be long, so only a refused paste is not stored. */
    @Override
    public void settle() {
        if (changed) {
            changed = false;
            Session session = ui.service.session(sessionId);
            // A title being retyped may be empty for a moment: the old one stays until there is a new one.
            if (CleanText.hasVisible(fields[0].value()) && !fields[0].value().equals(session.title())) {
                ui.service.retitle(sessionId, fields[0].value());
            }
            // So is the board on a server, where a session must name one.
            String body = ui.service.boards().required() && !CleanText.hasVisible(fields[1].value())
                    ? session.details().body() : fields[1].value();
            ui.service.describe(sessionId, session.details().with(body, fields[2].value(), fields[3].value(),
                    fields[4].value(), null));
        }
    }

    @Override
    public KeyTable keys() {
        return keys == null ? keys = table() : keys;
    }

    private KeyTable table() {
        return new KeyTable(this)
                .on(Keys.type(KeyType.Tab), "Tab", "screen.key.next.field", this::next)
                .to(Keys.type(KeyType.Escape, KeyType.Enter), "Esc", "screen.key.back", k -> back)
                .on(Keys.type(KeyType.ArrowUp, KeyType.ArrowDown), "↑ ↓", "screen.key.choose",
                        k -> {
                            if (k.getKeyType() == KeyType.ArrowUp) {
                                previous();
                            } else {
                                next();
                            }
                        })
                .on(Keys.type(KeyType.ArrowLeft, KeyType.ArrowRight), "← →", "screen.key.cursor", this::type)
                .on(Keys.type(KeyType.ReverseTab), "Shift-Tab", "screen.key.previous.field", this::previous)
                .text(this::type);
    }
}
