package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.beraad.support.Beraad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Line mode is the screen-reader path (issue 11): its reveal says the tally sentence before the
 * bars, and every bar row says its label and count before any block character, so a row is heard
 * as "1 sterk A: 1" and not as a run of blocks with the number at the end. The report keeps its
 * own bar layout.
 */
@Timeout(60)
class LineRevealReadAloudTest {
    private static final Path SET = Path.of("src/test/resources/nl/beraad/e2e/alle-soorten.yaml").toAbsolutePath();

    @Test
    void theTallySentenceComesFirstAndEachCountBeforeItsBar(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        Beraad.Run run = beraad.withInput(String.join("\n", "deelnemer Anouk, Bram, Cor, Daan",
                "stem Anouk 1", "stem Bram B", "stem Cor M", "stem Daan o", "onthul",
                "ga 3", "stem Anouk 3,1", "stem Bram 3", "stem Cor 2,3", "stem Daan o", "onthul", "stop", ""),
                "start", "--set", SET.toString(), "--plain");

        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().map(l -> l.replaceAll("^\\[[^]]*] > ", "")).toList();
        int dilemma = lines.indexOf("Uitslag ronde 1 (4 van 4 deelnemers):");
        assertEquals("1 deelnemer koos voor A, 1 voor B, 1 in het midden; 1 onthouding.", lines.get(dilemma + 1),
                run.out());
        assertRows(List.of("  1 sterk A:    1  █", "  2 A:          0", "  3 midden:     1  █", "  4 B:          1  █",
                "  5 sterk B:    0", "  o onthouding: 1  █"), lines.subList(dilemma + 2, dilemma + 8));

        int choice = lines.lastIndexOf("Uitslag ronde 1 (4 van 4 deelnemers):");
        assertEquals("3 deelnemers maakten een keuze; 1 onthouding.", lines.get(choice + 1), run.out());
        assertRows(List.of("  1 Schuldhulp:        1  █", "  2 Jeugdhulp:         1  █",
                "  3 Wmo-ondersteuning: 3  █", "  o onthouding:        1  █"), lines.subList(choice + 2, choice + 6));

        String md = beraad.run("report", "1").out();
        assertTrue(md.contains("\n1 sterk A   ████████████████████ 1\n"), "the report keeps its bars: " + md);
    }

    @Test
    void withBarsOffTheResultIsCountsAloneWithoutBlockCharacters(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        Beraad.Run run = beraad.withInput(String.join("\n", "deelnemer Anouk, Bram, Cor",
                "stem Anouk 1", "stem Bram B", "stem Cor o", "balken uit", "onthul", "stop", ""),
                "start", "--set", SET.toString(), "--plain");

        assertEquals(0, run.code(), run.err());
        String shown = run.out().substring(run.out().indexOf("Uitslag ronde 1"));
        assertTrue(shown.contains("1 deelnemer koos voor A, 1 voor B; 1 onthouding.\n  1 sterk A:    1\n  2 A:          0\n"
                + "  3 midden:     0\n  4 B:          1\n  5 sterk B:    0\n  o onthouding: 1\n"), shown);
        assertFalse(shown.contains("█"), shown);

        Beraad.Run english = beraad.withInput("bars off\nresult\nbars on\nresult\nquit\n", "--lang", "en", "resume",
                "1", "--plain");
        String out = english.out();
        int off = out.indexOf("Results show the counts alone, without bars.");
        int on = out.indexOf("Results show bars after the counts.");
        assertTrue(off > 0 && on > off, out);
        assertTrue(out.substring(off, on).contains("  4 B:          1\n"), out);
        assertFalse(out.substring(off, on).contains("█"), out);
        assertTrue(out.substring(on).contains("  4 B:          1  █"), out);
    }

    /** Each row starts as expected and, where it has a bar, goes on with blocks only. */
    private static void assertRows(List<String> expected, List<String> rows) {
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i);
            String row = rows.get(i);
            assertTrue(want.endsWith("█") ? row.startsWith(want) && row.substring(want.length()).matches("█*")
                    : row.equals(want), "row " + i + ": '" + row + "', expected '" + want + "'");
        }
    }
}
