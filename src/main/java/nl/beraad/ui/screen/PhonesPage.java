package nl.beraad.ui.screen;

import static nl.beraad.ui.screen.Keys.letter;
import static nl.beraad.ui.screen.Keys.type;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.beraad.app.PhonePage;
import nl.beraad.app.PhoneService;
import nl.beraad.domain.Device;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.text.TextWrap;

/**
 * Answering on phones ("Telefoons"): the QR code and the address phones join at, the join code, the
 * phones that joined (by name, connected or not) and the facilitator's say over them: open or close
 * the round on the table to phones, allow arguments without a name, release a phone after a question.
 * The vote page runs from the moment this page is first opened until the session is paused or finished.
 */
final class PhonesPage implements Page, ScreenUi.Ticking {
    /** The text column left of the QR code is at least this wide, margin included: the address and a name fit. */
    static final int CODE_COLUMN = 36;

    private final ScreenContext ui;
    private final SessionId sessionId;
    private final Page back;
    private final PhoneService phones;
    private final PhonePage.Serving serving;
    /** The phone chosen with ↑ ↓ (to release); an index into the phones as last drawn. */
    private int selected;
    /** Which phones were shown as connected: a change in that set redraws the page without a key. */
    private Set<Long> shownConnected = Set.of();
    private final Question question = new Question();
    /** The name being typed for the chosen phone (the facilitator names it); null while not naming. */
    private TextInput naming;
    /** The phone being named. */
    private Device named;

    private PhonesPage(ScreenContext ui, SessionId sessionId, Page back, PhonePage.Serving serving) {
        this.ui = ui;
        this.sessionId = sessionId;
        this.back = back;
        this.phones = ui.phones();
        this.serving = serving;
    }

    /** Starts the vote page if it is off and shows it; where phones are not possible, says so and stays. */
    static Page open(ScreenContext ui, SessionId sessionId, Page back) {
        if (!ui.phonesAvailable()) {
            ui.status(ui.get("screen.phones.unavailable"));
            return back;
        }
        return new PhonesPage(ui, sessionId, back, ui.startPhones(sessionId));
    }

    private SessionItem item() {
        return ui.currentItem(sessionId);
    }

    @Override
    public boolean tick() {
        return !serving.connected().equals(shownConnected);
    }

    @Override
    public String title() {
        SessionItem item = item();
        return ui.get("screen.phones.title", item.number(), item.item().title());
    }

    @Override
    public void draw(Canvas c) {
        question.show(ui);
        String address = serving.address();
        // The code as large as the room right of a text column of at least CODE_COLUMN allows, at the
        // right edge; the text (address, code, phones) takes what is left of it.
        QrBlock code = QrBlock.fit(address, c.width() - CODE_COLUMN - Canvas.MARGIN, c.bottom() - 1);
        int codeColumn = c.width() - Canvas.MARGIN - code.columns();
        int width = code.fits() ? codeColumn - 2 - Canvas.MARGIN : c.width() - 2 * Canvas.MARGIN;
        int row = c.paragraph(Canvas.MARGIN, 2, width, ui.get("screen.phones.scan"), "");
        row = bold(c, row, width, address);
        row = bold(c, row + 1, width, ui.get("screen.phones.code", serving.joinCode()));
        SessionItem item = item();
        row = c.paragraph(Canvas.MARGIN, row + 1, width, roundLine(item), "");
        row = c.paragraph(Canvas.MARGIN, row, width, ui.get(phones.anonymousProposals(sessionId, item.number())
                ? "screen.phones.anonymous.on" : "screen.phones.anonymous.off"), "");
        row = devices(c, row + 1, width, naming == null ? c.bottom() : c.bottom() - 2);
        if (naming != null) {
            naming.drawField(c, Canvas.MARGIN, c.bottom(), width, ui.get("screen.phones.name.input") + " ");
        }
        if (code.fits()) {
            code.draw(c, codeColumn, 2, ui.msg);
        } else if (row <= c.bottom()) {
            code.draw(c, Canvas.MARGIN, row + 1, ui.msg); // says in one sentence how much room it needs
        }
    }

    private static int bold(Canvas c, int row, int width, String text) {
        for (String line : TextWrap.lines(text, width, "")) {
            c.bold(Canvas.MARGIN, row++, line);
        }
        return row;
    }

    /** Whether phones may answer the item on the table now, in words. */
    private String roundLine(SessionItem item) {
        if (phones.answering(sessionId, item.number())) {
            return item.item().kind().takesPositions() ? ui.get("screen.phones.open", item.round())
                    : ui.get("screen.phones.open.answers");
        }
        return ui.get("screen.phones.closed");
    }

    /** The phones that joined: a name (or that none was chosen yet) and whether it is connected. */
    private int devices(Canvas c, int row, int width, int last) {
        List<Device> devices = phones.devices(sessionId);
        Set<Long> connected = Set.copyOf(serving.connected());
        shownConnected = connected;
        c.text(Canvas.MARGIN, row++, ui.get("screen.phones.devices", devices.size()));
        if (devices.isEmpty()) {
            return c.paragraph(Canvas.MARGIN, row, width, ui.get("screen.phones.devices.none"), "");
        }
        Map<ParticipantId, String> names = names();
        selected = Math.max(0, Math.min(selected, devices.size() - 1));
        String on = ui.get("screen.phones.connected");
        String off = ui.get("screen.phones.gone");
        int stateWidth = Math.max(on.length(), off.length());
        int nameWidth = Math.max(1, width - 2 - stateWidth - 1);
        int visible = Math.max(1, last - row + 1);
        int first = Math.max(0, selected - visible + 1);
        for (int i = first; i < devices.size() && row <= last; i++) {
            Device d = devices.get(i);
            String state = connected.contains(d.id()) ? on : off;
            String line = (i == selected ? "> " : "  ") + Canvas.pad(Canvas.clip(name(d, names), nameWidth), nameWidth)
                    + " " + " ".repeat(stateWidth - state.length()) + state;
            c.row(Canvas.MARGIN, row++, line, i == selected);
        }
        return row;
    }

    /** The phone's member (in an anonymous session "Deelnemer n"), or that it has not chosen one yet. */
    private String name(Device d, Map<ParticipantId, String> names) {
        return d.participantId() == null ? ui.get("screen.phones.unnamed") : names.getOrDefault(d.participantId(), "?");
    }

    private void choose(KeyStroke key) {
        int count = phones.devices(sessionId).size();
        selected = key.getKeyType() == KeyType.ArrowUp ? Math.max(0, selected - 1)
                : Math.max(0, Math.min(count - 1, selected + 1));
    }

    /** Opens the round on the table to phones, or closes it again. */
    private void openOrClose() {
        SessionItem item = item();
        if (phones.answering(sessionId, item.number())) {
            phones.close(sessionId, item.number());
            ui.status(ui.get("screen.phones.closed.now"));
        } else {
            phones.open(sessionId, item.number(), phones.anonymousProposals(sessionId, item.number()));
            ui.status(roundLine(item()));
        }
    }

    private void anonymous() {
        ItemNo itemNo = item().number();
        boolean allowed = !phones.anonymousProposals(sessionId, itemNo);
        phones.allowAnonymous(sessionId, itemNo, allowed);
        ui.status(ui.get(allowed ? "screen.phones.anonymous.on" : "screen.phones.anonymous.off"));
    }

    /** The phone chosen with ↑ ↓, if any joined. */
    private Optional<Device> chosen() {
        List<Device> devices = phones.devices(sessionId);
        return devices.isEmpty() ? Optional.empty()
                : Optional.of(devices.get(Math.min(selected, devices.size() - 1)));
    }

    /**
     * The facilitator gives the chosen phone its member's name (a participant who cannot choose, or
     * chose wrong); in an anonymous session it becomes "Deelnemer n" at once, without a name typed.
     */
    private void startNaming() {
        Optional<Device> d = chosen();
        if (d.isEmpty()) {
            ui.status(ui.get("screen.phones.devices.none"));
        } else if (ui.service.session(sessionId).details().isAnonymous()) {
            Device numbered = phones.numbered(d.get(), ui.get("device.anonymous.word"));
            ui.status(ui.get("screen.phones.named", name(numbered, names())));
        } else {
            named = d.get();
            naming = new TextInput(Participant.MAX_NAME_LENGTH);
        }
    }

    /** Names the phone after the member typed (the start of a name will do, as elsewhere). */
    private void name() {
        Participant p = ui.service.findParticipant(sessionId, naming.value());
        phones.name(named, p.id());
        naming = null;
        ui.status(ui.get("screen.phones.named", p.name()));
    }

    private Map<ParticipantId, String> names() {
        return ui.service.participants(sessionId).stream().collect(Collectors.toMap(Participant::id, Participant::name));
    }

    /** Asks before the chosen phone is released: it must join again with the code to answer once more. */
    private void askToRelease() {
        if (chosen().isEmpty()) {
            ui.status(ui.get("screen.phones.devices.none"));
            return;
        }
        Device d = chosen().get();
        String name = name(d, names());
        question.ask(new Confirmation(ui.get("screen.phones.release.confirm", name), () -> {
            phones.release(sessionId, d.id());
            ui.status(ui.get("screen.phones.released", name));
            return this;
        }));
    }

    @Override
    public KeyTable keys() {
        if (naming != null) {
            TextInput field = naming;
            return new KeyTable(this)
                    .on(type(KeyType.Enter), "Enter", "screen.key.phones.name.save", this::name)
                    .on(Keys.control('u'), "^U", "screen.key.clear", field::clear)
                    .on(type(KeyType.Escape), "Esc", "screen.key.phones.name.cancel", () -> naming = null)
                    .text(field::handle);
        }
        boolean open = phones.answering(sessionId, item().number());
        return new KeyTable(this).asking(question)
                .on(letter('o'), "O", open ? "screen.key.phones.close" : "screen.key.phones.open", this::openOrClose)
                .on(letter('l').or(type(KeyType.Delete)), "L", "screen.key.phones.release", this::askToRelease)
                .on(type(KeyType.ArrowUp, KeyType.ArrowDown), "↑ ↓", "screen.key.choose", this::choose)
                .on(letter('n'), "N", "screen.key.phones.name", this::startNaming)
                .on(letter('a'), "A", "screen.key.phones.anonymous", this::anonymous)
                .to(type(KeyType.Escape), "Esc", "screen.key.to.item", k -> back);
    }
}
