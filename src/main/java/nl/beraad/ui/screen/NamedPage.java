package nl.beraad.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.beraad.app.RoundProgress;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.Vote;
import nl.beraad.domain.VoteMethod;
import nl.beraad.text.ResponseWords;
import nl.beraad.text.ScaleLabels;

/**
 * Named positions: the facilitator sets each participant's position in an open round, as when
 * members say theirs aloud. Only positions taken this way are shown: one chosen in turn (or on a
 * device, or stored without its method) is secret until the reveal, and is only marked as chosen.
 */
final class NamedPage implements Page {
    private final ScreenContext ui;
    /** Made once: what the keys do does not change while the page is open. */
    private KeyTable keys;
    private final SessionId sessionId;
    private final Page back;
    private final TextInput answer = new TextInput();
    private int selected;

    private NamedPage(ScreenContext ui, SessionId sessionId, Page back) {
        this.ui = ui;
        this.sessionId = sessionId;
        this.back = back;
    }

    static Page start(ScreenContext ui, SessionId sessionId, Page back) {
        InTurnPage.openRound(ui, sessionId);
        if (ui.service.voters(sessionId).isEmpty()) {
            ui.status(ui.get("screen.participants.none"));
            return back;
        }
        return new NamedPage(ui, sessionId, back);
    }

    private SessionItem item() {
        return ui.currentItem(sessionId);
    }

    @Override
    public String title() {
        SessionItem item = item();
        RoundProgress progress = ui.service.roundProgress(sessionId, item.number());
        return ui.get("screen.named.title", item.item().title(), item.round(), progress.answered(), progress.expected());
    }

    @Override
    public void draw(Canvas c) {
        SessionItem item = item();
        ItemForm form = item.item().form();
        List<Participant> people = ui.service.voters(sessionId);
        Map<ParticipantId, Vote> votes = ui.service.votes(sessionId, item.number(), item.round()).stream()
                .collect(Collectors.toMap(Vote::participantId, v -> v));
        int width = c.width() - 2 * Canvas.MARGIN;
        int row = c.paragraph(Canvas.MARGIN, 2, width, ResponseWords.hint(ui.msg, form, "", ""), "");
        row++;
        selected = Math.min(selected, people.size() - 1);
        int visible = Math.max(1, c.bottom() - row - 2);
        int first = Math.max(0, selected - visible + 1);
        for (int i = first; i < people.size() && row <= c.bottom() - 2; i++) {
            Participant p = people.get(i);
            Vote vote = votes.get(p.id());
            String shown = vote == null ? "-"
                    : vote.method() == VoteMethod.NAMED ? label(form, vote.position()) : ui.get("screen.named.chosen");
            String line = (i == selected ? "> " : "  ") + Canvas.pad(p.name(), 30) + " " + shown;
            c.row(Canvas.MARGIN, row++, line, i == selected);
        }
        answer.drawField(c, Canvas.MARGIN, c.bottom() - 1, width, ui.get("screen.named.input", people.get(selected).name())
                + " ");
    }

    private String label(ItemForm form, Position p) {
        if (form.kind().isScaled()) {
            return p.step() == 0 ? ui.get("scale.abstain")
                    : p.step() + " " + new ScaleLabels(ui.msg, form.kind()).label(form.scale(), p);
        }
        return p.isAbstain() ? ui.get("scale.abstain")
                : p.numbers().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private void choose(KeyStroke key) {
        selected = key.getKeyType() == KeyType.ArrowUp ? Math.max(0, selected - 1)
                : Math.min(ui.service.voters(sessionId).size() - 1, selected + 1);
    }

    /** Records the typed position of the chosen member and moves to the next. */
    private void record() {
        SessionItem item = item();
        Participant who = ui.service.voters(sessionId).get(selected);
        Optional<Position> position = ResponseWords.parse(answer.value(), item.item().form());
        String typed = answer.value();
        answer.clear();
        if (position.isEmpty()) {
            ui.status(ui.get("vote.position.unknown", typed, ResponseWords.hint(ui.msg, item.item().form(), "", "")));
            return;
        }
        ui.service.vote(sessionId, item.number(), who, position.get(), VoteMethod.NAMED);
        RoundProgress progress = ui.service.roundProgress(sessionId, item.number());
        ui.status(ui.get("vote.recorded", who.name(), item.round(),
                ui.get("vote.progress", progress.answered(), progress.expected())));
        selected = Math.min(ui.service.voters(sessionId).size() - 1, selected + 1);
    }

    @Override
    public KeyTable keys() {
        return keys == null ? keys = table() : keys;
    }

    private KeyTable table() {
        return KeyTable.rowInput(this, back, answer, this::record, this::choose);
    }
}
