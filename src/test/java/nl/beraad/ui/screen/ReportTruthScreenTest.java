package nl.beraad.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.VoteMethod;
import nl.beraad.report.MarkdownReport;
import nl.beraad.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the meeting screen, counts that cannot be are refused or kept consistent, and the report made
 * afterwards says what happened: no more hands than members present, a show of hands' shift as the
 * net change per position, and a member marked absent after answering counted, not listed as absent.
 */
@Timeout(60)
class ReportTruthScreenTest {
    @TempDir
    Path dir;

    @Test
    void moreHandsThanMembersPresentAreRefusedAndTheShiftIsTheNetChangePerPosition() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.startScpMeeting("Anouk", "José", "Sjoerd");
            SessionId id = d.service.sessions().get(0).session().id();

            d.key('h').line("4");
            assertTrue(d.text().replaceAll("\\s+", " ").contains("Dan hebben 4 een positie in deze ronde, meer dan de 3 "
                    + "aanwezige leden"), d.text());
            assertEquals(List.of(), d.service.record(id).handCounts(), "nothing of the refused count is stored");
            d.line("2").press(KeyType.ArrowDown).press(KeyType.ArrowDown).line("1");
            d.press(KeyType.ArrowDown).line("1");
            assertTrue(d.text().replaceAll("\\s+", " ").contains("meer dan de 3 aanwezige leden"),
                    "a fourth hand on another position is refused too: " + d.text());
            d.press(KeyType.Escape).key('o').key('2');
            // Round 2: one hand moved from 1 sterk A to abstaining.
            d.key('h').line("1").press(KeyType.ArrowDown).press(KeyType.ArrowDown).line("1");
            d.press(KeyType.ArrowDown).press(KeyType.ArrowDown).line("1");
            d.press(KeyType.Escape).key('o');
            assertEquals(2, d.service.record(id).roundsVoted(ItemNo.of(1)), d.text());

            String report = report(d, id);
            assertTrue(report.contains("*Verschuiving:* Bij het handopsteken (zonder namen) veranderde het aantal per "
                    + "positie: 1 sterk A \u22121, onthouding +1."), report);
            assertFalse(report.contains("niemand koos anders"), report);
            assertTrue(report.contains("Bij item 1 werden handen geteld, zonder namen."), report);
        }
    }

    @Test
    void aMemberMarkedAbsentAfterAnsweringStillCountsAndIsNotListedAsAbsent() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.startScpMeeting("Anouk", "José");
            SessionId id = d.service.sessions().get(0).session().id();
            d.key('n').line("1").line("5");
            d.press(KeyType.Escape);
            assertTrue(d.text().startsWith(" Item 1/4 · Eigen kracht · ronde 1: 2 van 2 gestemd"), d.text());

            // Anouk leaves: marked absent on the participants page after she answered.
            d.key('d').ctrl('a');
            assertTrue(d.text().contains("1. Anouk (afwezig)"), d.text());
            d.press(KeyType.Escape);

            assertTrue(d.text().startsWith(" Item 1/4 · Eigen kracht · ronde 1: 2 van 2 gestemd"),
                    "her answer stands and she counts in this round, never '2 van 1': " + d.text());
            d.key('o');
            assertTrue(d.text().contains("Uitslag ronde 1 (2 van 2 deelnemers):"), d.text());
            d.press(KeyType.Escape);
            assertEquals(List.of(VoteMethod.NAMED, VoteMethod.NAMED),
                    d.service.votes(id, ItemNo.of(1), 1).stream().map(v -> v.method()).toList());
            String report = report(d, id);
            assertTrue(report.contains("- **Aanwezig (1):** José\n- **Afwezig (0):** geen\n"
                    + "- **Tussentijds vertrokken (1):** Anouk\n"), report);
            assertTrue(report.contains("Wie tussentijds vertrok, telt mee bij de items waarop die al een positie had "
                    + "ingenomen."), report);
        }
    }

    private static String report(ScreenDriver d, SessionId id) {
        return new MarkdownReport(Messages.forLanguage("nl"), ZoneOffset.UTC, "test").render(d.service.forReport(id),
                Instant.EPOCH);
    }
}
