package nl.beraad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML report: one self-contained file, ready to print on A4, that shows text and runs nothing. */
class HtmlReportTest {
    private static final String MARKDOWN = """
            # Verslag: Adviesraad & "zo"

            | | |
            |---|---|
            | Dilemmaset | Rol van de raad |

            ## Aanwezigheid

            - **Aanwezig (2):** Anouk, José

            ## Samenvatting

            | Item | Ronde 1 |
            |---|---|
            | 1. Eerste item | 1 A · 1 B |

            ## 1. Eerste item

            Context.

            ```text
            A      ████████████████████ 2
            midden ██████████ 1
            ```

            ## 2. Tweede item

            - Anouk: een argument

            ## Bijlage: posities per deelnemer

            ### 1. Eerste item

            | Deelnemer | Ronde 1 |
            |---|---|
            | Anouk | 1 (sterk A) |

            ---

            Gemaakt met Beraad.
            """;

    private final HtmlReport dutch = new HtmlReport(Locale.forLanguageTag("nl"));

    @Test
    void isOneSelfContainedFileThatLoadsAndRunsNothing() {
        String html = dutch.render(MARKDOWN);
        String lower = html.toLowerCase(Locale.ROOT);

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"), html);
        assertTrue(html.endsWith("</main>\n</body>\n</html>\n"), html);
        for (String external : new String[] {"<link", "<script", "<img", "<iframe", "<a ", "src=", "href=", "url(",
                "@import", "http:", "https:", "//"}) {
            assertFalse(lower.contains(external), () -> external + " in\n" + html);
        }
        // Even something that slipped through could neither run nor fetch anything.
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'\">"), html);
        assertEquals(1, count(html, "<style>"), html);
    }

    @Test
    void printsOnA4WithEachItemAndTheAppendixOnANewPage() {
        String html = dutch.render(MARKDOWN);
        String css = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));

        assertTrue(css.contains("@page { size: A4; margin:"), css);
        // An item, and everything after the first item, unless it is the document's first section.
        assertTrue(Pattern.compile("h2 ~ h2\\.item, h2\\.item ~ h2 \\{[^}]*break-before: page;").matcher(css).find(),
                css);
        assertTrue(html.contains("<h2>Aanwezigheid</h2>\n"), html);
        assertTrue(html.contains("<h2>Samenvatting</h2>\n"), html);
        assertTrue(html.contains("<h2 class=\"item\">1. Eerste item</h2>\n"), html);
        assertTrue(html.contains("<h2 class=\"item\">2. Tweede item</h2>\n"), html);
        assertTrue(html.contains("<h2>Bijlage: posities per deelnemer</h2>\n<h3>1. Eerste item</h3>"), html);
        assertTrue(Pattern.compile("pre \\{[^}]*break-inside: avoid;").matcher(css).find(), css);
        assertTrue(Pattern.compile("th, td \\{[^}]*border: 1px solid").matcher(css).find(), css);
        assertTrue(Pattern.compile("body \\{[^}]*font-family: [^;]*serif;").matcher(css).find(), css);
        assertEquals(5, count(html, "<h2"), html);
        assertEquals(3, count(html, "<table>"), html);
        assertTrue(html.contains("<pre><code class=\"language-text\">A      ████████████████████ 2\n"), html);
    }

    @Test
    void titleIsTheFirstHeadingEscaped() {
        String html = dutch.render(MARKDOWN);

        assertTrue(html.contains("<title>Verslag: Adviesraad &amp; &quot;zo&quot;</title>"), html);
        assertTrue(dutch.render("Geen kop.\n").contains("<title>Beraad</title>"));
        String hostile = dutch.render("# Verslag: </title><script>alert(1)</script>\n");
        assertTrue(hostile.contains("<title>Verslag: &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"),
                hostile);
    }

    @Test
    void pageLanguageFollowsTheReportLanguage() {
        assertTrue(new HtmlReport(Locale.ENGLISH).render(MARKDOWN).contains("<html lang=\"en\">"));
        assertTrue(new HtmlReport(Locale.ROOT).render(MARKDOWN).contains("<html lang=\"nl\">"));
    }

    @Test
    void rawHtmlInTheMarkdownIsShownNotRun() {
        String html = dutch.render("<script>alert(1)</script>\n\nTekst <img src=x onerror=alert(1)> en <b>vet</b>.\n");

        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("Tekst &lt;img src=x onerror=alert(1)&gt; en &lt;b&gt;vet&lt;/b&gt;."), html);
    }

    @Test
    void aLinkOrImageKeepsOnlyItsWords() {
        // MarkdownText escapes these, so the report never has one; this is what is left if one slips through.
        String html = dutch.render("Zie [klik](javascript:alert(1)), [site](https://evil.example \"t\"), "
                + "<https://evil.example>, ![foto](http://evil/x.png) en [ref].\n\n[ref]: http://evil\n");

        assertFalse(html.contains("<a"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("evil/x.png"), html);
        assertTrue(html.contains("<p>Zie klik, site, https://evil.example, foto en ref.</p>"), html);
    }

    @Test
    void aLineBreakTypedInAConclusionStaysALineBreak() {
        String html = dutch.render("### Conclusie\n\nEerste regel\nTweede regel\n");

        assertTrue(html.contains("<p>Eerste regel<br>\nTweede regel</p>"), html);
    }

    @Test
    void escapeCoversElementTextAndQuotedAttributes() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;",
                HtmlReport.escape("<a href=\"x\" title='y'>&"));
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
