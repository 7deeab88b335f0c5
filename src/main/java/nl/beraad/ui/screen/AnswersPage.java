package nl.beraad.ui.screen;

import static nl.beraad.ui.screen.Keys.type;

import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.stream.Collectors;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.Side;

/**
 * Answers to an open question in turn: the screen names each member who has not answered yet and
 * the facilitator (or the member) types the answer. Answers are not secret, so the ones given stay
 * in view and there is no blank hand-over screen.
 */
final class AnswersPage implements Page {
    private final ScreenContext ui;
    /** Made once: what the keys do does not change while the page is open. */
    private KeyTable keys;
    private final SessionId sessionId;
    private final ItemNo itemNo;
    private final Page back;
    private final List<Participant> waiting;
    private final TextInput answer = new TextInput();
    private int index;
    /** An answer given chosen with ↑ to edit or delete (a typo, a remark to be taken back). */
    private final ArgumentChoice choice;

    private AnswersPage(ScreenContext ui, SessionId sessionId, ItemNo itemNo, Page back, List<Participant> waiting) {
        this.ui = ui;
        this.sessionId = sessionId;
        this.itemNo = itemNo;
        this.back = back;
        this.waiting = waiting;
        this.choice = new ArgumentChoice(ui, sessionId, itemNo, this, answer);
    }

    /** Every voting member who has not answered the current open question yet, in the order they were added. */
    static Page start(ScreenContext ui, SessionId sessionId, Page back) {
        SessionItem item = ui.currentItem(sessionId);
        if (!item.item().kind().collectsAnswers()) {
            throw BeraadException.invalid("answer.not.question.screen");
        }
        List<Participant> waiting = ui.service.stillToAnswer(sessionId, item.number());
        if (waiting.isEmpty()) {
            ui.status(ui.service.voters(sessionId).isEmpty() ? ui.get("screen.participants.none")
                    : ui.get("screen.answers.everyone"));
            return back;
        }
        return new AnswersPage(ui, sessionId, item.number(), back, waiting);
    }

    @Override
    public String title() {
        return ui.get("screen.answers.turn.title", itemNo, ui.currentItem(sessionId).item().title(), index + 1,
                waiting.size());
    }

    @Override
    public void draw(Canvas c) {
        int width = c.width() - 2 * Canvas.MARGIN;
        SessionItem item = ui.currentItem(sessionId);
        int row = c.paragraph(Canvas.MARGIN, 2, width, ui.get("item.question", item.item().form().prompt()), "  ");
        row++;
        var people = ui.service.participants(sessionId).stream()
                .collect(Collectors.toMap(Participant::id, Participant::name));
        // The newest answers stay in view (or the one chosen); the input line sits at the bottom.
        choice.draw(c, row, c.bottom() - 3, width, ui.service.arguments(sessionId, itemNo),
                a -> "- " + (a.isAnonymous() ? ui.get("arguments.anonymous") : people.get(a.participantId())) + ": "
                        + a.text(), "");
        String prompt = choice.editing() ? choice.editLabel()
                : ui.get("screen.answers.for", waiting.get(index).name()) + " ";
        c.bold(Canvas.MARGIN, c.bottom() - 1, prompt);
        answer.drawLine(c, Canvas.MARGIN + prompt.length(), c.bottom() - 1, width - prompt.length());
    }

    /** Stores the typed answer of the member whose turn it is; an empty one skips them. */
    private Page enter() {
        Participant who = waiting.get(index);
        if (answer.isEmpty()) {
            return next(ui.get("poll.skipped", who.name()));
        }
        ui.service.addArgument(sessionId, itemNo, who, Side.NONE, answer.value());
        choice.toNewest();
        return next(ui.get("answer.recorded", who.name()));
    }

    /** The next member's turn; after the last one, back to the item. */
    private Page next(String status) {
        answer.clear();
        ui.status(status);
        // One who answered on their own phone meanwhile is passed over, as in a round of positions.
        index = ui.nextStillToAnswer(waiting, index + 1, sessionId, itemNo);
        if (index >= waiting.size()) {
            ui.status(status + " " + ui.msg.counted("prompt.answers", ui.service.arguments(sessionId, itemNo).size()) + ".");
            return back;
        }
        return this;
    }

    @Override
    public KeyTable keys() {
        if (choice.active()) {
            return choice.keys();
        }
        return keys == null ? keys = table() : keys;
    }

    private KeyTable table() {
        return new KeyTable(this)
                .to(type(KeyType.Enter), "Enter", "screen.key.record", k -> enter())
                .to(type(KeyType.Tab), "Tab", "screen.key.skip", k -> next(ui.get("poll.skipped", waiting.get(index).name())))
                .on(type(KeyType.ArrowUp), "↑", "screen.key.argument.choose", choice::choose)
                .on(type(KeyType.PageUp, KeyType.PageDown), "PgUp PgDn", "screen.key.scroll.back", choice::scroll)
                .to(type(KeyType.Escape), "Esc", "screen.key.stop.turn", k -> back)
                .text(answer::handle);
    }
}
