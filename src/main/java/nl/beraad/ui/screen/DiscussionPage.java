package nl.beraad.ui.screen;

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
final class DiscussionPage implements Page, ScreenUi.Typing, ScreenUi.Ticking {
    private final ScreenContext ui;
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
    public boolean typing() {
        return true;
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
        for (Argument a : ui.service.arguments(sessionId, itemNo)) {
            String who = a.isAnonymous() ? ui.get("arguments.anonymous") : people.get(a.participantId()).name();
            lines.addAll(TextWrap.lines(sideMark(a.side()) + who + ": " + a.text(), width, "      "));
        }
        if (lines.isEmpty()) {
            lines.add(ui.get(kind() == ItemKind.QUESTION ? "answers.none" : "arguments.none"));
        }
        int room = c.bottom() - 2 - row;
        for (int i = Math.max(0, lines.size() - room); i < lines.size(); i++) {
            c.text(Canvas.MARGIN, row++, lines.get(i));
        }
        input.drawField(c, Canvas.MARGIN, c.bottom() - 1, width, sideMark(side));
    }

    /** "[A] ", "[eens] ", or nothing on kinds without sides. */
    private String sideMark(Side s) {
        if (!kind().isScaled()) {
            return "";
        }
        return "[" + ui.get(SideKeys.key("side.short.", kind(), s)) + "] ";
    }

    @Override
    public Page handle(KeyStroke key) {
        if (Keys.ctrl(key, 't')) {
            timer.toggle();
        } else if (Keys.ctrl(key, 'r')) {
            timer.reset();
        } else if (Keys.ctrl(key, 'u')) {
            input.clear();
        } else if (Keys.ctrl(key, 'n')) {
            ui.service.nextSpeaker(sessionId, itemNo);
        } else if (Keys.ctrl(key, 'p') || Keys.ctrl(key, 'x')) {
            if (input.isEmpty()) {
                ui.status(ui.get("speaker.name.first"));
                return this;
            }
            Participant p = ui.service.findParticipant(sessionId, input.value());
            if (Keys.ctrl(key, 'p')) {
                ui.service.addSpeaker(sessionId, itemNo, p);
            } else {
                ui.service.removeSpeaker(sessionId, itemNo, p);
            }
            input.clear();
        } else if (key.getKeyType() == KeyType.Tab && kind().isScaled()) {
            side = Side.values()[(side.ordinal() + 1) % Side.values().length];
        } else if (key.getKeyType() == KeyType.Escape) {
            return back;
        } else if (key.getKeyType() == KeyType.Enter) {
            if (input.isEmpty()) {
                return this;
            }
            SpokenText spoken = SpokenText.parse(ui.service, sessionId, input.value());
            ui.service.addArgument(sessionId, itemNo, spoken.speaker(), side, spoken.text());
            input.clear();
        } else {
            input.handle(key);
        }
        return this;
    }

    @Override
    public List<Key> keys() {
        List<Key> keys = new ArrayList<>();
        keys.add(new Key("Enter", ui.get("screen.key.record")));
        if (kind().isScaled()) {
            keys.add(new Key("Tab", ui.get("screen.key.side")));
        }
        keys.add(new Key("^P", ui.get("screen.key.speaker.add")));
        keys.add(new Key("^N", ui.get("screen.key.speaker.next")));
        keys.add(new Key("^X", ui.get("screen.key.speaker.remove")));
        keys.add(new Key("^T", ui.get("screen.key.timer")));
        keys.add(new Key("^R", ui.get("screen.key.timer.reset")));
        keys.add(new Key("^U", ui.get("screen.key.clear")));
        keys.add(new Key("Esc", ui.get("screen.key.to.item")));
        return keys;
    }
}
