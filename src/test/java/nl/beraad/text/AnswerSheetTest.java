package nl.beraad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.beraad.app.SessionService;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.Side;
import nl.beraad.domain.VoteMethod;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.store.MemoryDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answer sheet of each kind, from a real session: what the screen, line mode and the web page render. */
class AnswerSheetTest {
    private static final Path SET = Path.of("src/test/resources/nl/beraad/report/golden/golden-set.yaml");

    @TempDir
    Path dir;

    @Test
    void eachKindWordsWhatItHasAndSaysWhoStillHasToAnswer() throws Exception {
        try (Database db = MemoryDatabase.fresh()) {
            SessionService service = new SessionService(new JdbcSessionStore(db), new SetDirectory(dir), Clock.systemUTC());
            SessionId id = service.start(SET.toAbsolutePath().toString(), null).id();
            Participant anouk = service.addParticipant(id, "Anouk");
            Participant jose = service.addParticipant(id, "José");
            Participant pim = service.setObserver(id, service.addParticipant(id, "Pim"), true);
            Participant away = service.setPresent(id, service.addParticipant(id, "Bram"), false);
            service.vote(id, ItemNo.of(1), anouk, Position.step(2), VoteMethod.IN_TURN);
            service.addArgument(id, ItemNo.of(6), jose, Side.NONE, "Te weinig tijd.");
            Messages msg = Messages.forLanguage("nl");
            int count = service.items(id).size();

            AnswerSheet dilemma = sheet(service, msg, id, ItemNo.of(1), count);
            assertEquals(ItemKind.DILEMMA, dilemma.kind());
            assertEquals(List.of("Pool A: De gemeente belt aan zodra er signalen zijn.",
                    "Pool B: De gemeente wacht tot de inwoner zelf hulp vraagt."), dilemma.poles());
            assertEquals("", dilemma.prompt());
            assertEquals(List.of(), dilemma.options());
            assertEquals("1 sterk A", dilemma.scaleLabels().get(0));
            assertTrue(dilemma.scaleLegend().startsWith("1 sterk A · ") && dilemma.scaleLegend().endsWith(" · o onthouding"),
                    dilemma.scaleLegend());
            assertTrue(dilemma.abstainAllowed());
            // Anouk took a position; an observer and an absent member are not asked.
            assertEquals(List.of(jose), dilemma.stillToAnswer());
            assertFalse(dilemma.stillToAnswer().contains(pim) || dilemma.stillToAnswer().contains(away));

            AnswerSheet statement = sheet(service, msg, id, ItemNo.of(2), count);
            assertEquals("Stelling: Elk huishouden met vragen op meerdere terreinen krijgt één plan.", statement.prompt());
            assertEquals("5 helemaal eens", statement.scaleLabels().get(statement.scaleLabels().size() - 1));
            assertEquals(List.of(anouk, jose), statement.stillToAnswer());

            AnswerSheet choice = sheet(service, msg, id, ItemNo.of(3), count);
            assertEquals(List.of("Schuldhulp", "Jeugdhulp", "Wmo-ondersteuning"), choice.options());
            assertEquals("Kies hoogstens 2 opties.", choice.instruction());
            assertEquals(List.of(), choice.scaleLabels());
            assertEquals("", choice.scaleLegend());
            assertTrue(choice.hint().contains("hoogstens 2 opties"), choice.hint());

            assertEquals("Verdeel 100 punten over de opties.", sheet(service, msg, id, ItemNo.of(4), count).instruction());

            AnswerSheet question = sheet(service, msg, id, ItemNo.of(6), count);
            assertEquals("Vraag: Waar loopt u als raadslid het meest tegenaan?", question.prompt());
            assertFalse(question.abstainAllowed());
            // On an open question an answer counts, not a position: José answered, Anouk did not.
            assertEquals(List.of(anouk), question.stillToAnswer());
            assertEquals(ItemNo.of(6), question.number());
            assertEquals("Waar loopt u tegenaan?", question.title());
        }
    }

    private static AnswerSheet sheet(SessionService service, Messages msg, SessionId id, ItemNo itemNo, int count) {
        return AnswerSheet.of(msg, service.item(id, itemNo), count, service.stillToAnswer(id, itemNo));
    }
}
