package nl.beraad.ui.screen;

import static nl.beraad.ui.screen.Keys.type;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.beraad.app.RoundProgress;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.VoteMethod;
import nl.beraad.text.AnswerSheet;
import nl.beraad.text.ResponseWords;

/**
 * Taking positions in turn on a shared terminal ("doorgeven"): the screen names who is next, that
 * person chooses, and the screen blanks before it names the next one, so nobody sees another's
 * position before the reveal. What is typed shows as stars, and a refused answer is not repeated,
 * so a projector never shows a position. Members who were skipped are asked once more at the end.
 */
final class InTurnPage implements Page {
    private final ScreenContext ui;
    /** Made once each: the keys while the terminal is handed over, and while a member chooses. */
    private KeyTable handOverKeys;
    private KeyTable choosingKeys;
    private final SessionId sessionId;
    private final Page back;
    /** The item as each member sees it on their turn; the item stays the same while this page is open. */
    private final AnswerSheet sheet;
    /** Whose turn it is and who comes after; the skipped ones follow once more when it is done. */
    private List<Participant> waiting;
    private final List<Participant> skipped = new ArrayList<>();
    private boolean secondTime;
    private final TextInput answer = TextInput.masked();
    private int index;
    private boolean choosing;

    private InTurnPage(ScreenContext ui, SessionId sessionId, Page back, AnswerSheet sheet) {
        this.ui = ui;
        this.sessionId = sessionId;
        this.back = back;
        this.sheet = sheet;
        this.waiting = sheet.stillToAnswer();
    }

    /** Everyone who has no position in this round yet, in the order they were added. */
    static Page start(ScreenContext ui, SessionId sessionId, Page back) {
        openRound(ui, sessionId);
        AnswerSheet sheet = ui.answerSheet(sessionId);
        if (sheet.stillToAnswer().isEmpty()) {
            ui.status(ui.service.participants(sessionId).isEmpty() ? ui.get("screen.participants.none")
                    : ui.get("poll.everyone"));
            return back;
        }
        return new InTurnPage(ui, sessionId, back, sheet);
    }

    /** The current item, which must take positions and have its round still open. */
    static SessionItem openRound(ScreenContext ui, SessionId sessionId) {
        SessionItem item = item(ui, sessionId);
        if (!item.item().kind().takesPositions()) {
            throw BeraadException.invalid("vote.question");
        }
        if (item.isRevealed(item.round())) {
            throw BeraadException.conflict("vote.revealed", item.round());
        }
        return item;
    }

    private static SessionItem item(ScreenContext ui, SessionId sessionId) {
        return ui.currentItem(sessionId);
    }

    @Override
    public String title() {
        SessionItem item = item(ui, sessionId);
        RoundProgress progress = ui.service.roundProgress(sessionId, item.number());
        return ui.get("screen.turn.title", item.item().title(), item.round(), progress.answered(), progress.expected());
    }

    @Override
    public void draw(Canvas c) {
        Participant who = waiting.get(index);
        int width = c.width() - 2 * Canvas.MARGIN;
        if (!choosing) {
            int row = Math.max(2, c.height() / 2 - 3);
            c.text(Canvas.MARGIN, row, ui.get("screen.turn.handover"));
            c.bold(Canvas.MARGIN + 4, row + 2, who.name());
            c.paragraph(Canvas.MARGIN, row + 4, width, ui.get("screen.turn.ready"), "");
            // Who has chosen, phones included, follows without a key: never what they chose.
            List<String> answered = ui.answered(sessionId, item(ui, sessionId))
                    .map(line -> Canvas.lines(line, width, 2)).orElse(List.of());
            for (int i = 0; i < answered.size(); i++) {
                c.text(Canvas.MARGIN, c.bottom() - answered.size() + 1 + i, answered.get(i));
            }
            return;
        }
        int row = 2;
        c.bold(Canvas.MARGIN, row++, ui.get("screen.turn.for", who.name()));
        row++;
        row = form(c, row, width);
        row++;
        row = c.paragraph(Canvas.MARGIN, row, width, sheet.hint(), "");
        row++;
        answer.drawField(c, Canvas.MARGIN, Math.min(row, c.bottom() - 1), width, ui.get("screen.turn.input") + " ");
    }

    /**
     * The poles or the statement with the scale, or the options as many as fit; the sheet holds only
     * what the item's kind has. The options' instruction is left out: the hint below says the same.
     */
    private int form(Canvas c, int row, int width) {
        int r = row;
        for (String pole : sheet.poles()) {
            r = c.paragraph(Canvas.MARGIN, r, width, pole, "     ");
        }
        if (!sheet.prompt().isEmpty()) {
            r = c.paragraph(Canvas.MARGIN, r, width, sheet.prompt(), "  ");
        }
        if (!sheet.scaleLegend().isEmpty()) {
            r = c.paragraph(Canvas.MARGIN, r, width, sheet.scaleLegend(), "  ");
        }
        for (int i = 0; i < sheet.options().size() && r < c.bottom() - 4; i++) {
            c.text(Canvas.MARGIN, r++, String.format("%2d. %s", i + 1, sheet.options().get(i)));
        }
        return r;
    }

    /** Records the typed position of the member whose turn it is, and hands over to the next. */
    private Page choose() {
        SessionItem item = item(ui, sessionId);
        Optional<Position> position = ResponseWords.parse(answer.value(), item.item().form());
        if (position.isEmpty()) {
            ui.status(ui.get("screen.turn.unknown", sheet.hint()));
            answer.clear();
            return this;
        }
        try {
            ui.service.vote(sessionId, item.number(), waiting.get(index), position.get(), VoteMethod.IN_TURN);
        } catch (BeraadException e) {
            if (e.exitCode() != ExitCode.INVALID_INPUT) {
                throw e;
            }
            ui.status(ui.msg.problem(e.problems().get(0)));
            answer.clear();
            return this;
        }
        return next(ui.get("poll.recorded", waiting.get(index).name()));
    }

    /** Back to the hand-over screen without choosing; what was typed is gone. */
    private void handBack() {
        choosing = false;
        answer.clear();
    }

    private Page skip() {
        Participant who = waiting.get(index);
        skipped.add(who);
        return next(ui.get("poll.skipped", who.name()));
    }

    /**
     * The next person's turn, on a blank screen; after the last one, those skipped once more, and
     * then back to the item.
     */
    private Page next(String status) {
        answer.clear();
        choosing = false;
        index++;
        skipAnswered();
        ui.status(status);
        if (index >= waiting.size() && !secondTime && !skipped.isEmpty()) {
            secondTime = true;
            waiting = List.copyOf(skipped);
            index = 0;
            ui.status(status + " " + ui.get("screen.turn.again",
                    waiting.stream().map(Participant::name).collect(Collectors.joining(", "))));
        }
        skipAnswered();
        if (index >= waiting.size()) {
            SessionItem item = item(ui, sessionId);
            RoundProgress progress = ui.service.roundProgress(sessionId, item.number());
            ui.status(ui.get("screen.turn.done", progress.answered(), progress.expected()));
            return back;
        }
        return this;
    }

    /** Passes over members who chose meanwhile on their own phone: their turn is not needed any more. */
    private void skipAnswered() {
        index = ui.nextStillToAnswer(waiting, index, sessionId, item(ui, sessionId).number());
    }

    private List<ParticipantId> stillToAnswer() {
        return ui.service.stillToAnswer(sessionId, item(ui, sessionId).number()).stream().map(Participant::id).toList();
    }

    /** The member whose turn it is chooses; one who chose on their own phone meanwhile is passed over. */
    private Page ready() {
        Participant who = waiting.get(index);
        if (!stillToAnswer().contains(who.id())) {
            return next(ui.get("screen.turn.chosen.elsewhere", who.name()));
        }
        choosing = true;
        return this;
    }

    @Override
    public KeyTable keys() {
        if (choosing) {
            return choosingKeys == null ? choosingKeys = choosingTable() : choosingKeys;
        }
        return handOverKeys == null ? handOverKeys = handOverTable() : handOverKeys;
    }

    private KeyTable choosingTable() {
        return new KeyTable(this)
                .to(type(KeyType.Enter), "Enter", "screen.key.confirm", k -> choose())
                .on(type(KeyType.Escape), "Esc", "screen.key.back", this::handBack)
                .text(answer::handle);
    }

    private KeyTable handOverTable() {
        return new KeyTable(this)
                .to(type(KeyType.Enter), "Enter", "screen.key.ready", k -> ready())
                .to(type(KeyType.Tab), "Tab", "screen.key.skip", k -> skip())
                .to(type(KeyType.Escape), "Esc", "screen.key.stop.turn", k -> back);
    }
}
