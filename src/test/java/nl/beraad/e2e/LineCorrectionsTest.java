package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.beraad.support.Beraad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Line mode can correct what the meeting recorded (issue 11, part 3): a revealed round reopened, a
 * position in a revealed round (round 1 while round 2 runs too) and a show of hands corrected, an
 * argument edited and deleted, each hard-to-undo step only on the word for yes. A meeting through a
 * pipe uses every one of these commands and finds each effect in the JSON export, in Dutch and
 * under --lang en. A finished session resumed in line mode is only looked at: nothing changes,
 * the checksum included, until it is reopened on purpose.
 */
@Timeout(60)
class LineCorrectionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Types the lines into line mode through a pipe (then the end of input); the program must end well. */
    private static String typed(Beraad beraad, List<String> args, String... lines) {
        Beraad.Run run = beraad.withInput(String.join("\n", lines) + "\n", args.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        return run.out();
    }

    private static JsonNode export(Beraad beraad) throws Exception {
        Beraad.Run json = beraad.run("report", "1", "--format", "json");
        assertEquals(0, json.code(), json.err());
        return JSON.readTree(json.out());
    }

    /** "kind|item|round|participant|before|after|reason" per correction, positions and hands by their step. */
    private static List<String> corrections(JsonNode doc) {
        List<String> rows = new ArrayList<>();
        doc.get("corrections").forEach(k -> rows.add(k.get("kind").asText() + "|" + k.get("item").asInt() + "|"
                + k.get("round").asText() + "|" + k.get("participant").asText() + "|" + value(k.get("before")) + "|"
                + value(k.get("after")) + "|" + value(k.get("reason"))));
        return rows;
    }

    private static String value(JsonNode v) {
        return v == null || v.isNull() ? "-" : v.has("step") ? v.get("step").asText() : v.asText();
    }

    /** "participant: text (edited)" per argument as exported. */
    private static List<String> arguments(JsonNode doc) {
        List<String> rows = new ArrayList<>();
        doc.get("arguments").forEach(a -> rows.add(a.get("participant").asText() + ": " + a.get("text").asText()
                + (a.get("edited").asBoolean() ? " (edited)" : "")));
        return rows;
    }

    @Test
    void aMeetingCorrectsRoundsHandsAndArgumentsWithEveryNewCommand(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        String shown = typed(beraad, List.of("start", "--set", "scp-dilemmas-2022", "--plain"),
                "deelnemer Anouk, Bram, Cor",
                "stem Anouk 1",
                "stem Bram 2",
                "stem Cor 5",
                "onthul",
                "heropen",
                "stem Bram 4",
                "heropen ja: Bram stemde per ongeluk",
                "stem Bram 3",
                "onthul",
                "corrigeer Cor 4: verkeerd verstaan",
                "argument A Anouk: Eerste tekst",
                "argument B Bram: Persoonlijke opmerking",
                "argument A Cor: Derde",
                "argumenten",
                "bewerk 1 Eerste tekst, verbeterd",
                "wis 2",
                "wis 2 ja: op verzoek van Bram",
                "argumenten",
                "bewerk 2 Weg is weg",
                "ronde2",
                "stem Anouk 2",
                "corrigeer Anouk 2 ronde 1",
                "volgende",
                "handen 1,1,0,0,1",
                "onthul",
                "corrigeer handen 0,1,1,0,1: opnieuw geteld",
                "uitslag",
                "afronden");

        String out = shown.replaceAll("\\s+", " ");
        assertTrue(out.contains("Ronde 1 heropenen? De uitslag gaat weer dicht"), shown);
        assertTrue(out.contains("Doorgaan: heropen ja"), shown);
        assertTrue(out.contains("De posities van ronde 1 zijn al onthuld"), "the question alone reopens nothing: " + shown);
        assertTrue(out.contains("Ronde 1 is heropend."), shown);
        assertTrue(out.contains("Positie van Cor in ronde 1 gecorrigeerd"), shown);
        assertTrue(out.contains("Deze uitslag is na de onthulling gecorrigeerd"), shown);
        assertTrue(out.contains("1. Anouk: Eerste tekst 3. Cor: Derde"), shown);
        assertTrue(out.contains("2. Bram: Persoonlijke opmerking"), shown);
        assertTrue(out.contains("Nummer 2 verwijderen: \"Persoonlijke opmerking\"? De tekst wordt nergens bewaard"), shown);
        assertTrue(out.contains("Doorgaan: wis 2 ja"), shown);
        assertTrue(out.contains("1. Anouk: Eerste tekst, verbeterd (aangepast) 3. Cor: Derde"),
                "numbers stay after a deletion, and an edited one is marked: " + shown);
        assertTrue(out.contains("1 argument is verwijderd"), shown);
        assertTrue(out.contains("Bij dit item staat geen argument of antwoord met nummer '2'"), shown);
        assertTrue(out.contains("Positie van Anouk in ronde 1 gecorrigeerd"), shown);
        assertTrue(out.contains("Handen in ronde 1 gecorrigeerd: 1 sterk A: 0 · 2 A: 1 · 3 midden: 1 · 4 B: 0 · 5 sterk B: 1"
                + " · onthouding: 0."), shown);

        JsonNode doc = export(beraad);
        assertEquals(List.of(
                "round_reopened|1|1|null|-|-|Bram stemde per ongeluk",
                "position|1|1|Bram|2|3|-",
                "position|1|1|Cor|5|4|verkeerd verstaan",
                "argument_edited|1|null|Anouk|Eerste tekst|Eerste tekst, verbeterd|-",
                "argument_deleted|1|null|Bram|-|-|op verzoek van Bram",
                "position|1|1|Anouk|1|2|-",
                "hands|2|1|null|1|0|opnieuw geteld",
                "hands|2|1|null|0|1|opnieuw geteld"), corrections(doc));
        assertEquals(List.of("Anouk: Eerste tekst, verbeterd (edited)", "Cor: Derde"), arguments(doc));
        assertEquals("finished", doc.at("/session/status").asText());
    }

    @Test
    void underLangEnTheCorrectionsHaveEnglishWords(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        String shown = typed(beraad, List.of("--lang", "en", "start", "--set", "scp-dilemmas-2022", "--plain"),
                "participant Anna, Ben, Carl",
                "vote Anna 1",
                "vote Ben 2",
                "vote Carl 5",
                "reveal",
                "reopen",
                "reopen yes: wrong button",
                "vote Ben 3",
                "reveal",
                "correct Carl 4: misheard",
                "argument A Anna: First",
                "argument B Ben: Personal",
                "edit 1 First, improved",
                "delete 2",
                "delete 2 yes",
                "arguments",
                "round2",
                "correct Anna - round 1: not in the room",
                "help",
                "next",
                "hands 1,1,0,0,1",
                "reveal",
                "correct hands 0,1,1,0,1: recount",
                "finish");

        String out = shown.replaceAll("\\s+", " ");
        assertTrue(out.contains("Reopen round 1? The result is hidden again"), shown);
        assertTrue(out.contains("To go ahead: reopen yes"), shown);
        assertTrue(out.contains("Delete number 2: \"Personal\"?"), shown);
        assertTrue(out.contains("1. Anna: First, improved (edited)"), shown);
        assertTrue(out.contains("This result was corrected after the reveal"), shown);
        for (String usage : List.of("reopen [yes] [: <reason>]", "correct <name> <position>|hands <counts> [round <n>]",
                "edit <no> <text>", "delete <no> [yes] [: <reason>]")) {
            assertTrue(out.contains(usage), usage + " in the help: " + shown);
        }

        JsonNode doc = export(beraad);
        assertEquals(List.of(
                "round_reopened|1|1|null|-|-|wrong button",
                "position|1|1|Ben|2|3|-",
                "position|1|1|Carl|5|4|misheard",
                "argument_edited|1|null|Anna|First|First, improved|-",
                "argument_deleted|1|null|Ben|-|-|-",
                "position|1|1|Anna|1|-|not in the room",
                "hands|2|1|null|1|0|recount",
                "hands|2|1|null|0|1|recount"), corrections(doc));
        assertEquals(List.of("Anna: First, improved (edited)"), arguments(doc));
    }

    /** The checksum line of the Markdown report's footer. */
    private static String checksum(Beraad beraad) {
        Beraad.Run report = beraad.run("report", "1");
        assertEquals(0, report.code(), report.err());
        return report.out().lines().filter(l -> l.contains("SHA-256")).findFirst().orElseThrow();
    }

    @Test
    void aFinishedSessionResumedInLineModeIsOnlyLookedAtUntilReopenedOnPurpose(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        typed(beraad, List.of("start", "--set", "scp-dilemmas-2022", "--plain"), "deelnemer Anouk, Bram", "stem Anouk 1",
                "stem Bram 2", "onthul", "argument A Anouk: Eerst", "volgende", "afronden");
        String before = checksum(beraad);

        String looked = typed(beraad, List.of("resume", "1", "--plain"), "toon", "ga 1", "uitslag", "argumenten",
                "volgende", "vorige", "overzicht", "conclusie", "gegevens", "deelnemers", "stem Anouk 3", "handen 1,1",
                "argument A Bram: Later", "wis 1 ja", "conclusie Te laat", "afronden", "heropen");

        String out = looked.replaceAll("\\s+", " ");
        assertTrue(out.contains("Deze sessie is afgerond en wordt alleen getoond: hier verandert niets."), looked);
        assertTrue(out.contains("afgerond, alleen lezen]"), looked);
        assertTrue(out.contains("Uitslag ronde 1 (2 van 2 deelnemers)"), "looking at item 1 works: " + looked);
        assertTrue(out.contains("1. Anouk: Eerst"), looked);
        assertTrue(out.contains("Sessie 1 is afgerond en wordt alleen getoond; hier verandert niets. Wilt u toch iets"
                + " wijzigen, heropen de sessie dan met 'heropen'."), looked);
        assertEquals(6, looked.split("Wilt u toch iets wijzigen", -1).length - 1,
                "each of the six changes is refused: " + looked);
        assertTrue(out.contains("Sessie 1 heropenen?"), looked);
        assertTrue(out.contains("Gesloten. Sessie 1 is afgerond gebleven; er is niets veranderd."), looked);
        assertEquals(before, checksum(beraad), "merely looking changes nothing, not even the checksum");
        JsonNode doc = export(beraad);
        assertEquals("finished", doc.at("/session/status").asText());
        assertEquals(2, doc.at("/session/currentItem").asInt(2), "moving between items was not stored");

        String reopened = typed(beraad, List.of("--lang", "en", "resume", "1", "--plain"), "heropen ja",
                "conclusie Toch nog iets.", "afronden");
        assertTrue(reopened.contains("Session 1 is reopened; every command works again."), reopened);
        assertEquals("Toch nog iets.", export(beraad).at("/conclusions/0/text").asText());
    }
}
