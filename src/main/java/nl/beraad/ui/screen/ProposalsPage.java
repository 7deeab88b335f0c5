package nl.beraad.ui.screen;

import static nl.beraad.ui.screen.Keys.control;
import static nl.beraad.ui.screen.Keys.letter;
import static nl.beraad.ui.screen.Keys.type;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.beraad.app.PhoneService;
import nl.beraad.domain.Argument;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Proposal;
import nl.beraad.domain.SessionId;
import nl.beraad.text.TextWrap;

/**
 * Arguments sent from phones, waiting for the facilitator: only here are they shown, and only once
 * accepted (as sent, or after editing the text) are they the board's arguments, on the discussion
 * page and in the report. Dropping one asks first.
 */
final class ProposalsPage implements Page {
    private final ScreenContext ui;
    private final SessionId sessionId;
    private final ItemNo itemNo;
    private final ItemKind kind;
    private final Page back;
    private final PhoneService phones;
    /** The proposal chosen with ↑ ↓, by id, so that one arriving meanwhile does not move the choice. */
    private Long chosen;
    /** The chosen proposal's text being edited before it is accepted; null while not editing. */
    private TextInput edit;
    private final Question question = new Question();

    ProposalsPage(ScreenContext ui, SessionId sessionId, ItemNo itemNo, ItemKind kind, Page back) {
        this.ui = ui;
        this.sessionId = sessionId;
        this.itemNo = itemNo;
        this.kind = kind;
        this.back = back;
        this.phones = ui.phones();
    }

    @Override
    public String title() {
        return ui.get("screen.proposals.title", itemNo, ui.service.item(sessionId, itemNo).item().title());
    }

    private List<Proposal> open() {
        return phones.openProposals(sessionId, itemNo);
    }

    /** The chosen proposal, or the oldest waiting when the chosen one is gone (decided elsewhere). */
    private Optional<Proposal> chosen(List<Proposal> open) {
        Optional<Proposal> p = open.stream().filter(x -> Long.valueOf(x.id()).equals(chosen)).findFirst();
        if (p.isEmpty() && !open.isEmpty()) {
            p = Optional.of(open.get(0));
        }
        chosen = p.map(Proposal::id).orElse(null);
        return p;
    }

    @Override
    public void draw(Canvas c) {
        question.show(ui);
        int width = c.width() - 2 * Canvas.MARGIN;
        int row = c.paragraph(Canvas.MARGIN, 2, width, ui.get("screen.proposals.hint"), "") + 1;
        List<Proposal> open = open();
        Optional<Proposal> current = chosen(open);
        int last = c.bottom() - (edit == null ? 0 : 2);
        if (open.isEmpty()) {
            c.text(Canvas.MARGIN, row, ui.get("screen.proposals.none"));
        }
        Map<ParticipantId, String> names = ui.service.participants(sessionId).stream()
                .collect(Collectors.toMap(Participant::id, Participant::name));
        // From the chosen one on when they do not all fit: the one being decided on is always in view.
        int from = Math.max(0, current.map(open::indexOf).orElse(0) - 1);
        for (int i = from; i < open.size() && row <= last; i++) {
            Proposal p = open.get(i);
            boolean mark = current.isPresent() && current.get().id() == p.id();
            String who = p.participantId() == null ? ui.get("screen.proposals.anonymous")
                    : names.getOrDefault(p.participantId(), "?");
            List<String> lines = TextWrap.lines(DiscussionPage.sideMark(ui, kind, p.side()) + who + ": " + p.text(),
                    width - 2, "      ");
            for (int l = 0; l < lines.size() && row <= last; l++) {
                c.row(Canvas.MARGIN, row++, (mark && l == 0 ? "> " : "  ") + lines.get(l), mark);
            }
        }
        if (edit != null) {
            edit.drawField(c, Canvas.MARGIN, c.bottom() - 1, width, "[" + ui.get("screen.proposals.editing") + "] ");
        }
    }

    private void choose(KeyStroke key) {
        List<Proposal> open = open();
        int at = chosen(open).map(open::indexOf).orElse(0);
        int next = key.getKeyType() == KeyType.ArrowUp ? Math.max(0, at - 1) : Math.min(open.size() - 1, at + 1);
        chosen = open.isEmpty() ? null : open.get(next).id();
    }

    /** Accepts the chosen proposal as the board's argument, with the edited text if it was edited. */
    private Page accept(String text) {
        Optional<Proposal> p = chosen(open());
        if (p.isEmpty()) {
            ui.status(ui.get("screen.proposals.none"));
            return this;
        }
        Argument argument = phones.accept(sessionId, p.get().id(), text);
        edit = null;
        ui.status(ui.get("screen.proposals.accepted", Canvas.clip(argument.text(), 50)));
        return afterDecision();
    }

    /** Back to the discussion once nothing waits any more; otherwise the next proposal is chosen. */
    private Page afterDecision() {
        chosen = null;
        return open().isEmpty() ? back : this;
    }

    private void startEditing() {
        Optional<Proposal> p = chosen(open());
        if (p.isEmpty()) {
            ui.status(ui.get("screen.proposals.none"));
            return;
        }
        edit = new TextInput(Argument.MAX_LENGTH);
        edit.set(p.get().text());
    }

    private void askToDrop() {
        Optional<Proposal> p = chosen(open());
        if (p.isEmpty()) {
            ui.status(ui.get("screen.proposals.none"));
            return;
        }
        long id = p.get().id();
        question.ask(new Confirmation(ui.get("screen.proposals.drop.confirm", Canvas.clip(p.get().text(), 40)), () -> {
            phones.drop(sessionId, id);
            ui.status(ui.get("screen.proposals.dropped"));
            return afterDecision();
        }));
    }

    @Override
    public KeyTable keys() {
        if (edit != null) {
            TextInput field = edit;
            return new KeyTable(this)
                    .to(type(KeyType.Enter), "Enter", "screen.key.proposal.save", k -> accept(field.value()))
                    .on(control('u'), "^U", "screen.key.clear", field::clear)
                    .on(type(KeyType.Escape), "Esc", "screen.key.proposal.cancel", () -> edit = null)
                    .text(field::handle);
        }
        return new KeyTable(this).asking(question)
                .to(type(KeyType.Enter), "Enter", "screen.key.proposal.accept", k -> accept(null))
                .on(letter('e'), "E", "screen.key.proposal.edit", this::startEditing)
                .on(letter('d').or(type(KeyType.Delete)), "D", "screen.key.proposal.drop", this::askToDrop)
                .on(type(KeyType.ArrowUp, KeyType.ArrowDown), "↑ ↓", "screen.key.choose", this::choose)
                .to(type(KeyType.Escape), "Esc", "screen.key.back", k -> back);
    }
}
