package nl.beraad.ui.screen;

import static nl.beraad.ui.screen.Keys.control;
import static nl.beraad.ui.screen.Keys.type;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.beraad.domain.Argument;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.Side;
import nl.beraad.text.SideKeys;
import nl.beraad.ui.line.SpokenText;

/**
 * The discussion of an item: arguments typed fast ("Anouk: tekst", the side chosen with Tab), the
 * speaker queue with the floor passed on (Ctrl-N, which restarts the speaking time), and a
 * countdown of a length the facilitator sets that runs while typing goes on and rings when it ends.
 * The newest arguments are in view; PgUp scrolls back to earlier ones.
 */
final class DiscussionPage implements Page, ScreenUi.Ticking {
    private final ScreenContext ui;
    /** Made once: what the keys do does not change while the page is open. */
    private KeyTable keys;
    private final SessionId sessionId;
    private final ItemNo itemNo;
    private final Page back;
    /** An argument with its speaker in front ("Anouk: ..."); the argument itself is checked when stored. */
    private final TextInput input = new TextInput(Argument.MAX_LENGTH + Participant.MAX_NAME_LENGTH + 2);
    private final Countdown timer;
    /** The item's kind never changes; asked for once, not for every argument drawn. */
    private final ItemKind kind;
    private Side side;
    private long shownSeconds = -1;
    /** The speaking time in minutes being typed after Ctrl-L; null when the question is not open. */
    private TextInput minutes;
    /** Made once: the keys while the speaking time is asked. */
    private KeyTable minutesKeys;
    /** An argument chosen with ↑ to edit or delete; also keeps how far the list is scrolled back. */
    private final ArgumentChoice choice;

    DiscussionPage(ScreenContext ui, SessionId sessionId, Page back) {
        this.ui = ui;
        this.sessionId = sessionId;
        this.back = back;
        SessionItem item = ui.currentItem(sessionId);
        this.itemNo = item.number();
        this.timer = ui.timer(sessionId, itemNo);
        this.kind = item.item().kind();
        this.side = item.item().kind().isScaled() ? Side.A : Side.NONE;
        this.choice = new ArgumentChoice(ui, sessionId, itemNo, this, input);
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
        return ui.get(kind().collectsAnswers() ? "screen.answers.title" : "screen.discussion.title", itemNo,
                ui.currentItem(sessionId).item().title(), clock);
    }

    @Override
    public void draw(Canvas c) {
        shownSeconds = timer.secondsLeft();
        int width = c.width() - 2 * Canvas.MARGIN;
        List<Participant> speakers = ui.service.speakers(sessionId, itemNo);
        String queue = speakers.isEmpty() ? ui.get("screen.speakers.none")
                : ui.get("screen.speakers", speakers.stream().map(Participant::name).collect(Collectors.joining(" · ")));
        int row = c.paragraph(Canvas.MARGIN, 2, width, queue, "    ");
        // Proposals from phones are counted here, never shown: only accepted ones are arguments.
        int waiting = ui.phones() == null ? 0 : ui.phones().openProposals(sessionId, itemNo).size();
        if (waiting > 0) {
            row = c.paragraph(Canvas.MARGIN, row, width, ui.msg.counted("screen.discussion.proposals", waiting), "");
        }
        row++;
        Map<ParticipantId, Participant> people = ui.service.participants(sessionId).stream()
                .collect(Collectors.toMap(Participant::id, p -> p));
        choice.draw(c, row, c.bottom() - 3, width, ui.service.arguments(sessionId, itemNo),
                a -> sideMark(a.side()) + (a.isAnonymous() ? ui.get("arguments.anonymous")
                        : people.get(a.participantId()).name()) + ": " + a.text(),
                ui.get(kind().collectsAnswers() ? "answers.none" : "arguments.none"));
        if (minutes != null) {
            minutes.drawField(c, Canvas.MARGIN, c.bottom() - 1, width, ui.get("screen.timer.ask") + " ");
        } else {
            input.drawField(c, Canvas.MARGIN, c.bottom() - 1, width, choice.editing() ? choice.editLabel() : sideMark(side));
        }
    }

    /** "[A] ", "[eens] ", or nothing on kinds without sides. */
    private String sideMark(Side s) {
        return sideMark(ui, kind(), s);
    }

    /** "[A] ", "[eens] ", or nothing on kinds without sides; also for a phone's proposal. */
    static String sideMark(ScreenContext ui, ItemKind kind, Side s) {
        if (!kind.isScaled()) {
            return "";
        }
        return "[" + ui.get(SideKeys.key("side.short.", kind, s)) + "] ";
    }

    /** Stores the typed argument, with the speaker named in front of it ("Anouk: ...") if any. */
    private void record() {
        if (input.isEmpty()) {
            return;
        }
        SpokenText spoken = SpokenText.parse(ui.service, sessionId, input.value());
        ui.service.addArgument(sessionId, itemNo, spoken.speaker(), side, spoken.text());
        input.clear();
        choice.toNewest();
    }

    /** Gives the floor to the next on the queue and starts their speaking time afresh. */
    private void nextSpeaker() {
        List<Participant> queue = ui.service.nextSpeaker(sessionId, itemNo);
        timer.reset();
        if (queue.isEmpty()) {
            ui.status(ui.get("screen.floor.none"));
        } else {
            timer.toggle();
            ui.status(ui.get("screen.floor", queue.get(0).name(), timer.shown()));
        }
    }

    /** Sets the speaking time to the typed number of minutes (1 to 60) for this item and the next. */
    private void setMinutes() {
        String typed = minutes.value();
        if (!typed.matches("[0-9]{1,2}") || Integer.parseInt(typed) < 1 || Integer.parseInt(typed) > 60) {
            minutes.clear();
            ui.status(ui.get("screen.timer.minutes", typed));
            return;
        }
        ui.speakingTime(sessionId, Integer.parseInt(typed) * 60L);
        minutes = null;
        ui.status(ui.get("screen.timer.set", timer.shown()));
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

    @Override
    public KeyTable keys() {
        if (minutes != null) {
            return minutesKeys == null ? minutesKeys = minutesTable() : minutesKeys;
        }
        if (choice.active()) {
            return choice.keys();
        }
        return keys == null ? keys = table() : keys;
    }

    /** While the speaking time is asked: Enter sets it, Esc leaves it as it was. */
    private KeyTable minutesTable() {
        return new KeyTable(this)
                .on(type(KeyType.Enter), "Enter", "screen.key.timer.set", this::setMinutes)
                .on(type(KeyType.Escape), "Esc", "screen.key.back", () -> minutes = null)
                .text(k -> minutes.handle(k));
    }

    private KeyTable table() {
        KeyTable keys = new KeyTable(this).on(type(KeyType.Enter), "Enter", "screen.key.record", this::record);
        if (kind().isScaled()) {
            keys.on(type(KeyType.Tab), "Tab", "screen.key.side",
                    () -> side = Side.values()[(side.ordinal() + 1) % Side.values().length]);
        }
        keys.on(control('p'), "^P", "screen.key.speaker.add", this::queue)
                .on(control('n'), "^N", "screen.key.speaker.next", this::nextSpeaker)
                .on(control('x'), "^X", "screen.key.speaker.remove", this::queue)
                .on(control('t'), "^T", "screen.key.timer", timer::toggle)
                .on(control('r'), "^R", "screen.key.timer.reset", timer::reset)
                .on(control('l'), "^L", "screen.key.timer.length", () -> minutes = new TextInput(2))
                .on(type(KeyType.PageUp, KeyType.PageDown), "PgUp PgDn", "screen.key.scroll.back", choice::scroll)
                .on(control('u'), "^U", "screen.key.clear", input::clear)
                .on(type(KeyType.ArrowUp), "↑", "screen.key.argument.choose", choice::choose);
        if (ui.phones() != null) {
            keys.to(control('o'), "^O", "screen.key.proposals", k -> new ProposalsPage(ui, sessionId, itemNo, kind, this));
        }
        return keys.to(type(KeyType.Escape), "Esc", "screen.key.to.item", k -> back)
                .text(input::handle);
    }
}
