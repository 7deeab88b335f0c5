package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import nl.beraad.app.SessionService;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.Argument;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.VoteMethod;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.support.Beraad;
import nl.beraad.support.CsvReader;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A correction after the fact (issue 11) is stored as a correction, never a silent rewrite: a
 * revealed round corrected or reopened (named positions and a show of hands), an argument edited or
 * deleted. The report's tallies are the corrected ones and say so for that item, the appendix says
 * what changed from what to what, when and why, and the JSON and CSV exports carry the same. The
 * meeting is held in line mode through a pipe; the corrections go through the session service
 * (line mode's own commands for them: LineCorrectionsTest).
 */
@Timeout(120)
class CorrectionsTest {
    /** The meeting each test holds: the first session of its new database. */
    private static final SessionId FIRST = new SessionId(1);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Runs the corrections on the session service over the same database, then closes it. */
    private static void withService(Beraad beraad, Consumer<SessionService> work) {
        Database db = beraad.database();
        try {
            work.accept(new SessionService(new JdbcSessionStore(db),
                    new SetDirectory(Path.of("dilemmas").toAbsolutePath()), Clock.systemUTC()));
        } finally {
            db.close();
        }
    }

    private static Beraad meeting(Path dir, String... lines) {
        Beraad beraad = new Beraad(dir);
        Beraad.Run run = beraad.withInput(String.join("\n", lines) + "\nstop\n",
                "start", "--set", "scp-dilemmas-2022", "--plain");
        assertEquals(0, run.code(), run.err());
        return beraad;
    }

    private static String report(Beraad beraad, String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "report";
        args[1] = "1";
        System.arraycopy(more, 0, args, 2, more.length);
        Beraad.Run run = beraad.run(args);
        assertEquals(0, run.code(), run.err());
        return run.out();
    }

    @Test
    void aPositionCorrectedAfterTheRevealGivesTheCorrectedTallySaysSoAndListsTheChange(@TempDir Path dir)
            throws Exception {
        Beraad beraad = meeting(dir, "deelnemer Anouk, Bram, Carla", "stem Anouk 1", "stem Bram 5", "stem Carla 5",
                "onthul");
        String before = report(beraad);
        assertTrue(before.contains("1 deelnemer koos voor A, 2 voor B."), before);

        withService(beraad, service -> {
            Participant bram = service.findParticipant(FIRST, "Bram");
            service.correctPosition(FIRST, ItemNo.of(1), 1, bram, Position.step(1), "Bram had zich versproken");
        });

        String md = report(beraad);
        assertTrue(md.contains("2 deelnemers kozen voor A, 1 voor B."), md);
        assertFalse(md.contains("1 deelnemer koos voor A, 2 voor B."), md);
        assertTrue(md.contains("*Deze uitslag is na de onthulling gecorrigeerd; wat er veranderde staat in de bijlage "
                + "met correcties.*"), md);
        assertTrue(md.contains("## Bijlage: correcties"), md);
        assertTrue(md.matches("(?s).*\n- [^\n]+: positie van Bram in ronde 1 gecorrigeerd: 5 \\(sterk B\\) werd "
                + "1 \\(sterk A\\)\\. Reden: Bram had zich versproken\\.\n.*"), md);
        assertTrue(report(beraad, "--format", "html").contains("Bijlage: correcties"));
        String english = report(beraad, "--lang", "en");
        assertTrue(english.contains("*This result was corrected after the reveal; what changed is in the appendix of "
                + "corrections.*"), english);
        assertTrue(english.contains("position of Bram in round 1 corrected: 5 (strongly B) became 1 (strongly A). "
                + "Reason: Bram had zich versproken."), english);
        String anonymous = report(beraad, "--anonymous");
        assertTrue(anonymous.contains("positie van Deelnemer 2 in ronde 1 gecorrigeerd"), anonymous);
        assertFalse(anonymous.contains("Bram"), anonymous);

        JsonNode json = JSON.readTree(report(beraad, "--format", "json"));
        JsonNode k = json.get("corrections").get(0);
        assertEquals("position", k.get("kind").asText());
        assertEquals(1, k.get("round").asInt());
        assertEquals("Bram", k.get("participant").asText());
        assertEquals(5, k.at("/before/step").asInt());
        assertEquals(1, k.at("/after/step").asInt());
        assertEquals("Bram had zich versproken", k.get("reason").asText());
        List<List<String>> csv = CsvReader.parse(report(beraad, "--format", "csv", "--csv", "rfc4180"));
        List<String> header = csv.get(0);
        List<String> row = csv.stream().filter(r -> r.get(0).equals("correction")).findFirst().orElseThrow();
        assertEquals("position", row.get(header.indexOf("correction")));
        assertEquals("5", row.get(header.indexOf("before")));
        assertEquals("1", row.get(header.indexOf("after")));
        assertEquals("Bram had zich versproken", row.get(header.indexOf("reason")));
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("1|1|2|1"), Rows.of(c, "SELECT item_no, round, participant_id, position FROM vote "
                    + "WHERE participant_id = 2"));
        }
    }

    @Test
    void aReopenedShowOfHandsIsCountedAgainAndEveryChangeIsACorrection(@TempDir Path dir) throws Exception {
        Beraad beraad = meeting(dir, "deelnemer Anouk, Bram, Carla");
        withService(beraad, service -> {
            service.countHands(FIRST, ItemNo.of(1), 1, 2);
            service.countHands(FIRST, ItemNo.of(1), 5, 1);
            service.reveal(FIRST, ItemNo.of(1));
            assertThrows(BeraadException.class, () -> service.countHands(FIRST, ItemNo.of(1), 5, 0), "a revealed round is fixed");
            service.reopenRound(FIRST, ItemNo.of(1), "telfout");
            service.countHands(FIRST, ItemNo.of(1), 1, 1);
            service.countHands(FIRST, ItemNo.of(1), 5, 1); // the same as before: no correction
            service.countHands(FIRST, ItemNo.of(1), 0, 1);
            service.reveal(FIRST, ItemNo.of(1));
            service.correctHands(FIRST, ItemNo.of(1), 1, 0, 0, "");
            service.correctHands(FIRST, ItemNo.of(1), 1, 3, 1, "Carla stak toch een hand op");
        });

        String md = report(beraad);
        assertTrue(md.contains("1 deelnemer koos voor A, 1 voor B, 1 in het midden."), md);
        assertTrue(md.contains("Deze uitslag is na de onthulling gecorrigeerd"), md);
        String appendix = md.substring(md.indexOf("## Bijlage: correcties"));
        List<String> lines = appendix.lines().filter(l -> l.startsWith("- ")).map(l -> l.replaceFirst("^- .*?(\\d|uur): ", " "))
                .toList();
        assertEquals(List.of(" ronde 1 heropend na de onthulling. Reden: telfout.",
                " handen voor 1 (sterk A) in ronde 1 gecorrigeerd: 2 werd 1.",
                " handen voor onthouding in ronde 1 gecorrigeerd: 0 werd 1.",
                " handen voor onthouding in ronde 1 gecorrigeerd: 1 werd 0.",
                " handen voor 3 (midden) in ronde 1 gecorrigeerd: 0 werd 1. Reden: Carla stak toch een hand op."), lines);
        JsonNode json = JSON.readTree(report(beraad, "--format", "json"));
        assertEquals(5, json.get("corrections").size());
        assertEquals("round_reopened", json.at("/corrections/0/kind").asText());
        assertEquals("hands", json.at("/corrections/1/kind").asText());
        assertEquals(1, json.at("/corrections/1/position/step").asInt());
        assertEquals(2, json.at("/corrections/1/before").asInt());
        assertEquals(1, json.at("/corrections/1/after").asInt());
        assertEquals(1, json.at("/items/0/revealedRound").asInt());
    }

    @Test
    void aPositionChangedInAReopenedRoundIsACorrectionAndANewOneHasNoPositionBefore(@TempDir Path dir) {
        Beraad beraad = meeting(dir, "deelnemer Anouk, Bram", "stem Anouk 2", "onthul toch");
        withService(beraad, service -> {
            service.reopenRound(FIRST, ItemNo.of(1), "");
            service.vote(FIRST, ItemNo.of(1), service.findParticipant(FIRST, "Anouk"), Position.step(2), VoteMethod.NAMED); // the same: none
            service.vote(FIRST, ItemNo.of(1), service.findParticipant(FIRST, "Anouk"), Position.step(4), VoteMethod.NAMED);
            service.vote(FIRST, ItemNo.of(1), service.findParticipant(FIRST, "Bram"), Position.ABSTAIN, VoteMethod.NAMED);
            service.reveal(FIRST, ItemNo.of(1));
        });
        String md = report(beraad);
        assertTrue(md.contains("positie van Anouk in ronde 1 gecorrigeerd: 2 (A) werd 4 (B)."), md);
        assertTrue(md.contains("positie van Bram in ronde 1 gecorrigeerd: geen positie werd onthouding."), md);
        assertFalse(md.contains("2 (A) werd 2 (A)"), md);
    }

    @Test
    void aRoundReopenedAndRevealedAgainUnchangedIsNotCalledCorrectedButTheReopeningIsListed(@TempDir Path dir) {
        Beraad beraad = meeting(dir, "deelnemer Anouk", "stem Anouk 2", "onthul");
        withService(beraad, service -> {
            service.reopenRound(FIRST, ItemNo.of(1), "");
            service.vote(FIRST, ItemNo.of(1), service.findParticipant(FIRST, "Anouk"), Position.step(2), VoteMethod.NAMED);
            service.reveal(FIRST, ItemNo.of(1));
        });
        String md = report(beraad);
        assertFalse(md.contains("Deze uitslag is na de onthulling gecorrigeerd"), md);
        assertTrue(md.contains("ronde 1 heropend na de onthulling."), md);
    }

    @Test
    void anEditedArgumentShowsItsFinalTextMarkedEditedAndADeletedOneLeavesOnlyThatItWasDeleted(@TempDir Path dir)
            throws Exception {
        Beraad beraad = meeting(dir, "deelnemer Anouk, Bram",
                "argument A Anouk: Mijn moeder heeft dementie, dus zorg dichtbij huis.",
                "argument B Bram: Te duur.");
        withService(beraad, service -> {
            List<Argument> args = service.arguments(FIRST, ItemNo.of(1));
            service.editArgument(FIRST, args.get(1).id(), "Te duur voor een kleine gemeente.", "");
            // Anouk first softens her remark, then asks to have it removed altogether (AVG).
            service.editArgument(FIRST, args.get(0).id(), "Zorg dichtbij huis, uit eigen ervaring met dementie.", "");
            service.deleteArgument(FIRST, args.get(0).id(), "op verzoek van Anouk");
            assertThrows(BeraadException.class, () -> service.editArgument(FIRST, args.get(0).id(), "Terug.", ""));
        });

        String md = report(beraad);
        assertTrue(md.contains("- Bram: Te duur voor een kleine gemeente. *(aangepast)*"), md);
        assertTrue(md.contains("*1 argument is verwijderd; zie de bijlage met correcties.*"), md);
        assertTrue(md.contains("argument van Bram aangepast van \"Te duur.\" in \"Te duur voor een kleine gemeente.\""),
                md);
        assertTrue(md.contains("argument van Anouk aangepast (later verwijderd; de tekst is niet bewaard)."), md);
        assertTrue(md.contains("argument van Anouk verwijderd; de tekst is niet bewaard. Reden: op verzoek van Anouk."),
                md);
        for (String format : List.of("md", "html", "json", "csv")) {
            String out = report(beraad, "--format", format);
            assertFalse(out.contains("dementie"), format + ": " + out);
        }
        try (Connection c = beraad.jdbc()) {
            // Nowhere in the database: not in the arguments, not in any correction.
            assertEquals(List.of(), Rows.of(c, "SELECT text FROM argument WHERE text LIKE '%dementie%'"));
            assertEquals(List.of(), Rows.of(c, "SELECT id FROM correction WHERE before_value LIKE '%dementie%' "
                    + "OR after_value LIKE '%dementie%' OR reason LIKE '%dementie%'"));
            assertEquals(List.of("ARGUMENT_EDITED", "ARGUMENT_EDITED", "ARGUMENT_DELETED"),
                    Rows.of(c, "SELECT kind FROM correction ORDER BY id"));
        }
        JsonNode json = JSON.readTree(report(beraad, "--format", "json"));
        JsonNode bram = json.get("arguments").get(0);
        assertEquals("Te duur voor een kleine gemeente.", bram.get("text").asText());
        assertTrue(bram.get("edited").asBoolean());
        assertFalse(bram.get("editedAt").isNull());
        assertEquals(1, json.get("arguments").size());
        assertEquals("argument_deleted", json.at("/corrections/2/kind").asText());
        assertTrue(json.at("/corrections/1/before").isNull(), "the deleted argument's earlier wording is gone too");
        List<List<String>> csv = CsvReader.parse(report(beraad, "--format", "csv", "--csv", "rfc4180"));
        List<String> argument = csv.stream().filter(r -> r.get(0).equals("argument")).findFirst().orElseThrow();
        assertFalse(argument.get(csv.get(0).indexOf("edited_at")).isEmpty(), argument.toString());
    }

    @Test
    void aFinishedSessionTakesNoCorrectionAndDeletingTheSessionTakesItsCorrections(@TempDir Path dir)
            throws Exception {
        Beraad beraad = meeting(dir, "deelnemer Anouk", "stem Anouk 1", "onthul", "argument A Anouk: Dichtbij.");
        withService(beraad, service -> {
            service.correctPosition(FIRST, ItemNo.of(1), 1, service.findParticipant(FIRST, "Anouk"), Position.step(2), "");
            service.finish(FIRST);
            BeraadException refused = assertThrows(BeraadException.class,
                    () -> service.deleteArgument(FIRST, service.arguments(FIRST, ItemNo.of(1)).get(0).id(), ""));
            assertEquals("session.finished", refused.problems().get(0).key());
            assertThrows(BeraadException.class, () -> service.reopenRound(FIRST, ItemNo.of(1), ""));
        });
        assertEquals(0, beraad.run("sessions", "delete", "1", "--yes").code());
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("0"), Rows.of(c, "SELECT COUNT(*) FROM correction"));
        }
    }
}
