package nl.beraad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.beraad.app.PhonePage;
import nl.beraad.app.PhoneService;
import nl.beraad.app.SessionService;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.Argument;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.Session;
import nl.beraad.domain.Vote;
import nl.beraad.domain.VoteMethod;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.store.MemoryDatabase;
import nl.beraad.support.Browser;
import nl.beraad.text.Messages;
import nl.beraad.text.ResultText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * A participant on a phone in headless Chromium, through the real vote page: joins with the code,
 * picks a name, answers one item of every kind (a set with all six), changes an answer, sees
 * "Vastgelegd" only once it is stored, sees nothing of a result before the reveal and the screen's
 * bars and sentence after it, gets one sentence and nothing stored for a wrong answer, and meets no
 * serious accessibility violation (axe-core, WCAG 2.1 AA) on any page. The same flow runs with
 * JavaScript off. The facilitator acts through the services, as the meeting screen does.
 *
 * <p>With {@code -Ddocs.update=true} the phone's dilemma page is saved as src/docs/phone-page.png for the
 * README (scripts/phone-page-png); otherwise it goes to target/.
 */
@Timeout(180)
class PhoneBrowserTest {
    private static final Messages NL = Messages.forLanguage("nl");
    private static final Path SETS = Path.of("src/test/resources/nl/beraad/e2e").toAbsolutePath();
    private static final Duration SOON = Duration.ofSeconds(10);

    private Database database;
    private SessionService sessions;
    private PhoneService phones;
    private Session session;
    private PhonePage.Serving page;
    private boolean javaScript;

    @BeforeEach
    void meeting() {
        database = MemoryDatabase.fresh();
        JdbcSessionStore store = new JdbcSessionStore(database);
        sessions = new SessionService(store, new SetDirectory(SETS), Clock.systemUTC());
        phones = new PhoneService(sessions, store, Clock.systemUTC());
        session = sessions.start("alle-soorten", "Adviesraad");
        sessions.addParticipant(session.id(), "Anouk de Vries");
        sessions.addParticipant(session.id(), "José Öztürk");
        page = new PhoneServer(sessions, phones, NL, "127.0.0.1", 0).start(session.id());
    }

    @AfterEach
    void end() {
        page.close();
        database.close();
    }

    @Test
    void everyKindAnsweredOnAPhone() {
        try (Browser phone = Browser.phone()) {
            meetingOnAPhone(phone, true, true);
        }
    }

    @Test
    void everyKindAnsweredOnAPhoneWithoutJavaScript() {
        try (Browser phone = Browser.phoneWithoutJavaScript()) {
            meetingOnAPhone(phone, false, false);
        }
    }

    /**
     * The whole meeting on one phone, every page checked for accessibility. With JavaScript on the phone
     * is tapped; without it, it is worked from the keyboard.
     */
    private void meetingOnAPhone(Browser phone, boolean javaScript, boolean screenshot) {
        this.javaScript = javaScript;
        // Join with the code from the facilitator's screen, and pick a name.
        phone.open(page.address());
        accessible(phone, "join");
        phone.fill("Code", page.joinCode());
        press(phone, "Meedoen");
        waitFor(phone, "Kies uw naam");
        accessible(phone, "names");
        press(phone, "Anouk de Vries");
        press(phone, "Dit ben ik");
        waitFor(phone, "U antwoordt als Anouk de Vries.");
        accessible(phone, "waiting");
        assertFalse(phone.text().contains("Antwoord vastleggen"), "no form before the round is opened");

        // 1 dilemma: answered, changed, and the result hidden until the reveal.
        openItem(phone, ItemNo.of(1));
        assertFalse(phone.text().contains("Vastgelegd"), "nothing stored yet, nothing said");
        accessible(phone, "dilemma");
        if (screenshot) {
            screenshot(phone);
        }
        press(phone, "2 A");
        press(phone, "Antwoord vastleggen");
        waitFor(phone, "Vastgelegd");
        assertEquals(List.of(Position.step(2)), positions(ItemNo.of(1)));
        assertTrue(phone.isChecked("2 A"), "the own answer is filled in");
        press(phone, "4 B");
        press(phone, "Antwoord vastleggen");
        storedSoon(ItemNo.of(1), Position.step(4)); // changed: still one answer, the last
        assertEquals(VoteMethod.DEVICE, votes(ItemNo.of(1)).get(0).method());
        Participant jose = sessions.participants(session.id()).get(1);
        sessions.vote(session.id(), ItemNo.of(1), jose, Position.step(1), VoteMethod.IN_TURN);
        phone.reload();
        assertFalse(phone.text().contains("Uitslag"), "no result before the reveal:\n" + phone.text());
        assertFalse(phone.html().contains("class=\"bars\""), "no bars before the reveal");
        assertFalse(phone.text().contains("1 sterk A: "), "nobody's count before the reveal");

        sessions.reveal(session.id(), ItemNo.of(1));
        phone.reload();
        waitFor(phone, "Uitslag ronde 1 (2 van 2 deelnemers):");
        String sentence = new ResultText(NL).of(sessions.record(session.id()), ItemNo.of(1), 1, NL.get("scale.abstain"), 20)
                .sentence();
        assertTrue(phone.text().contains(sentence), "the screen's sentence '" + sentence + "':\n" + phone.text());
        assertTrue(phone.text().contains("1 sterk A: 1") && phone.text().contains("4 B: 1"), phone.text());
        accessible(phone, "result");

        // 2 statement.
        openItem(phone, ItemNo.of(2));
        press(phone, "4 eens");
        press(phone, "Antwoord vastleggen");
        waitFor(phone, "Vastgelegd");
        assertEquals(List.of(Position.step(4)), positions(ItemNo.of(2)));

        // 3 choice of at most two: three refused in one sentence with nothing stored, two stored, then abstaining.
        openItem(phone, ItemNo.of(3));
        press(phone, "Schuldhulp");
        press(phone, "Jeugdhulp");
        press(phone, "Wmo-ondersteuning");
        press(phone, "Antwoord vastleggen");
        waitFor(phone, "U koos 3 opties; bij dit item kiest u er hoogstens 2.");
        assertEquals(List.of(), positions(ItemNo.of(3)), "a wrong answer stores nothing");
        accessible(phone, "choice refused");
        press(phone, "Jeugdhulp");
        press(phone, "Antwoord vastleggen");
        waitFor(phone, "Vastgelegd");
        storedSoon(ItemNo.of(3), Position.numbers(List.of(1, 3)));
        press(phone, "Ik onthoud me");
        waitFor(phone, "U onthoudt zich nu.");
        storedSoon(ItemNo.of(3), Position.ABSTAIN);

        // 4 allocation of 100 points: a wrong total is said in one sentence, the points stay, nothing is stored.
        openItem(phone, ItemNo.of(4));
        phone.fill("Wonen", "50").fill("Jeugd", "30");
        // With JavaScript the total follows the typing; without it the sentence says it once the form is sent.
        assertEquals(javaScript ? "Samen 80 van de 100 punten verdeeld." : "Samen 0 van de 100 punten verdeeld.",
                phone.script("return document.getElementById('answer-total').textContent"));
        phone.fill("Bestaanszekerheid", "10");
        press(phone, "Antwoord vastleggen");
        waitFor(phone, "De punten tellen op tot 90; samen moeten ze precies 100 zijn.");
        assertEquals(List.of(), positions(ItemNo.of(4)));
        assertEquals("50", phone.value("Wonen"));
        accessible(phone, "allocation refused");
        phone.fill("Bestaanszekerheid", "20");
        press(phone, "Antwoord vastleggen");
        waitFor(phone, "Vastgelegd");
        assertEquals(List.of(Position.numbers(List.of(50, 30, 20))), positions(ItemNo.of(4)));

        // 5 ranking: moving an option stores nothing; recording the order does.
        openItem(phone, ItemNo.of(5));
        accessible(phone, "ranking");
        press(phone, "Omhoog Gezond leven");
        assertOrder(phone, "Wonen", "Gezond leven", "Jeugd", "Inclusie");
        assertEquals(List.of(), positions(ItemNo.of(5)), "a move is not an answer");
        press(phone, "Omlaag Wonen");
        assertOrder(phone, "Gezond leven", "Wonen", "Jeugd", "Inclusie");
        press(phone, "Antwoord vastleggen");
        waitFor(phone, "Vastgelegd");
        assertEquals(List.of(Position.numbers(List.of(3, 1, 2, 4))), positions(ItemNo.of(5)));
        assertOrder(phone, "Gezond leven", "Wonen", "Jeugd", "Inclusie");

        // 6 open question.
        openItem(phone, ItemNo.of(6));
        accessible(phone, "question");
        phone.fill("Vraag: Waar loopt u als raadslid het meest tegenaan?", "Dat de regels uit Den Haag komen.");
        press(phone, "Antwoord versturen");
        waitFor(phone, "Uw antwoord is ontvangen.");
        assertEquals(List.of("Dat de regels uit Den Haag komen."),
                sessions.arguments(session.id(), ItemNo.of(6)).stream().map(Argument::text).toList());
    }

    /**
     * Presses the button with this text, or chooses the radio button or checkbox with this label. With
     * JavaScript on as a finger does (a click); without it from the keyboard (Enter on a button, Space on
     * a choice), which is also how someone without a pointer works the page.
     */
    private void press(Browser phone, String text) {
        if (javaScript) {
            phone.click(text);
            return;
        }
        WebElement target = (WebElement) phone.script(FIND, text);
        assertTrue(target != null, "no button or choice '" + text + "' on the page:\n" + phone.text());
        target.sendKeys("button".equals(target.getTagName()) ? Keys.ENTER : Keys.SPACE);
    }

    /** The one button with this text, or the field of the one label with this text (white space normalised). */
    private static final String FIND = """
            const norm = s => (s || '').replace(/\\s+/g, ' ').trim();
            const buttons = [...document.querySelectorAll('button')].filter(b => norm(b.textContent) === arguments[0]);
            const labels = [...document.querySelectorAll('label')].filter(l => l.control && norm(l.textContent) === arguments[0]);
            const all = buttons.concat(labels.map(l => l.control));
            return all.length === 1 ? all[0] : null;
            """;

    /** Waits until the page shows this text, over the page being replaced meanwhile (a submit, a reload). */
    private static void waitFor(Browser phone, String expected) {
        long deadline = System.nanoTime() + SOON.toNanos();
        String shown = "";
        while (System.nanoTime() < deadline) {
            try {
                shown = phone.text();
                if (shown.contains(expected)) {
                    return;
                }
            } catch (WebDriverException e) {
                // the page went away under the probe: look again
            }
            pause();
        }
        assertTrue(shown.contains(expected), "'" + expected + "' did not appear; the page shows:\n" + shown);
    }

    /** The facilitator puts the item on the table and opens it to phones; the phone shows its form. */
    private void openItem(Browser phone, ItemNo itemNo) {
        sessions.moveTo(session.id(), itemNo);
        phones.open(session.id(), itemNo, false);
        phone.reload();
        waitFor(phone, sessions.item(session.id(), itemNo).item().title());
        assertTrue(phone.html().contains("action=\"/answer\""), "the answer form is shown:\n" + phone.text());
    }

    private List<Vote> votes(ItemNo itemNo) {
        return sessions.votes(session.id(), itemNo, 1);
    }

    private List<Position> positions(ItemNo itemNo) {
        return votes(itemNo).stream().map(Vote::position).toList();
    }

    /** The ranking as the phone shows it, once the page after the click has come. */
    private static void assertOrder(Browser phone, String... options) {
        long deadline = System.nanoTime() + SOON.toNanos();
        Object shown;
        do {
            shown = phone.script("return [...document.querySelectorAll('ol.ranking .option')].map(e => e.textContent)");
        } while (!List.of(options).equals(shown) && System.nanoTime() < deadline && pause());
        assertEquals(List.of(options), shown);
    }

    /** The item's one stored position is this, once the request that stores it has been handled. */
    private void storedSoon(ItemNo itemNo, Position expected) {
        long deadline = System.nanoTime() + SOON.toNanos();
        while (!positions(itemNo).equals(List.of(expected)) && System.nanoTime() < deadline && pause()) {
            // wait for the phone's request
        }
        assertEquals(List.of(expected), positions(itemNo));
    }

    private static boolean pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    /**
     * What every page must be: no serious or critical axe-core finding (WCAG 2.1 A and AA), every target
     * at least 44 x 44 px, nothing loaded from elsewhere, and no sideways scrolling on a 320 px phone or
     * on that phone zoomed to 200% (160 CSS px).
     */
    private void accessible(Browser phone, String what) {
        assertEquals(List.of(), phone.axe(), what + " page: axe-core");
        assertEquals(List.of(), phone.targetsSmallerThan(44), what + " page: targets smaller than 44 px");
        for (String resource : phone.resources()) {
            assertTrue(resource.startsWith(page.address()), what + " page loaded " + resource);
        }
        for (int width : new int[] {320, 160}) {
            phone.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", width, "height", 640, "deviceScaleFactor", 1, "mobile", true));
            Object wide = phone.script("return document.documentElement.scrollWidth");
            assertTrue(((Number) wide).intValue() <= width, what + " page is " + wide + " px wide at " + width + " px");
        }
        phone.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", Browser.WIDTH, "height", Browser.HEIGHT, "deviceScaleFactor", 1, "mobile", true));
    }

    private static void screenshot(Browser phone) {
        Path png = phone.screenshot(Path.of("target/phone-page.png"));
        if (Boolean.getBoolean("docs.update")) {
            try {
                Files.createDirectories(Path.of("src/docs"));
                Files.copy(png, Path.of("src/docs/phone-page.png"), StandardCopyOption.REPLACE_EXISTING);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
