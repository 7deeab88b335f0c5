package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.beraad.support.Beraad;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every meeting-screen action has a line-mode command (issue 11): a meeting through a pipe uses
 * each of them and finds its effect in the JSON export (the speaker queue, which no export holds,
 * in the database; the speaking time, which is not stored, in what line mode prints).
 */
@Timeout(60)
class LineCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A first item steered with every command line mode gained, in Dutch. */
    static final List<String> DUTCH = List.of(
            "deelnemer Anouk, Bram, Cor, Daan, Eva, Fout",
            "hernoem Anouk: Anouk de Vries",
            "verwijder Fout",
            "afwezig Daan",
            "aanwezig Daan",
            "afwezig Eva",
            "toehoorder Cor",
            "lid Cor",
            "toehoorder Cor",
            "handen 1,0,1",
            "handen 1,0,1,0,1",
            "handen 2,0,0,0,1,x",
            "handen 2,0,0,0,1,0",
            "onthul",
            "spreker Bram",
            "spreker anouk",
            "spreker Daan",
            "spreker volgende",
            "spreker weg Anouk",
            "spreker",
            "spreektijd 2:30",
            "spreektijd start",
            "spreektijd",
            "conclusie De raad adviseert maatwerk.",
            "minderheid Bram wil vaste regels.",
            "actiepunt De griffie zoekt de cijfers op.",
            "actiepunt De wethouder informeren.",
            "actiepunt",
            "gegevens titel Adviesraad november",
            "gegevens orgaan Adviesraad Sociaal Domein",
            "gegevens plaats Raadzaal",
            "gegevens voorzitter Anouk de Vries",
            "gegevens secretaris Piet Smit",
            "afronden");

    private static JsonNode export(Beraad beraad) throws Exception {
        Beraad.Run json = beraad.run("report", "1", "--format", "json");
        assertEquals(0, json.code(), json.err());
        return JSON.readTree(json.out());
    }

    @Test
    void aMeetingThatUsesEveryNewCommandLeavesEachEffectInTheJsonExport(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        Beraad.Run run = beraad.withInput(String.join("\n", DUTCH) + "\n", "start", "--set", "scp-dilemmas-2022",
                "--plain");

        assertEquals(0, run.code(), run.err());
        String out = run.out().replaceAll("\\s+", " ");
        assertTrue(out.contains("Geef 5 aantallen (één per stap of optie, op volgorde) of 6"), run.out());
        assertTrue(out.contains("'x' is geen aantal"), run.out());
        assertTrue(out.contains("Handen geteld in ronde 1: 1 sterk A: 2 · 2 A: 0 · 3 midden: 0 · 4 B: 0 · 5 sterk B: 1"
                + " · onthouding: 0. Samen 3 handen; aanwezig met stem: 3 deelnemers."), run.out());
        assertFalse(out.contains("Niet gestemd"), "a show of hands names nobody as not voting: " + run.out());
        assertTrue(out.contains("Aan het woord: Anouk de Vries. Daarna: Daan."), run.out());
        assertTrue(out.contains("Aan het woord: Daan. Verder niemand op de lijst."), run.out());
        assertTrue(out.matches(".*Spreektijd: nog 2:[23][0-9] van 2:30\\. \\[1/4 Eigen kracht · ronde 1 onthuld · tijd 2:[23][0-9]].*"),
                "the countdown runs and the prompt carries it: " + run.out());
        assertTrue(out.contains("1. De griffie zoekt de cijfers op. 2. De wethouder informeren."), run.out());

        JsonNode doc = export(beraad);
        assertEquals("finished", doc.at("/session/status").asText());
        assertEquals("Adviesraad november", doc.at("/session/title").asText());
        assertEquals("Adviesraad Sociaal Domein", doc.at("/session/body").asText());
        assertEquals("Raadzaal", doc.at("/session/place").asText());
        assertEquals("Anouk de Vries", doc.at("/session/facilitator").asText());
        assertEquals("Piet Smit", doc.at("/session/secretary").asText());
        assertEquals(List.of("Anouk de Vries|false|true", "Bram|false|true", "Cor|true|true", "Daan|false|true",
                "Eva|false|false"), participants(doc));
        assertEquals(Map.of(0, 0, 1, 2, 2, 0, 3, 0, 4, 0, 5, 1), hands(doc, 1));
        assertEquals(1, doc.at("/items/0/revealedRound").asInt());
        JsonNode conclusion = doc.at("/conclusions/0");
        assertEquals("De raad adviseert maatwerk.", conclusion.get("text").asText());
        assertEquals("Bram wil vaste regels.", conclusion.get("minority").asText());
        assertEquals("[\"De griffie zoekt de cijfers op.\",\"De wethouder informeren.\"]",
                conclusion.get("actionPoints").toString());
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("1|Daan"), Rows.of(c, "SELECT s.item_no, p.name FROM speaker s "
                    + "JOIN participant p ON p.id = s.participant_id ORDER BY s.seq"));
        }
    }

    @Test
    void underLangEnTheCommandsHaveEnglishWords(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        Beraad.Run run = beraad.withInput(String.join("\n",
                "participant Anna, Ben, Carl, Dirk",
                "rename Anna: Anna Smith",
                "remove Dirk",
                "absent Carl",
                "observer Ben",
                "member Ben",
                "present Carl",
                "observer Carl",
                "help",
                "hands 0,1,1,0,0",
                "reveal",
                "speaker Ben",
                "speaker Anna",
                "speaker next",
                "timer 4",
                "minority Ben disagrees.",
                "action Ask the clerk.",
                "details title Board of November",
                "details body Social Board",
                "details place Town hall",
                "details chair Anna Smith",
                "details secretary Ben",
                "finish", ""), "--lang", "en", "start", "--set", "scp-dilemmas-2022", "--plain");

        assertEquals(0, run.code(), run.err());
        String out = run.out().replaceAll("\\s+", " ");
        for (String usage : List.of("absent <name>", "present <name>", "observer <name>", "member <name>",
                "rename <name>: <new name>", "remove <name>", "hands <count>,<count>", "speaker [next|remove] [<name>]",
                "timer [start|stop|<m:ss>]", "minority [<text>]", "action [<text>]", "details [<field> <text>]")) {
            assertTrue(out.contains(usage), usage + " in the help: " + run.out());
        }
        assertTrue(out.contains("Has the floor: Anna Smith."), run.out());
        assertTrue(out.contains("Speaking time 4:00; the clock is not running. Start: timer start"), run.out());
        JsonNode doc = export(beraad);
        assertEquals("Board of November", doc.at("/session/title").asText());
        assertEquals("Social Board|Town hall|Anna Smith|Ben", doc.at("/session/body").asText() + "|"
                + doc.at("/session/place").asText() + "|" + doc.at("/session/facilitator").asText() + "|"
                + doc.at("/session/secretary").asText());
        assertEquals(List.of("Anna Smith|false|true", "Ben|false|true", "Carl|true|true"), participants(doc));
        assertEquals(Map.of(0, 0, 1, 0, 2, 1, 3, 1, 4, 0, 5, 0), hands(doc, 1));
        assertEquals("Ben disagrees.", doc.at("/conclusions/0/minority").asText());
        assertEquals("Ask the clerk.", doc.at("/conclusions/0/actionPoints/0").asText());
        assertEquals("finished", doc.at("/session/status").asText());
    }

    @Test
    void aRefusedShowOfHandsChangesNothingAndARevealedRoundTakesNoMoreHands(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        // The last line is refused as a whole (more hands than members present): no count of it is stored.
        Beraad.Run run = beraad.withInput(String.join("\n", "deelnemer Anouk, Bram", "handen 1,1,0,0,0",
                "handen 9,9", "handen 0,0,0,0,0,1,1", "handen 0,0,2,0,0,5000", "onthul", "handen 1,1,0,0,0", "stop", ""),
                "start", "--set", "scp-dilemmas-2022", "--plain");

        assertEquals(0, run.code(), run.err());
        String out = run.out().replaceAll("\\s+", " ");
        assertTrue(out.contains("De posities van ronde 1 zijn al onthuld"), run.out());
        assertTrue(out.contains("Geef 5 aantallen"), run.out());
        assertTrue(out.contains("Dan hebben 5002 een positie in deze ronde, meer dan de 2 aanwezige leden"), run.out());
        assertEquals(Map.of(0, 0, 1, 1, 2, 1, 3, 0, 4, 0, 5, 0), hands(export(beraad), 1));
    }

    /** "name|observer|present" per participant, in order. */
    private static List<String> participants(JsonNode doc) {
        List<String> rows = new ArrayList<>();
        doc.get("participants").forEach(p -> rows.add(p.get("name").asText() + "|" + p.get("observer").asBoolean()
                + "|" + p.get("present").asBoolean()));
        return rows;
    }

    /** Hands per step (0: abstentions) of one item's first round, as exported. */
    private static Map<Integer, Integer> hands(JsonNode doc, int item) {
        Map<Integer, Integer> hands = new TreeMap<>();
        doc.get("handCounts").forEach(h -> {
            if (h.get("item").asInt() == item && h.get("round").asInt() == 1) {
                hands.merge(h.get("abstain").asBoolean() ? 0 : h.get("step").asInt(), h.get("hands").asInt(), Integer::sum);
            }
        });
        return hands;
    }
}
