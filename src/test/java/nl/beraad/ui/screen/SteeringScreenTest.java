package nl.beraad.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.Vote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facilitator steering a meeting on a projector at 80x24 (issue 11): a secret vote is never
 * readable, skipped members are asked again, the item's key bar names the discussion and the
 * conclusion, the discussion scrolls back, and the speaking time passes the floor, can be set and
 * announces its end.
 */
@Timeout(60)
class SteeringScreenTest {
    @TempDir
    Path dir;

    @Test
    void aPositionChosenInTurnIsNeverReadableOnTheScreen() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.startScpMeeting("Anouk de Vries", "José Öztürk");
            d.key('s').enter();
            for (char c : "sterk B".toCharArray()) {
                d.key(c);
                assertFalse(d.text().contains("sterk B_") || d.text().contains("sterk_") || d.text().contains(": s"),
                        "typed in view of the room: " + d.text());
            }
            assertTrue(d.text().contains("Uw keuze: *******_"), d.text());
            // A refused answer is not repeated either: "B-" says which way the member leans.
            d.press(KeyType.Backspace).press(KeyType.Backspace).press(KeyType.Backspace).press(KeyType.Backspace)
                    .press(KeyType.Backspace).press(KeyType.Backspace).press(KeyType.Backspace).line("B-");
            assertFalse(d.text().contains("B-"), d.text());
            assertTrue(d.text().contains("Dat is geen geldig antwoord"), d.text());
            d.line("B+");
            assertFalse(d.text().contains("B+"), d.text());
            SessionId id = d.service.sessions().get(0).session().id();
            assertEquals(List.of(5), d.service.votes(id, ItemNo.of(1), 1).stream().map(Vote::position).map(p -> p.step()).toList());
        }
    }

    @Test
    void theNamedPageAfterSecretVotesShowsOnlyThatAMemberChoseNotWhat() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.startScpMeeting("Anouk de Vries", "José Öztürk");
            d.key('s').enter().line("A+").press(KeyType.Escape);

            d.key('n');
            String named = d.text();
            assertTrue(named.contains("Anouk de Vries                 (gekozen)"), named);
            assertFalse(named.contains("sterk A"), named);
            // Said aloud and set here: shown, so the facilitator sees what was typed.
            d.press(KeyType.ArrowDown).line("4");
            assertTrue(d.text().contains("José Öztürk                    4 B"), d.text());
            assertFalse(d.text().contains("sterk A"), d.text());
        }
    }

    @Test
    void membersWhoWereSkippedAreAskedAgainAtTheEndOfTheRound() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.startScpMeeting("Anouk de Vries", "José Öztürk", "Ïda Ëlberg");
            d.key('s').press(KeyType.Tab);
            d.enter().line("2").enter().line("3");
            String again = d.text();
            assertTrue(again.contains("Geef het toetsenbord aan:"), again);
            assertTrue(again.contains("Anouk de Vries"), again);
            assertTrue(again.replace("\n  ", " ").contains("Nog een keer aan de beurt: Anouk de Vries."), again);
            d.enter().line("4");
            assertTrue(d.text().contains("Klaar met de beurt: 3 van 3 gestemd."), d.text());
        }
    }

    @Test
    void theItemsKeyBarNamesTheDiscussionAndTheConclusionAt80x24() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.startScpMeeting("Anouk de Vries");
            String bar = d.rows().get(23);
            assertTrue(bar.contains("A gesprek") && bar.contains("C conclusie"), bar);
            assertTrue(bar.startsWith(" S om de beurt") && bar.endsWith("Esc pauze   ? hulp"), bar);
        }
    }

    @Test
    void theDiscussionScrollsBackWithAMarkWhenEarlierLinesAreHidden() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.startScpMeeting("Anouk de Vries");
            d.key('a');
            for (int i = 1; i <= 25; i++) {
                d.line("Argument nummer " + i + ".");
            }
            assertTrue(d.text().contains("Argument nummer 25."), d.text());
            assertFalse(d.text().contains("Argument nummer 1."), d.text());
            assertTrue(d.text().contains("(meer ↑)"), d.text());

            d.press(KeyType.PageUp).press(KeyType.PageUp);
            assertTrue(d.text().contains("Argument nummer 1."), d.text());
            assertFalse(d.text().contains("(meer ↑)"), d.text());
            assertTrue(d.text().contains("(meer ↓)"), d.text());
            d.press(KeyType.PageDown).press(KeyType.PageDown);
            assertTrue(d.text().contains("Argument nummer 25."), d.text());
        }
    }

    @Test
    void ctrlNGivesTheFloorToTheNextSpeakerAndStartsTheirTimeAfresh() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.startScpMeeting("Anouk de Vries", "José Öztürk");
            d.key('a').type("jose").ctrl('p').type("Anouk").ctrl('p');
            d.ctrl('t').wait(100);
            assertTrue(d.text().startsWith(" Gesprek · item 1: Eigen kracht · tijd 1:20"), d.text());

            d.ctrl('n');
            assertTrue(d.text().contains("Het woord is aan Anouk de Vries; de spreektijd (3:00) loopt."), d.text());
            assertTrue(d.text().startsWith(" Gesprek · item 1: Eigen kracht · tijd 3:00"), d.text());
            d.wait(10);
            assertTrue(d.text().startsWith(" Gesprek · item 1: Eigen kracht · tijd 2:50"), d.text());
        }
    }

    @Test
    void theSpeakingTimeCanBeSetAndItsEndIsAnnouncedWithTheBellAndAText() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.startScpMeeting("Anouk de Vries");
            d.key('a').type("Half af").ctrl('l');
            assertTrue(d.text().contains("Spreektijd in minuten: _"), d.text());
            d.line("x");
            assertTrue(d.text().contains("'x' is geen aantal minuten"), d.text());
            d.line("2");
            assertTrue(d.text().startsWith(" Gesprek · item 1: Eigen kracht · tijd 2:00 (stil)"), d.text());
            assertTrue(d.text().contains("[A] Half af_"), "the argument being typed is kept: " + d.text());

            d.ctrl('t').wait(119);
            assertEquals(0, d.bells.get());
            d.wait(1);
            assertTrue(d.text().contains("De spreektijd is om."), d.text());
            assertTrue(d.text().contains("tijd om"), d.text());
            assertEquals(1, d.bells.get());
            d.wait(5);
            assertEquals(1, d.bells.get(), "rung once");
            // The clock of the next item starts from the same length, and its end is announced on the
            // item page too, where the facilitator may have gone meanwhile.
            d.press(KeyType.Escape).press(KeyType.ArrowRight).key('a');
            assertTrue(d.text().contains("tijd 2:00 (stil)"), d.text());
            d.ctrl('t').press(KeyType.Escape).wait(121);
            assertTrue(d.text().startsWith(" Item 2/4"), d.text());
            assertTrue(d.text().contains("De spreektijd is om."), d.text());
            assertEquals(2, d.bells.get());
        }
    }
}
