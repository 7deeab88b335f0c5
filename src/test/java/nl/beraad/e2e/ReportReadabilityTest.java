package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.beraad.support.Beraad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a council clerk found reading a report line by line, each through the real program: a
 * meeting in line mode over a set with an '&' in its title and an option, a polarised dilemma, a
 * choice, a division of points with an abstention, a ranking and an open question nobody answered;
 * then its report in Markdown and HTML, and its comparison with a second meeting on the same set.
 */
@Timeout(120)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportReadabilityTest {
    private static final Path SET = Path.of("src/test/resources/nl/beraad/e2e/leesbaar.yaml").toAbsolutePath();
    private static final String CONCLUSION = "De raad adviseert een wijkteam in elke wijk, met een vaste contactpersoon"
            + " per huishouden, en een loket voor wie liever naar het stadhuis komt.";

    @TempDir
    static Path dir;
    private String md;
    private String html;
    private String compare;

    @BeforeAll
    void twoMeetingsTheReportAndTheComparison() {
        Beraad beraad = meetings(dir);
        md = beraad.run("report", "1").out();
        html = beraad.run("report", "1", "--format", "html").out();
        compare = beraad.run("compare", "1", "2").out();
    }

    @Test
    void oneWayToWriteAHeadingTableWithARealHeadingRow() {
        assertTrue(md.startsWith("# Verslag: Wijkavond\n\n| Vergadering | Wijkavond |\n|---|---|\n"), md);
        assertHas(compare, "\n| Vergadering | Sessie 1 | Sessie 2 |\n|---|---|---|\n");
        assertFalse(html.contains("<th></th>"), html);
    }

    @Test
    void theSetByItsTitleOnlyAndOneStatusWordingInReportAndComparison() {
        assertHas(md, "\n| Dilemmaset | Wonen & zorg in de wijk |\n", "\n| Status | onderbroken bij item 5 van 5 |\n");
        assertHas(compare, "\n**Dilemmaset:** Wonen & zorg in de wijk\n",
                "\n| Status | onderbroken bij item 5 van 5 | afgerond |\n");
    }

    @Test
    void noStrayEscapesInTheMarkdownAndTheHtmlShowsTheText() {
        assertHas(md, "\n- Anoniem: Een loket is duidelijker.\n", "1 Vondel & Nassau", "| -1,00 (gepolariseerd) |");
        assertHas(compare, "| Overeenstemming | -1,00 (gepolariseerd) | 1,00 (grote overeenstemming) |");
        for (String text : List.of(md, compare, html)) {
            assertFalse(text.contains("\\&"), text);
            assertFalse(text.contains("\\-"), text);
        }
        assertHas(html, "Vondel &amp; Nassau", "<td>-1,00 (gepolariseerd)</td>");
    }

    @Test
    void theSummaryHasADashForAnUnansweredQuestionAndCutsAConclusionAfterAWord() {
        assertHas(md, "\n| 5. Wat mist u? | – | – | – | – |\n",
                "| De raad adviseert een wijkteam in elke wijk, met een vaste contactpersoon per huishouden… |");
    }

    @Test
    void pointsHaveNoAbstentionBarAmongTheTotalsAndEveryAverageOneDecimal() {
        assertHas(section(md, "## 3. "), "3 deelnemers verdeelden elk 100 punten; 1 onthouding.\n\n```text\n"
                + "1 Wonen  " + "█".repeat(17) + " 100\n2 Zorg   " + "█".repeat(13) + " 80\n3 Werk   " + "█".repeat(20)
                + " 120\n```", "Gemiddeld per deelnemer (van 100 punten): Werk 40,0; Wonen 33,3; Zorg 26,7.");
    }

    @Test
    void theAppendixNamesTheOptionsOfAChoiceADivisionOfPointsAndARanking() {
        assertHas(section(md, "## Bijlage"), "| Anouk | Vondel & Nassau |", "| Anouk | Wonen 50; Zorg 30; Werk 20 |",
                "| Anouk | 1. Zorg; 2. Wonen; 3. Werk |");
    }

    private static void assertHas(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), part + " in\n" + text);
        }
    }

    /** Session 1 stops at the open question; session 2 on the same set is finished. */
    private static Beraad meetings(Path dir) {
        Beraad beraad = new Beraad(dir);
        Beraad.Run first = beraad.withInput(String.join("\n",
                "deelnemer Anouk, Bram, Chris, Dana",
                "stem Anouk 1", "stem Bram 1", "stem Chris 5", "stem Dana 5", "onthul",
                "argument B Een loket is duidelijker.",
                "conclusie " + CONCLUSION,
                "volgende",
                "stem Anouk 1", "stem Bram 1", "stem Chris 2", "stem Dana o", "onthul",
                "volgende",
                "stem Anouk 50,30,20", "stem Bram 20,20,60", "stem Chris 30,30,40", "stem Dana o", "onthul",
                "volgende",
                "stem Anouk 2,1,3", "stem Bram 1,2,3", "stem Chris 3,1,2", "stem Dana 1,3,2", "onthul",
                "volgende",
                "stop", ""), "start", "--set", SET.toString(), "--plain", "--title", "Wijkavond");
        assertEquals(0, first.code(), first.err());
        Beraad.Run second = beraad.withInput(String.join("\n",
                "deelnemer Eva, Frank",
                "stem Eva 2", "stem Frank 2", "onthul",
                "afronden", ""), "start", "--set", SET.toString(), "--plain", "--title", "Raadsavond");
        assertEquals(0, second.code(), second.err());
        return beraad;
    }

    /** From a heading to the next heading of the same level. */
    private static String section(String md, String heading) {
        int start = md.indexOf("\n" + heading);
        assertTrue(start >= 0, heading + " in\n" + md);
        int end = md.indexOf("\n## ", start + 1);
        return md.substring(start, end < 0 ? md.length() : end);
    }
}
