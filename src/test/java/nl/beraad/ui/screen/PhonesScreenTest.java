package nl.beraad.ui.screen;

import nl.beraad.domain.NameKeeping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.beraad.domain.Argument;
import nl.beraad.domain.Device;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.Proposal;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The meeting screen with phones: the phones page (QR code, address, join code, who is connected,
 * release after a question), a phone's answer on the screen within a second without a key, one
 * tally for phones and the laptop, and proposals from phones that become arguments only once the
 * facilitator accepts them.
 */
@Timeout(120)
class PhonesScreenTest {
    /** A phone's answer is on the screen within this, without a key (issue 12). */
    private static final long SECOND = 1000;

    @TempDir
    Path dir;

    private final FakePhonePage page = new FakePhonePage();

    private ScreenDriver meeting(int columns, int rows) throws Exception {
        return new ScreenDriver(dir, columns, rows, "nl").phonePage(page).open()
                .startScpMeeting("Anouk de Vries", "José Öztürk", "Ïda Ëlberg");
    }

    private static SessionId session(ScreenDriver d) {
        return d.service.sessions().get(0).session().id();
    }

    /** A phone that joined and took this member's name. */
    private static Device phoneOf(ScreenDriver d, String name) {
        SessionId id = session(d);
        Participant p = d.service.participants(id).stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return d.phones.name(d.phones.join(id, "token-" + name.hashCode()), p.id());
    }

    /** What a phone does, on a thread of its own as a phone's request is handled. */
    private static <T> T fromPhone(java.util.function.Supplier<T> request) {
        return CompletableFuture.supplyAsync(request).join();
    }

    @Test
    void aPhonesAnswerIsOnTheScreenWithinASecondWithoutAKeyAndCountsInOneTallyWithTheLaptop() throws Exception {
        try (ScreenDriver d = meeting(80, 24)) {
            Device anouk = phoneOf(d, "Anouk de Vries");
            Device ida = phoneOf(d, "Ïda Ëlberg");
            d.key('t').key('o');
            assertTrue(left(d).contains("Ronde 1 staat open: telefoons mogen antwoorden."), d.text());
            d.press(KeyType.Escape);
            assertTrue(d.text().contains("Telefoons mogen antwoorden · 0 verbonden (T)"), d.text());

            d.live();
            d.waitFor("ronde 1: 0 van 3 gestemd", SECOND);
            fromPhone(() -> d.phones.answer(anouk, ItemNo.of(1), Position.step(1)));
            long shown = d.waitFor("ronde 1: 1 van 3 gestemd", SECOND);
            d.waitFor("Gekozen (1 van 3): Anouk de Vries", SECOND);
            assertTrue(shown < SECOND, shown + " ms");

            // José in turn on the laptop: Anouk, who answered on her phone, is not asked.
            d.typeLive(new KeyStroke('s', false, false));
            d.waitFor("      José Öztürk", SECOND);
            assertFalse(d.text().contains("      Anouk de Vries"), d.text());
            d.typeLive(new KeyStroke(KeyType.Enter)).typeLive(new KeyStroke('4', false, false))
                    .typeLive(new KeyStroke(KeyType.Enter));
            d.waitFor("ronde 1: 2 van 3 gestemd", SECOND);
            d.waitFor("      Ïda Ëlberg", SECOND);
            assertTrue(d.settledText().contains("Positie van José Öztürk vastgelegd."), d.text());
            // Ïda answers on her phone while the laptop waits for her turn: the turn page follows, and
            // the status line of the last key stays, since no key was pressed.
            fromPhone(() -> d.phones.answer(ida, ItemNo.of(1), Position.step(5)));
            d.waitFor("ronde 1: 3 van 3 gestemd", SECOND);
            d.waitFor("Gekozen (3 van 3): Anouk de Vries, José Öztürk, Ïda Ëlberg", SECOND);
            assertTrue(d.settledText().contains("Positie van José Öztürk vastgelegd."), d.text());
            d.stopLive();

            d.enter(); // her turn is passed over, she chose on her phone; the round is complete
            assertTrue(d.text().startsWith(" Item 1/4 · Eigen kracht · ronde 1: 3 van 3 gestemd"), d.text());
            assertEquals(List.of(nl.beraad.domain.VoteMethod.DEVICE, nl.beraad.domain.VoteMethod.IN_TURN,
                    nl.beraad.domain.VoteMethod.DEVICE), d.service.votes(session(d), ItemNo.of(1), 1).stream()
                    .sorted(java.util.Comparator.comparing((nl.beraad.domain.Vote v) -> v.participantId())).map(v -> v.method()).toList());
            d.key('o');
            assertTrue(d.text().contains("Uitslag ronde 1 (3 van 3"), d.text());
        }
    }

    @Test
    void theItemPageAndTheHandsPageCountPhonesAndShowPhonesComingAndGoingWithoutAKey() throws Exception {
        try (ScreenDriver d = meeting(80, 24)) {
            Device anouk = phoneOf(d, "Anouk de Vries");
            d.key('t').key('o').press(KeyType.Escape);
            d.phones.answer(anouk, ItemNo.of(1), Position.step(3));
            d.key('h');
            assertTrue(d.text().contains("Met een eigen positie (om de beurt, op naam of per telefoon): 1 van 3"), d.text());
            d.press(KeyType.Escape);
            assertTrue(d.text().contains("Telefoons mogen antwoorden · 0 verbonden (T)"), d.text());
            d.live();
            page.connected.add(anouk.id());
            d.waitFor("Telefoons mogen antwoorden · 1 verbonden (T)", SECOND);
            page.connected.clear();
            d.waitFor("Telefoons mogen antwoorden · 0 verbonden (T)", SECOND);
            d.stopLive();
        }
    }

    @Test
    void theQuestionBeforeARevealFollowsPhonesThatAnswerWhileItWaits() throws Exception {
        try (ScreenDriver d = meeting(80, 24)) {
            Device anouk = phoneOf(d, "Anouk de Vries");
            d.key('t').key('o').press(KeyType.Escape).key('o');
            assertTrue(d.text().contains("Nog niemand heeft een positie (0 van 3)"), d.text());
            d.live();
            fromPhone(() -> d.phones.answer(anouk, ItemNo.of(1), Position.step(2)));
            d.waitFor("Nog niet iedereen heeft een positie: 1 van 3. Toch onthullen?", SECOND);
            d.stopLive();
            d.key('n'); // the question is still the one asked: no reveal
            assertFalse(d.service.item(session(d), ItemNo.of(1)).isRevealed(1));
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80, 24", "160, 50"})
    void theQrCodeOnThePhonesPageDecodesToTheAddressShownInText(int columns, int rows) throws Exception {
        try (ScreenDriver d = meeting(columns, rows)) {
            d.key('t');
            assertTrue(d.rows().get(0).startsWith(" Telefoons · item 1: Eigen kracht"), d.text());
            assertTrue(d.rows().stream().anyMatch(r -> r.contains("Deelnamecode: " + FakePhonePage.CODE)), d.text());
            assertTrue(left(d).contains("Telefoons kunnen dit item nu niet beantwoorden. Druk O om te openen."),
                    d.text());
            QrReading.Shown[][] cells = QrReading.cells(columns, rows, d::at);
            String decoded = QrReading.decode(cells, QrReading.Theme.DARK, "phones-page-dark-" + columns);
            assertEquals(FakePhonePage.ADDRESS, decoded);
            assertTrue(d.rows().stream().anyMatch(r -> textPart(r).equals(decoded)), "the address in text:\n" + d.text());
            assertEquals(decoded, QrReading.decode(cells, QrReading.Theme.LIGHT, "phones-page-light-" + columns));
        }
    }

    /** The screen's text left of the QR code as one line: what wraps there reads as it was written. */
    private static String left(ScreenDriver d) {
        return d.rows().stream().map(PhonesScreenTest::textPart).filter(r -> !r.isEmpty())
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** A row up to where the QR code starts (its first half block), without the spaces around it. */
    private static String textPart(String row) {
        int code = row.indexOf('▀');
        return (code < 0 ? row : row.substring(0, code)).strip();
    }

    /** The whole screen's text as one line. */
    private static String flat(ScreenDriver d) {
        return d.rows().stream().map(String::strip).filter(r -> !r.isEmpty())
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** The row that holds this text, left of the QR code. */
    private static String row(ScreenDriver d, String text) {
        return d.rows().stream().map(PhonesScreenTest::textPart).filter(r -> r.contains(text)).findFirst()
                .orElse("(no row with " + text + ")");
    }

    @Test
    void aPhoneIsReleasedOnlyAfterTheQuestionIsAnsweredYes() throws Exception {
        try (ScreenDriver d = meeting(80, 24)) {
            Device anouk = phoneOf(d, "Anouk de Vries");
            Device jose = phoneOf(d, "José Öztürk");
            d.phones.join(session(d), "token-without-a-name");
            page.connected.add(anouk.id());
            d.key('t');
            assertTrue(d.text().contains("Telefoons (3):"), d.text());
            assertTrue(row(d, "Anouk de Vries").matches("> Anouk de Vries +verbonden"), d.text());
            assertTrue(row(d, "José Öztürk").matches("José Öztürk +niet verbonden"), d.text());
            assertTrue(row(d, "(nog geen naam)").matches("\\(nog geen naam\\) +niet verbonden"), d.text());

            d.press(KeyType.ArrowDown).key('l');
            assertTrue(flat(d).contains("De telefoon van José Öztürk loskoppelen? Die kan dan pas weer antwoorden"),
                    d.text());
            d.key('n');
            assertEquals(3, d.phones.devices(session(d)).size());
            assertFalse(d.text().contains("loskoppelen?"), d.text());

            d.key('l').key('j');
            assertTrue(d.text().contains("De telefoon van José Öztürk is losgekoppeld."), d.text());
            assertEquals(List.of(anouk.id()), d.phones.devices(session(d)).stream().filter(Device::answers)
                    .map(Device::id).toList());
            assertTrue(left(d).contains("Telefoons (2):"), d.text());
            assertFalse(d.rows().stream().anyMatch(r -> textPart(r).matches(".*José Öztürk +(niet )?verbonden")), d.text());
            assertTrue(d.phones.device("token-" + "José Öztürk".hashCode()).orElseThrow().released());
            assertTrue(jose.answers(), "the phone's own copy is old; the stored one is released");
        }
    }

    @Test
    void theFacilitatorNamesAPhoneThatHasNoNameOrTheWrongOne() throws Exception {
        try (ScreenDriver d = meeting(80, 24)) {
            SessionId id = session(d);
            phoneOf(d, "José Öztürk");
            Device unnamed = d.phones.join(id, "token-of-a-phone-without-a-name");
            d.key('t').press(KeyType.ArrowDown).key('n');
            assertTrue(d.text().contains("Naam voor deze telefoon: _"), d.text());
            d.line("jose");
            assertTrue(flat(d).contains("José Öztürk antwoordt al op een ander toestel."), d.text());
            d.ctrl('u').line("ïda");
            assertTrue(d.text().contains("De telefoon antwoordt nu als Ïda Ëlberg."), d.text());
            assertTrue(row(d, "Ïda Ëlberg").matches("> Ïda Ëlberg +niet verbonden"), d.text());
            assertEquals(d.service.participants(id).get(2).id(),
                    d.phones.devices(id).stream().filter(x -> x.id() == unnamed.id()).findFirst().orElseThrow()
                            .participantId());
            d.key('n').press(KeyType.Escape);
            assertFalse(d.text().contains("Naam voor deze telefoon"), d.text());
        }
    }

    @Test
    void inAnAnonymousSessionAPhoneNamedByTheFacilitatorIsANumberedParticipant() throws Exception {
        // Chosen at the start (A twice: anonymous), with no members yet: the phone brings one.
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").phonePage(page).open()) {
            d.chooseScpSet().key('a').key('a').enter().enter();
            SessionId id = session(d);
            assertEquals(NameKeeping.ANONYMOUS, d.service.session(id).details().names());
            d.phones.join(id, "token-anonymous");
            d.key('t').key('n');
            assertTrue(d.text().contains("De telefoon antwoordt nu als Deelnemer 1."), d.text());
            assertTrue(row(d, "Deelnemer 1").matches("> Deelnemer 1 +niet verbonden"), d.text());
        }
    }

    @Test
    void aConnectedPhoneIsShownWithoutAKey() throws Exception {
        try (ScreenDriver d = meeting(80, 24)) {
            Device anouk = phoneOf(d, "Anouk de Vries");
            d.key('t');
            assertTrue(row(d, "Anouk de Vries").endsWith("niet verbonden"), d.text());
            d.live();
            page.connected.add(anouk.id());
            d.waitFor(s -> row(s, "Anouk de Vries").matches("> Anouk de Vries +verbonden"), "Anouk connected", SECOND);
            d.stopLive();
        }
    }

    @Test
    void withoutAVotePageThePhonesKeySaysSoInOneSentence() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()
                .startScpMeeting("Anouk de Vries", "José Öztürk")) {
            d.key('t');
            assertTrue(d.rows().get(0).startsWith(" Item 1/4 · Eigen kracht"), d.text());
            assertTrue(flat(d).contains("Antwoorden met de telefoon kan hier niet: deze Beraad is gestart zonder"
                    + " stempagina. S om de beurt"), "one sentence, on the status line:\n" + d.text());
        }
    }

    @Test
    void aVotePageThatCannotStartIsRefusedInOneSentenceAndTheMeetingGoesOn() throws Exception {
        try (ScreenDriver d = meeting(80, 24)) {
            page.refusal = nl.beraad.domain.BeraadException.conflict("device.item.elsewhere", 3);
            d.key('t');
            assertTrue(d.rows().get(0).startsWith(" Item 1/4 · Eigen kracht"), d.text());
            assertTrue(d.text().contains("Item 3 ligt nu niet op tafel."), d.text());
            page.refusal = null;
            d.key('t');
            assertTrue(d.rows().get(0).startsWith(" Telefoons · item 1"), d.text());
        }
    }

    @Test
    void thePhonesPageInEnglishFitsAt80x24() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "en").phonePage(page).open()
                .startScpMeeting("Anouk de Vries", "José Öztürk")) {
            d.key('t');
            assertTrue(d.rows().get(0).startsWith(" Phones · item 1: "), d.text());
            assertTrue(left(d).contains("Join code: 4821"), d.text());
            assertEquals(" O open round   L release   ↑ ↓ choose   Esc to the item   ? help", d.rows().get(23).stripTrailing());
            assertEquals(FakePhonePage.ADDRESS, QrReading.decode(QrReading.cells(80, 24, d::at), QrReading.Theme.DARK,
                    "phones-page-en"));
        }
    }

    @Test
    void theVotePageStopsWhenTheSessionIsPausedOrFinishedOrTheScreenEnds() throws Exception {
        try (ScreenDriver d = meeting(80, 24)) {
            d.key('t');
            assertTrue(page.running());
            d.press(KeyType.Escape).key('t').press(KeyType.Escape);
            assertEquals(1, page.started.get(), "opened again, the page is the one running");
            d.press(KeyType.Escape); // pause: to the home page
            assertTrue(d.text().contains("Sessie 1 is gepauzeerd"), d.text());
            assertFalse(page.running());

            d.enter().key('t'); // resumed from home
            assertTrue(page.running());
            d.press(KeyType.Escape).key('f').key('j');
            assertTrue(d.text().contains("Sessie 1 is afgerond."), d.text());
            assertFalse(page.running());
            assertEquals(2, page.closed.get());
        }
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").phonePage(page).open()
                .startScpMeeting("Anouk de Vries")) {
            d.key('t');
            assertTrue(page.running());
            d.live().stopLive(); // the input ends: Beraad quits
            assertFalse(page.running());
        }
    }

    @Test
    void proposalsFromPhonesAreCountedUntilTheFacilitatorAcceptsEditsOrDropsThem() throws Exception {
        try (ScreenDriver d = meeting(80, 24)) {
            SessionId id = session(d);
            Device anouk = phoneOf(d, "Anouk de Vries");
            d.key('t').key('a'); // arguments without a name allowed
            assertTrue(d.phones.anonymousProposals(id, ItemNo.of(1)));
            d.press(KeyType.Escape).key('a');
            d.live();
            fromPhone(() -> d.phones.propose(anouk, ItemNo.of(1), Side.A, "Eerst het netwerk vragen.", false));
            d.waitFor(s -> flat(s).contains("Een voorstel van een telefoon, nog niet getoond. Druk Ctrl-O om het te"
                    + " bekijken."), "the proposal counted", SECOND);
            d.stopLive();
            d.phones.propose(anouk, ItemNo.of(1), Side.B, "Wachtlijsten worden langer.", true);
            d.phones.propose(anouk, ItemNo.of(1), Side.A, "Onzin die niemand wil zien.", false);
            d.press(KeyType.Escape).key('a');
            assertTrue(d.text().contains("Voorstellen van telefoons: 3, nog niet getoond."), d.text());
            assertFalse(d.text().contains("netwerk vragen") || d.text().contains("Wachtlijsten"), "not shown: " + d.text());
            assertEquals(List.of(), d.service.arguments(id, ItemNo.of(1)));

            d.ctrl('o');
            assertTrue(d.rows().get(0).startsWith(" Voorstellen van telefoons · item 1: Eigen kracht"), d.text());
            assertTrue(d.text().contains("> [A] Anouk de Vries: Eerst het netwerk vragen."), d.text());
            assertTrue(d.text().contains("  [B] zonder naam: Wachtlijsten worden langer."), d.text());
            d.enter();
            assertTrue(d.text().contains("Aangenomen als argument: Eerst het netwerk vragen."), d.text());
            assertTrue(d.text().contains("> [B] zonder naam: Wachtlijsten worden langer."), d.text());

            d.key('e').ctrl('u').type("De wachtlijsten worden langer.").enter();
            assertTrue(d.text().contains("Aangenomen als argument: De wachtlijsten worden langer."), d.text());

            d.key('d');
            assertTrue(d.text().contains("Voorstel \"Onzin die niemand wil zien.\" schrappen?"), d.text());
            d.key('x');
            assertEquals(1, d.phones.openProposals(id, ItemNo.of(1)).size());
            d.key('d').key('j');
            assertTrue(d.rows().get(0).startsWith(" Gesprek · item 1"), "back to the discussion: " + d.text());
            assertTrue(d.text().contains("Voorstel geschrapt; het is geen argument geworden."), d.text());
            assertTrue(d.text().contains("[A] Anouk de Vries: Eerst het netwerk vragen."), d.text());
            assertTrue(d.text().contains("[B] anoniem: De wachtlijsten worden langer."), d.text());
            assertFalse(d.text().contains("Onzin"), d.text());
            assertEquals(List.of("Eerst het netwerk vragen.", "De wachtlijsten worden langer."),
                    d.service.arguments(id, ItemNo.of(1)).stream().map(Argument::text).toList());
            assertEquals(List.of(Proposal.State.ACCEPTED, Proposal.State.ACCEPTED, Proposal.State.DROPPED),
                    d.phones.proposals(id, ItemNo.of(1)).stream().map(Proposal::state).toList());
        }
    }

    @Test
    void anOpenQuestionInTurnPassesOverWhoAnsweredOnTheirPhoneMeanwhile() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").phonePage(page).open()) {
            d.key('n').press(KeyType.ArrowDown).press(KeyType.ArrowDown).enter(); // raadsrol-2018: item 1 is a question
            d.line("Anouk de Vries").line("José Öztürk").line("Piet").enter();
            SessionId id = session(d);
            Device jose = phoneOf(d, "José Öztürk");
            d.phones.open(id, ItemNo.of(1), false);
            d.key('s');
            assertTrue(d.text().contains("Antwoord van Anouk de Vries: _"), d.text());
            fromPhone(() -> d.phones.answer(jose, ItemNo.of(1), "Te weinig tijd voor het dossier."));
            d.line("De wachtlijsten bij de jeugdzorg.");
            // José answered on the phone while it was Anouk's turn: Piet is next, José is not asked again.
            assertTrue(d.text().contains("Antwoord van Piet: _"), d.text());
            d.line("Geen zicht op wat werkt.");
            assertEquals(List.of("Te weinig tijd voor het dossier.", "De wachtlijsten bij de jeugdzorg.",
                    "Geen zicht op wat werkt."), d.service.arguments(id, ItemNo.of(1)).stream().map(Argument::text).toList());
        }
    }

    @Test
    void theKeyBarsAndHelpAt80x24NameThePhoneKeys() throws Exception {
        try (ScreenDriver d = meeting(80, 24)) {
            d.key('?');
            assertTrue(d.text().contains("T          telefoons"), d.text());
            d.key('?').key('t');
            assertEquals(" O ronde openen   L loskoppelen   ↑ ↓ kiezen   Esc naar het item   ? hulp",
                    d.rows().get(23).stripTrailing());
            d.key('?');
            for (String key : List.of("O          ronde openen", "L          loskoppelen", "↑ ↓        kiezen",
                    "N          naam geven", "A          zonder naam toestaan/niet", "Esc        naar het item")) {
                assertTrue(d.text().contains(key), key + ":\n" + d.text());
            }
            d.key('?').key('o');
            assertTrue(d.rows().get(23).startsWith(" O ronde sluiten   L loskoppelen"), d.rows().get(23));

            d.phones.propose(phoneOf(d, "Anouk de Vries"), ItemNo.of(1), Side.A, "Eerst het netwerk vragen.", false);
            d.press(KeyType.Escape).key('a').press(KeyType.F1);
            assertTrue(d.text().contains("^O         voorstellen van telefoons"), d.text());
            d.press(KeyType.F1).ctrl('o');
            assertEquals(" Enter aannemen   E aanpassen   D schrappen   ↑ ↓ kiezen   Esc terug   ? hulp",
                    d.rows().get(23).stripTrailing());
            d.key('e');
            assertTrue(d.rows().get(23).startsWith(" Enter aangepast aannemen   ^U regel wissen"), d.rows().get(23));
            assertTrue(d.rows().get(23).stripTrailing().endsWith("Esc niet aanpassen   F1 hulp"), d.rows().get(23));
        }
    }
}
