package nl.beraad.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import nl.beraad.domain.Argument;
import nl.beraad.domain.Correction;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.VoteMethod;
import nl.beraad.domain.SessionStatus;
import nl.beraad.domain.Side;
import nl.beraad.domain.SessionChecksum;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the meeting screen (issue 11): a finished session opens read-only and merely looking at it
 * changes nothing, not even its checksum, its time or a claim; a revealed round is reopened after J
 * and a change in it is a correction; an argument is chosen with ↑, edited with E and deleted with
 * D after J.
 */
@Timeout(60)
class CorrectionsScreenTest {
    @TempDir
    Path dir;

    /** What a look could change: the checksum of the data, the session row with its times, claims, events. */
    private List<String> state(ScreenDriver d, SessionId id) throws Exception {
        try (Connection c = d.jdbc()) {
            List<String> out = new java.util.ArrayList<>(List.of(SessionChecksum.of(d.service.record(id))));
            out.addAll(Rows.of(c, "SELECT status || '|' || current_item || '|' || updated_at FROM session"));
            out.addAll(Rows.of(c, "SELECT 'claim ' || session_id FROM session_claim"));
            out.addAll(Rows.of(c, "SELECT 'events ' || COUNT(*) FROM session_event"));
            return out;
        }
    }

    private static SessionId finishedMeeting(ScreenDriver d) {
        SessionId id = d.service.start("scp-dilemmas-2022", "Afgeronde vergadering").id();
        Participant anouk = d.service.addParticipant(id, "Anouk");
        d.service.vote(id, ItemNo.of(1), anouk, Position.step(2), VoteMethod.NAMED);
        d.service.reveal(id, ItemNo.of(1));
        d.service.addArgument(id, ItemNo.of(1), anouk, Side.A, "Dichtbij huis.");
        d.service.moveTo(id, ItemNo.of(2));
        d.service.finish(id);
        return id;
    }

    /** A new meeting with Anouk and Bram, on the screen at its first item. */
    private static SessionId anoukAndBram(ScreenDriver d) throws Exception {
        SessionId id = d.service.start("scp-dilemmas-2022", null).id();
        d.service.addParticipant(id, "Anouk");
        d.service.addParticipant(id, "Bram");
        d.resume(id);
        return id;
    }

    @Test
    void aFinishedSessionOpensReadOnlyAndLookingAtItChangesNothing() throws Exception {
        SessionId id;
        List<String> before;
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl")) {
            id = finishedMeeting(d);
            before = state(d, id);
        }
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.enter();
            assertTrue(d.text().startsWith(" Afgerond, alleen lezen: Afgeronde vergadering (1 deelnemer)"), d.text());
            assertTrue(d.text().replaceAll("\\s+", " ").contains("Sessie " + id + " is afgerond en wordt alleen "
                    + "getoond; hier verandert niets."), d.text());
            assertTrue(d.text().contains("E verslag"), d.text());
            assertTrue(d.text().contains("R heropenen"), d.text());
            d.press(KeyType.ArrowUp).press(KeyType.ArrowDown).press(KeyType.Enter).key('n').key('a').key('o');
            d.key('e');
            assertEquals(List.of(dir.resolve("verslag-" + id + ".md")), d.exported);
            d.key('r').key('n');
            assertTrue(d.text().startsWith(" Afgerond, alleen lezen"), "no J, nothing reopened: " + d.text());
            d.press(KeyType.Escape);
            assertTrue(d.text().startsWith(" Beraad"), d.text());
            d.key('g').press(KeyType.Tab).press(KeyType.Escape);

            assertEquals(before, state(d, id), "looking changed the session");
            assertEquals(SessionStatus.FINISHED, d.service.session(id).status());

            d.enter().key('r').key('j');
            assertTrue(d.text().startsWith(" Item 2/4"), "reopened after J: " + d.text());
            assertEquals(SessionStatus.OPEN, d.service.session(id).status());
        }
    }

    @Test
    void aRevealedRoundIsReopenedAfterJAndAChangedPositionIsACorrection() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl")) {
            SessionId id = anoukAndBram(d);
            d.key('n').line("A+").line("B");
            d.press(KeyType.Escape).key('o');
            assertTrue(d.text().contains("Uitslag ronde 1"), d.text());
            assertTrue(d.text().contains("R ronde heropenen"), d.text());

            d.key('r');
            assertTrue(d.text().replaceAll("\\s+", " ").contains("Ronde 1 heropenen? De uitslag gaat weer dicht"),
                    d.text());
            d.key('n');
            assertEquals(1, d.service.item(id, ItemNo.of(1)).revealedRound(), "any other key keeps the round revealed");

            d.key('r').key('j');
            assertEquals(0, d.service.item(id, ItemNo.of(1)).revealedRound());
            assertTrue(d.text().startsWith(" Item 1/4"), d.text());
            assertTrue(d.text().replaceAll("\\s+", " ").contains("Ronde 1 is heropend."), d.text());

            d.key('n').press(KeyType.ArrowDown).line("A").press(KeyType.Escape).key('o');
            assertEquals(1, d.service.item(id, ItemNo.of(1)).revealedRound());
            List<Correction> corrections = d.service.corrections(id, ItemNo.of(1));
            assertEquals(List.of(Correction.Kind.ROUND_REOPENED, Correction.Kind.POSITION),
                    corrections.stream().map(Correction::kind).toList());
            assertEquals(Position.step(4), corrections.get(1).positionBefore());
            assertEquals(Position.step(2), corrections.get(1).positionAfter());
        }
    }

    @Test
    void anArgumentIsChosenWithUpEditedWithEAndDeletedWithDAfterJ() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl")) {
            SessionId id = anoukAndBram(d);
            d.key('a').line("Anouk: Zorg dichtbij huis.").line("Bram: Te duur");

            d.press(KeyType.ArrowUp);
            assertTrue(d.text().contains("> [A] Bram: Te duur"), d.text());
            assertTrue(d.text().contains("E bewerken"), d.text());
            d.key('e');
            assertTrue(d.text().contains("[bewerk] Te duur"), d.text());
            d.type(" voor een kleine gemeente.").enter();
            List<Argument> args = d.service.arguments(id, ItemNo.of(1));
            assertEquals("Te duur voor een kleine gemeente.", args.get(1).text());
            assertTrue(args.get(1).isEdited());
            assertTrue(d.text().contains("Bram: Te duur voor een kleine gemeente. (aangepast)"), d.text());

            d.press(KeyType.ArrowUp).press(KeyType.ArrowUp).key('d');
            assertTrue(d.text().replaceAll("\\s+", " ").contains("Verwijderen: \"Zorg dichtbij huis.\"? De tekst wordt "
                    + "nergens bewaard"), d.text());
            d.key('n');
            assertEquals(2, d.service.arguments(id, ItemNo.of(1)).size(), "any other key keeps it");
            d.key('d').key('j');
            assertEquals(List.of("Te duur voor een kleine gemeente."),
                    d.service.arguments(id, ItemNo.of(1)).stream().map(Argument::text).toList());
            assertFalse(d.text().contains("Zorg dichtbij huis."), d.text());
            assertEquals(List.of(Correction.Kind.ARGUMENT_EDITED, Correction.Kind.ARGUMENT_DELETED),
                    d.service.corrections(id, ItemNo.of(1)).stream().map(Correction::kind).toList());

            // Back to typing: letters are text again, not keys.
            d.line("Anouk: Eens").press(KeyType.Escape);
            assertEquals(2, d.service.arguments(id, ItemNo.of(1)).size());
        }
    }

    @Test
    void anAnswerGivenInTurnIsChosenWithUpAndEditedWhileTheNextMembersAnswerWaits() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl")) {
            SessionId id = d.service.start(Path.of("src/test/resources/nl/beraad/report/golden/golden-set.yaml")
                    .toAbsolutePath().toString(), null).id();
            d.service.addParticipant(id, "Anouk");
            d.service.addParticipant(id, "Bram");
            d.service.moveTo(id, ItemNo.of(6));
            d.resume(id);
            d.key('s').line("Mijn eigen schulden, jaren geleden").type("Rege");
            assertTrue(d.text().contains("Antwoord van Bram: Rege"), d.text());

            d.press(KeyType.ArrowUp);
            assertTrue(d.text().contains("> - Anouk: Mijn eigen schulden, jaren geleden"), d.text());
            d.key('e').ctrl('u').line("Te veel regels.");
            assertTrue(d.text().contains("- Anouk: Te veel regels. (aangepast)"), d.text());
            assertTrue(d.text().contains("Antwoord van Bram: Rege"), "Bram's half-typed answer is back: " + d.text());

            d.line("ls die botsen.");
            assertEquals(List.of("Te veel regels.", "Regels die botsen."),
                    d.service.arguments(id, ItemNo.of(6)).stream().map(Argument::text).toList());
            assertEquals(List.of(Correction.Kind.ARGUMENT_EDITED),
                    d.service.corrections(id, ItemNo.of(6)).stream().map(Correction::kind).toList());
        }
    }
}
