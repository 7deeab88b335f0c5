package nl.beraad.ui.screen;

import static nl.beraad.ui.screen.Keys.type;

import com.googlecode.lanterna.input.KeyType;
import nl.beraad.domain.CleanText;
import nl.beraad.domain.NameKeeping;
import nl.beraad.domain.SessionDetails;

/**
 * Asks which board (orgaan) meets before a session starts, where every session must name one (the
 * organisation's server) and no standard board was set (BERAAD_BODY): typed here, or the session is
 * not started.
 */
final class BoardPage implements Page {
    private final ScreenContext ui;
    private final String setId;
    private final NameKeeping names;
    private final Page back;
    private final TextInput board = new TextInput(SessionDetails.MAX_LENGTH);
    private KeyTable keys;

    BoardPage(ScreenContext ui, String setId, NameKeeping names, Page back) {
        this.ui = ui;
        this.setId = setId;
        this.names = names;
        this.back = back;
    }

    @Override
    public String title() {
        return ui.get("screen.board.title");
    }

    @Override
    public void draw(Canvas c) {
        int width = c.width() - 2 * Canvas.MARGIN;
        int row = c.paragraph(Canvas.MARGIN, 2, width, ui.get("screen.board.hint"), "");
        board.drawField(c, Canvas.MARGIN, row + 1, width, ui.get("screen.details.body") + ": ");
    }

    /** Starts the session with the board typed and goes to its participants; nothing typed starts nothing. */
    private Page begin() {
        if (!CleanText.hasVisible(board.value())) {
            ui.status(ui.get("screen.board.empty"));
            return this;
        }
        return SetPage.started(ui, setId, SessionDetails.NONE.with(board.value(), null, null, null, names));
    }

    @Override
    public KeyTable keys() {
        return keys == null ? keys = new KeyTable(this)
                .to(type(KeyType.Enter), "Enter", "screen.key.start", k -> begin())
                .to(type(KeyType.Escape), "Esc", "screen.key.back", k -> back)
                .text(board::handle) : keys;
    }
}
