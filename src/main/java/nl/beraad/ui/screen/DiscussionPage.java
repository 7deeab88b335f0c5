package nl.beraad.ui.screen;

import static nl.beraad.ui.screen.Keys.control;
import static nl.beraad.ui.screen.Keys.letter;
import static nl.beraad.ui.screen.Keys.type;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.beraad.domain.Argument;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.Participant;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.Side;
import nl.beraad.text.SideKeys;
import nl.beraad.text.TextWrap;
import nl.beraad.ui.line.SpokenText;

/**
 * The discussion of an item: arguments typed fast ("Anouk: tekst", the side chosen with Tab), the
 * speaker queue, and a countdown that runs while typing goes on.
 */
final class DiscussionPage implements Page, ScreenUi.Ticking {
    private final ScreenContext ui;
    /** Made once: what the keys do does not change while the page is open. */
    private KeyTable keys;
    private final long sessionId;
    private final int itemNo;
    private final Page back;
    /** An argument with its speaker in front ("Anouk: ..."); the argument itself is checked when stored. */
    private final TextInput input = new TextInput(Argument.MAX_LENGTH + Participant.MAX_NAME_LENGTH + 2);
    private final Countdown timer;
    /** The item's kind never changes; asked for once, not for every argument drawn. */
    private final ItemKind kind;
    private Side side;
    private long shownSeconds = -1;
    /** The argument chosen with ↑ ↓ to edit or delete; null while typing new ones. */
    private Long chosen;
    /** The argument whose text is in the field being edited; null when none. */
    private Long editing;
    /** The tables for choosing and for editing an argument, made when first needed. */
    private KeyTable choosingKeys;
    private KeyTable editingKeys;
    /** The question before a chosen argument is deleted. */
    private final Question question = new Question();

    DiscussionPage(ScreenContext ui, long sessionId, Page back) {
        this.ui = ui;
        this.sessionId = sessionId;
        this.back = back;
        SessionItem item = ui.currentItem(sessionId);
        this.itemNo = item.number();
        this.timer = ui.timer(sessionId, itemNo);
        this.kind = item.item().kind();
        this.side = item.item().kind().isScaled() ? Side.A : Side.NONE;
    }

    private ItemKind kind() {
        return kind;
    }

    @Override
    public boolean tick() {
        return timer.running() && timer.secondsLeft() != shownSeconds;
    }

    @Override
    public String title() {
        String clock = ui.get(timer.secondsLeft() == 0 ? "screen.timer.over" : timer.running()
                ? "screen.timer.running" : "screen.timer.paused", timer.shown());
        return ui.get(kind() == ItemKind.QUESTION ? "screen.answers.title" : "screen.discussion.title", itemNo,
                ui.currentItem(sessionId).item().title(), clock);
    }

    @Override
    public void draw(Canvas c) {
        question.show(ui);
        shownSeconds = timer.secondsLeft();
        int width = c.width() - 2 * Canvas.MARGIN;
        List<Participant> speakers = ui.service.speakers(sessionId, itemNo);
        String queue = speakers.isEmpty() ? ui.get("screen.speakers.none")
                : ui.get("screen.speakers", speakers.stream().map(Participant::name).collect(Collectors.joining(" · ")));
        int row = c.paragraph(Canvas.MARGIN, 2, width, queue, "    ");
        row++;
        Map<Long, Participant> people = ui.service.participants(sessionId).stream()
                .collect(Collectors.toMap(Participant::id, p -> p));
        List<String> lines = new ArrayList<>();
        int chosenFirst = -1;
        int chosenLast = -1;
        for (Argument a : ui.service.arguments(sessionId, itemNo)) {
            String who = a.isAnonymous() ? ui.get("arguments.anonymous") : people.get(a.participantId()).name();
            String edited = a.isEdited() ? " (" + ui.get("report.edited") + ")" : "";
            if (Long.valueOf(a.id()).equals(chosen)) {
                chosenFirst = lines.size();
            }
            lines.addAll(TextWrap.lines(sideMark(a.side()) + who + ": " + a.text() + edited, width - 2, "      "));
            if (chosenFirst >= 0 && chosenLast < 0) {
                chosenLast = lines.size() - 1;
            }
        }
        if (lines.isEmpty()) {
            lines.add(ui.get(kind() == ItemKind.QUESTION ? "answers.none" : "arguments.none"));
        }
        int room = c.bottom() - 2 - row;
        // The newest stay in view; a chosen argument higher up scrolls the list to it.
        int first = Math.max(0, lines.size() - room);
        if (chosenFirst >= 0 && chosenFirst < first) {
            first = chosenFirst;
        }
        for (int i = first; i < lines.size() && i < first + room; i++) {
            boolean mark = i >= chosenFirst && i <= chosenLast;
            c.row(Canvas.MARGIN, row++, (mark && i == chosenFirst ? "> " : "  ") + lines.get(i), mark);
        }
        input.drawField(c, Canvas.MARGIN, c.bottom() - 1, width,
                editing != null ? "[" + ui.get("screen.argument.editing") + "] " : sideMark(side));
    }

    /** "[A] ", "[eens] ", or nothing on kinds without sides. */
    private String sideMark(Side s) {
        if (!kind().isScaled()) {
            return "";
        }
        return "[" + ui.get(SideKeys.key("side.short.", kind(), s)) + "] ";
    }

    /** Stores the typed argument, with the speaker named in front of it ("Anouk: ...") if any. */
    private void record() {
        if (input.isEmpty()) {
            return;
        }
        SpokenText spoken = SpokenText.parse(ui.service, sessionId, input.value());
        ui.service.addArgument(sessionId, itemNo, spoken.speaker(), side, spoken.text());
        input.clear();
    }

    /** Adds the typed name to the speaker queue (Ctrl-P) or takes it off (Ctrl-X). */
    private void queue(KeyStroke key) {
        if (input.isEmpty()) {
            ui.status(ui.get("speaker.name.first"));
            return;
        }
        Participant p = ui.service.findParticipant(sessionId, input.value());
        if (Keys.ctrl(key, 'p')) {
            ui.service.addSpeaker(sessionId, itemNo, p);
        } else {
            ui.service.removeSpeaker(sessionId, itemNo, p);
        }
        input.clear();
    }

    /** ↑ ↓ go through the arguments; ↓ past the newest goes back to typing new ones. */
    private void choose(KeyStroke key) {
        List<Argument> all = ui.service.arguments(sessionId, itemNo);
        if (all.isEmpty()) {
            chosen = null;
            return;
        }
        int at = -1;
        for (int i = 0; i < all.size(); i++) {
            if (Long.valueOf(all.get(i).id()).equals(chosen)) {
                at = i;
            }
        }
        int next = at < 0 ? all.size() - 1 : key.getKeyType() == KeyType.ArrowUp ? Math.max(0, at - 1) : at + 1;
        chosen = next >= all.size() ? null : all.get(next).id();
    }

    /** The chosen argument's text goes into the field to be changed; Enter stores it, Esc leaves it as it was. */
    private void edit() {
        Argument a = ui.service.argument(sessionId, chosen);
        editing = a.id();
        input.set(a.text());
    }

    private void saveEdit() {
        ui.service.editArgument(sessionId, editing, input.value(), "");
        ui.status(ui.get("screen.argument.edited"));
        stopEditing();
    }

    private void stopEditing() {
        editing = null;
        input.clear();
    }

    private void askToDelete() {
        Argument a = ui.service.argument(sessionId, chosen);
        question.ask(new Confirmation(ui.get("screen.argument.delete.confirm", Canvas.clip(a.text(), 40)), () -> {
            ui.service.deleteArgument(sessionId, a.id(), "");
            chosen = null;
            ui.status(ui.get("screen.argument.deleted"));
            return this;
        }));
    }

    @Override
    public KeyTable keys() {
        if (editing != null) {
            return editingKeys == null ? editingKeys = editingTable() : editingKeys;
        }
        if (chosen != null) {
            return choosingKeys == null ? choosingKeys = choosingTable() : choosingKeys;
        }
        return keys == null ? keys = table() : keys;
    }

    /** An argument chosen: keys act on it, nothing is typed (E and D are keys here, not letters). */
    private KeyTable choosingTable() {
        return new KeyTable(this).asking(question)
                .on(letter('e'), "E", "screen.key.argument.edit", this::edit)
                .on(letter('d').or(type(KeyType.Delete)), "D", "screen.key.argument.delete", this::askToDelete)
                .on(type(KeyType.ArrowUp, KeyType.ArrowDown), "↑ ↓", "screen.key.choose", this::choose)
                .on(type(KeyType.Escape), "Esc", "screen.key.argument.done", () -> chosen = null);
    }

    /** The chosen argument's text in the field: Enter stores the change, Esc keeps the text as it was. */
    private KeyTable editingTable() {
        return new KeyTable(this)
                .on(type(KeyType.Enter), "Enter", "screen.key.argument.save", this::saveEdit)
                .on(control('u'), "^U", "screen.key.clear", input::clear)
                .on(type(KeyType.Escape), "Esc", "screen.key.argument.cancel", this::stopEditing)
                .text(input::handle);
    }

    private KeyTable table() {
        KeyTable keys = new KeyTable(this).on(type(KeyType.Enter), "Enter", "screen.key.record", this::record);
        if (kind().isScaled()) {
            keys.on(type(KeyType.Tab), "Tab", "screen.key.side",
                    () -> side = Side.values()[(side.ordinal() + 1) % Side.values().length]);
        }
        return keys.on(control('p'), "^P", "screen.key.speaker.add", this::queue)
                .on(control('n'), "^N", "screen.key.speaker.next", () -> ui.service.nextSpeaker(sessionId, itemNo))
                .on(control('x'), "^X", "screen.key.speaker.remove", this::queue)
                .on(control('t'), "^T", "screen.key.timer", timer::toggle)
                .on(control('r'), "^R", "screen.key.timer.reset", timer::reset)
                .on(control('u'), "^U", "screen.key.clear", input::clear)
                .on(type(KeyType.ArrowUp), "↑", "screen.key.argument.choose", this::choose)
                .to(type(KeyType.Escape), "Esc", "screen.key.to.item", k -> back)
                .text(input::handle);
    }
}
