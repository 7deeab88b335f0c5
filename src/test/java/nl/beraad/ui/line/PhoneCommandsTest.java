package nl.beraad.ui.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.beraad.app.PhonePage;
import nl.beraad.app.PhoneService;
import nl.beraad.app.SessionService;
import nl.beraad.domain.Argument;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Device;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Position;
import nl.beraad.domain.Proposal;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.Side;
import nl.beraad.support.Services;
import nl.beraad.text.Messages;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Line mode's phone commands on a real session and store, with a vote page that only pretends to
 * serve (the web adapter's own tests serve it for real): the facilitator starts and stops the page
 * and sees its address and join code, lists and releases devices (released only on the word for
 * yes), opens and closes the round to phones, and accepts (as sent or edited) or drops what phones
 * proposed; each effect is checked in the store, in Dutch and in English.
 */
@Timeout(60)
class PhoneCommandsTest {
    private Services services;
    private SessionService sessions;
    private PhoneService phones;
    private final FakePage page = new FakePage();
    private Session session;

    /** A vote page that records being started and stopped, at a fixed address. */
    private static final class FakePage implements PhonePage {
        final Set<Long> connected = new HashSet<>();
        final List<String> events = new ArrayList<>();

        @Override
        public Serving start(SessionId sessionId) {
            events.add("start " + sessionId);
            return new Serving() {
                @Override
                public String address() {
                    return "http://192.0.2.7:8421/";
                }

                @Override
                public String joinCode() {
                    return "482913";
                }

                @Override
                public Set<Long> connected() {
                    return Set.copyOf(connected);
                }

                @Override
                public void close() {
                    events.add("close");
                }
            };
        }
    }

    @BeforeEach
    void open() {
        services = Services.open();
        sessions = services.sessions();
        phones = services.phones();
        session = services.meeting(0);
        for (String name : List.of("Anouk", "Bram", "Cor")) {
            sessions.addParticipant(session.id(), name);
        }
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Types the lines into a line-mode session (then the end of input) and returns what it printed. */
    private String typed(String language, String... lines) {
        return typed(page, language, lines);
    }

    private String typed(PhonePage page, String language, String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] input = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        try (Terminal terminal = LineTerminals.open(new ByteArrayInputStream(input), out, false);
             LinePhones linePhones = new LinePhones(phones, page)) {
            new LineSession(sessions, linePhones, Messages.forLanguage(language), LineTerminals.reader(terminal, null),
                    session.id(), false).run();
            terminal.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private Device phoneOf(String token, String name) {
        Device d = phones.join(session.id(), token);
        ParticipantId id = sessions.participants(session.id()).stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
        return phones.name(d, id);
    }

    @Test
    void theFacilitatorStartsThePageListsAndReleasesDevicesAndOpensTheRound() {
        Device anouk = phoneOf("hash-a", "Anouk");
        Device unnamed = phones.join(session.id(), "hash-b");
        page.connected.add(anouk.id());

        String shown = typed("nl", "telefoons", "toestellen", "openen", "telefoons aan", "toestellen",
                "loskoppelen " + unnamed.id(), "loskoppelen 999", "loskoppelen " + unnamed.id() + " ja", "toestellen",
                "telefoons qr");

        assertTrue(shown.contains("De stempagina voor telefoons staat uit. Aanzetten: telefoons aan"), shown);
        // Before the page runs nobody counts as connected; once it runs, the page says who is.
        assertTrue(shown.contains("2 telefoons, waarvan 0 verbonden:"), shown);
        assertTrue(shown.contains("Ronde 1 van item 1 staat open voor de telefoons."), shown);
        assertTrue(shown.contains("Let op: de stempagina staat nog uit"), shown);
        assertTrue(shown.contains("adres: http://192.0.2.7:8421/\ncode: 482913\n"), shown);
        assertTrue(shown.contains("2 telefoons, waarvan 1 verbonden:\n  " + anouk.id() + ". Anouk — verbonden\n  "
                + unnamed.id() + ". (nog geen naam gekozen) — niet verbonden"), shown);
        assertTrue(shown.contains("Telefoon " + unnamed.id() + " ((nog geen naam gekozen)) loskoppelen?"), shown);
        assertTrue(shown.contains("Doorgaan: loskoppelen " + unnamed.id() + " ja"), shown);
        assertTrue(shown.contains("Er doet geen telefoon met nummer '999' mee."), shown);
        assertTrue(shown.contains("Telefoon " + unnamed.id() + " ((nog geen naam gekozen)) is losgekoppeld."), shown);
        assertTrue(shown.contains("1 telefoon, waarvan 1 verbonden:"), shown);
        // The QR code in its printed form (ink on paper, no colours through a pipe), then the address again.
        assertTrue(shown.contains("█"), shown);
        assertTrue(shown.lastIndexOf("adres: http://192.0.2.7:8421/") > shown.lastIndexOf("█"), shown);

        assertEquals(List.of(anouk.id()), phones.devices(session.id()).stream().map(Device::id).toList());
        assertTrue(phones.device("hash-b").orElseThrow().released());
        assertTrue(phones.answering(session.id(), ItemNo.of(1)));
        // Started once, and stopped when the session ended (the input ran out), so no server stays behind.
        assertEquals(List.of("start " + session.id(), "close"), page.events);
    }

    @Test
    void proposalsAreAcceptedAsSentOrEditedOrDroppedAndTheRoundCloses() {
        Device anouk = phoneOf("hash-a", "Anouk");
        phones.open(session.id(), ItemNo.of(1), true);
        phones.answer(anouk, ItemNo.of(1), Position.step(2));
        phones.propose(anouk, ItemNo.of(1), Side.A, "Eerst de wijk horen", false);
        phones.propose(anouk, ItemNo.of(1), Side.B, "Te duur voor nu", true);
        phones.propose(anouk, ItemNo.of(1), Side.A, "Iets dubbels", false);

        String shown = typed("nl", "voorstellen", "overnemen 1", "overnemen 2 Te duur, zeker dit jaar", "afwijzen 3",
                "overnemen 1", "afwijzen 7", "voorstellen", "sluiten");

        assertTrue(shown.contains("Voorstellen bij item 1 die op u wachten: 3"), shown);
        assertTrue(shown.contains("  1. [pool A] Anouk: Eerst de wijk horen"), shown);
        assertTrue(shown.contains("  2. [pool B] anoniem: Te duur voor nu"), shown);
        assertTrue(shown.contains("Voorstel 1 is overgenomen als argument"), shown);
        assertTrue(shown.contains("Voorstel 2 is in uw woorden overgenomen als argument"), shown);
        assertTrue(shown.contains("Voorstel 3 is afgewezen"), shown);
        assertTrue(shown.contains("Voorstel 1 is al behandeld."), shown);
        assertTrue(shown.contains("Bij dit item is er geen voorstel met nummer '7'."), shown);
        assertTrue(shown.contains("Er wachten geen voorstellen bij item 1."), shown);
        assertTrue(shown.contains("Item 1 is gesloten voor de telefoons."), shown);

        List<Argument> arguments = sessions.arguments(session.id(), ItemNo.of(1));
        assertEquals(List.of("Eerst de wijk horen", "Te duur, zeker dit jaar"), arguments.stream().map(Argument::text).toList());
        assertEquals(List.of(Side.A, Side.B), arguments.stream().map(Argument::side).toList());
        assertFalse(arguments.get(0).isAnonymous());
        assertTrue(arguments.get(1).isAnonymous());
        assertEquals(List.of(Proposal.State.ACCEPTED, Proposal.State.ACCEPTED, Proposal.State.DROPPED),
                phones.proposals(session.id(), ItemNo.of(1)).stream().map(Proposal::state).toList());
        assertFalse(phones.answering(session.id(), ItemNo.of(1)));
        // The page was never started here, so there was nothing to stop.
        assertTrue(page.events.isEmpty());
    }

    @Test
    void aPageThatCannotStartIsOneSentenceAndTheMeetingGoesOn() {
        PhonePage refusing = sessionId -> {
            throw BeraadException.conflict("web.bind.failed", "192.0.2.7:8421");
        };

        String shown = typed(refusing, "nl", "telefoons aan", "telefoons", "stem Anouk 2");

        assertTrue(shown.contains("] > De stempagina kan niet starten op 192.0.2.7:8421:"), shown);
        assertTrue(shown.contains("De stempagina voor telefoons staat uit."), shown);
        assertTrue(shown.contains("Positie van Anouk vastgelegd"), shown);
    }

    @Test
    void theEnglishWordsDoTheSame() {
        Device anouk = phoneOf("hash-a", "Anouk");

        String shown = typed("en", "phones on", "open anonymous", "devices", "release " + anouk.id() + " yes",
                "phones off", "phones off", "close");

        assertTrue(shown.contains("The vote page for phones is running.\naddress: http://192.0.2.7:8421/\ncode: 482913"), shown);
        assertTrue(shown.replaceAll("\\s+", " ").contains(
                "Round 1 of item 1 is open to the phones. Arguments can also be sent without a name."), shown);
        assertTrue(shown.contains("1 phone, 0 of them connected:"), shown);
        assertTrue(shown.contains("Phone " + anouk.id() + " (Anouk) has been released."), shown);
        assertTrue(shown.contains("The vote page has stopped."), shown);
        assertTrue(shown.contains("The vote page for phones is off. To start it: phones on"), shown);
        assertTrue(shown.contains("Item 1 is closed to the phones."), shown);
        assertTrue(phones.devices(session.id()).isEmpty());
        assertFalse(phones.answering(session.id(), ItemNo.of(1)));
        assertEquals(List.of("start " + session.id(), "close"), page.events);
    }
}
