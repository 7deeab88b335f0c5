package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.beraad.support.Beraad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** 'report --format': Markdown by default, HTML for printing, to standard output or a file; nothing else. */
@Timeout(60)
class ReportFormatTest {

    private static Beraad meeting(Path dir) {
        Beraad beraad = new Beraad(dir);
        Beraad.Run run = beraad.withInput(PlainSessionTest.lines(PlainSessionTest.MEETING), "start", "--set",
                "scp-dilemmas-2022", "--plain", "--title", "Adviesraad november");
        assertEquals(0, run.code(), run.err());
        return beraad;
    }

    @Test
    void htmlGoesToStandardOutputOrAFileAndMarkdownStaysTheDefault(@TempDir Path dir) throws Exception {
        Beraad beraad = meeting(dir);

        Beraad.Run markdown = beraad.run("report", "1");
        assertEquals(0, markdown.code(), markdown.err());
        assertTrue(markdown.out().startsWith("# Verslag: Adviesraad november\n"), markdown.out());
        assertEquals(markdown.out(), beraad.run("report", "1", "--format", "md").out());

        Beraad.Run html = beraad.run("report", "1", "--format", "html");
        assertEquals(0, html.code(), html.err());
        assertEquals("", html.err());
        String page = html.out();
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"), page);
        assertTrue(page.contains("<title>Verslag: Adviesraad november</title>"), page);
        assertTrue(page.contains("<h1>Verslag: Adviesraad november</h1>"), page);
        assertTrue(page.contains("<h2 class=\"item\">4. Menselijke maat</h2>"), page);
        assertTrue(page.contains("<li><strong>Aanwezig (3):</strong> Anouk de Vries, José Öztürk, Sjoerd Bakker</li>"),
                page);

        Path file = dir.resolve("uit").resolve("verslag-1.html");
        Beraad.Run written = beraad.run("report", "1", "--format", "html", "-o", file.toString());
        assertEquals(0, written.code(), written.err());
        assertEquals("", written.out());
        assertTrue(written.err().contains("Verslag geschreven"), written.err());
        assertEquals(page, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void theHtmlReportLeavesOutMermaidChartsItCouldNotDraw(@TempDir Path dir) {
        Beraad beraad = meeting(dir);
        assertTrue(beraad.run("report", "1", "--charts", "mermaid").out().contains("```mermaid\n"));

        Beraad.Run html = beraad.run("report", "1", "--charts", "mermaid", "--format", "html");

        assertEquals(0, html.code(), html.err());
        assertFalse(html.out().contains("mermaid"), html.out());
        assertTrue(html.out().contains("<pre><code class=\"language-text\">"), html.out());
    }

    @Test
    void theEnglishHtmlReportSaysItIsEnglish(@TempDir Path dir) {
        Beraad beraad = meeting(dir);

        Beraad.Run html = beraad.run("--lang", "en", "report", "1", "--format", "HTML");

        assertEquals(0, html.code(), html.err());
        assertTrue(html.out().startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html.out());
    }

    @Test
    void anUnknownFormatIsAUsageErrorThatNamesTheChoices(@TempDir Path dir) {
        Beraad beraad = meeting(dir);

        Beraad.Run run = beraad.run("report", "1", "--format", "pdf");

        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("--format") && run.err().contains("md") && run.err().contains("html"),
                run.err());
    }
}
