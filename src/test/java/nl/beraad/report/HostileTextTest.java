package nl.beraad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import nl.beraad.domain.NameKeeping;
import nl.beraad.app.SessionService;
import nl.beraad.support.Unlogged;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.CleanText;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Side;
import nl.beraad.domain.VoteMethod;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.store.MemoryDatabase;
import nl.beraad.text.Messages;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile text typed everywhere a participant or the clerk can type, through a real session on H2:
 * the report is parsed back and compared with the same session typed with harmless words in the
 * same places. Headings, tables, lists and paragraphs must be the same, the hostile text must show
 * as the very text that was typed (cleaned of control characters) exactly where the harmless word
 * was, and neither the Markdown nor the HTML may hold any tag, link or image that came from it.
 */
@Timeout(60)
class HostileTextTest {
    private static final Instant NOW = Instant.parse("2026-03-05T19:45:00Z");
    private static final Messages MSG = Messages.forLanguage("nl");
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final String SET = "raadsrol-2018"; // three open questions, then two dilemmas
    private static final ItemNo QUESTION = ItemNo.of(1);
    private static final ItemNo DILEMMA = ItemNo.of(4);

    /** Markdown and HTML syntax, link schemes, line breaks and control characters, one of each. */
    static final List<String> SAMPLES = List.of(
            "# Kop",
            "| a | b |",
            "*vet*",
            "`code`",
            "```",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[klik](javascript:alert(1))",
            "https://evil.example",
            "<https://evil.example>",
            "![x](http://evil/x.png)",
            "1. lijst",
            "- lijst",
            "> quote",
            "---",
            "===",
            "regel een\nregel twee",
            "heen\rterug",
            "\u001b[31mrood\u001b[0m",
            "nul\u0000bel\u0007",
            "\u202egnirts",
            "&amp;",
            "\\",
            "_x_",
            "~~x~~");

    /**
     * Names: the same kinds of text, but a name may hold no colon (it ends the speaker's name in an
     * argument), must be unique and must show a letter, so the link samples lose their scheme here
     * and the samples of only marks get a letter (a fence with an info string still opens a fence).
     */
    static final List<String> NAMES = List.of(
            "# Kop",
            "| a | b |",
            "*vet*",
            "`code`",
            "```js",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[klik](javascript-alert(1))",
            "<evil.example>",
            "![x](evil/x.png)",
            "1. lijst",
            "- lijst",
            "> quote",
            "--- a",
            "=== b",
            "regel\nnaam",
            "heen\rterug",
            "\u001b[31mrood\u001b[0m",
            "nul\u0000bel\u0007",
            "\u202egnirts",
            "&amp;",
            "\\c",
            "_x_",
            "~~x~~");

    /** A title ending in " ##", which an ATX heading would drop as its closing sequence unless escaped. */
    private static final String HEADING_END = " ##";

    /** What is typed in each place of the meeting. */
    record Typed(String title, String body, String place, String facilitator, String secretary, List<String> names,
            List<String> answers, List<String> arguments, String conclusion, String minority, List<String> actions) {

        /** The hostile meeting: every sample in every place someone can type, a title ending in '#'s. */
        static Typed hostile() {
            List<String> actions = SAMPLES.stream().filter(s -> s.indexOf('\n') < 0 && s.indexOf('\r') < 0).toList();
            String all = String.join(" ", SAMPLES);
            return new Typed(all + HEADING_END,
                    "Orgaan " + String.join(" ", SAMPLES.subList(0, 8)),
                    "Plaats " + String.join(" ", SAMPLES.subList(8, 14)),
                    "Voorzitter " + String.join(" ", SAMPLES.subList(14, 20)),
                    "Secretaris " + String.join(" ", SAMPLES.subList(20, SAMPLES.size())),
                    NAMES, SAMPLES, SAMPLES,
                    // Every sample on a line of its own, so each could open a block if not escaped.
                    String.join("\n", SAMPLES), "Een minderheid:\n" + String.join("\n", SAMPLES), actions);
        }

        /**
         * The same places filled with unique plain words ("Antwoord 07"), one text for one text; a
         * conclusion or minority position has as many lines as the hostile one, one word per line,
         * since the summary table shows a conclusion's first line only.
         */
        Typed harmless() {
            return new Typed("Titel 01", "Orgaan 01", "Plaats 01", "Voorzitter 01", "Secretaris 01",
                    words("Naam", names.size()), words("Antwoord", answers.size()), words("Argument", arguments.size()),
                    String.join("\n", words("Conclusie", lines(conclusion).size())),
                    String.join("\n", words("Minderheid", lines(minority).size())), words("Actie", actions.size()));
        }

        private static List<String> lines(String block) {
            return List.of(CleanText.block(block).split("\n"));
        }

        private static List<String> words(String word, int count) {
            // Two digits, so that no word is the start of another ("Actie 01" and "Actie 010" cannot both be).
            return IntStream.rangeClosed(1, count).mapToObj(i -> String.format("%s %02d", word, i)).toList();
        }

        /**
         * For each harmless word of {@code harmless}, the text the report must show in its place for
         * this (hostile) meeting: what was typed, cleaned as the domain cleans it on the way in.
         */
        Map<String, String> shownFor(Typed harmless) {
            Map<String, String> shown = new LinkedHashMap<>();
            shown.put(harmless.title, CleanText.line(title));
            shown.put(harmless.body, CleanText.line(body));
            shown.put(harmless.place, CleanText.line(place));
            shown.put(harmless.facilitator, CleanText.line(facilitator));
            shown.put(harmless.secretary, CleanText.line(secretary));
            pairs(shown, harmless.names, names);
            pairs(shown, harmless.answers, answers);
            pairs(shown, harmless.arguments, arguments);
            pairs(shown, lines(harmless.conclusion), lines(conclusion));
            pairs(shown, lines(harmless.minority), lines(minority));
            pairs(shown, harmless.actions, actions);
            return shown;
        }

        private static void pairs(Map<String, String> shown, List<String> words, List<String> typed) {
            for (int i = 0; i < words.size(); i++) {
                shown.put(words.get(i), CleanText.line(typed.get(i)));
            }
        }
    }

    // --- the tests ---

    @Test
    void hostileTextLeavesTheMarkdownStructureAsItIsAndShowsAsTypedText() throws Exception {
        assertMarkdownHolds(Typed.hostile());
    }

    @Test
    void hostileTextBecomesNoTagLinkOrImageInTheHtml() throws Exception {
        assertHtmlHolds(Typed.hostile());
    }

    /** Inline text right after a list marker, and at a heading's end, stays text (a hole found and mended). */
    @ParameterizedTest
    @ValueSource(strings = {"# Kop", "- lijst", "+ lijst", "1. lijst", "1) lijst", "---", "- - -", "Kop ##", "#"})
    void inlineTextStaysTextAfterAListMarkerAndAtTheEndOfAHeading(String text) {
        assertEquals("Document\n  BulletList\n    ListItem\n      Paragraph [" + text + "]\n",
                skeleton(PARSER.parse("- " + MarkdownText.inline(text) + "\n")));
        assertEquals("Document\n  Heading1 [Verslag: " + text + "]\n",
                skeleton(PARSER.parse("# Verslag: " + MarkdownText.inline(text) + "\n")));
    }

    // An anonymous session has no names to find since issue 15: it stores none (NameKeepingTest).
    @ParameterizedTest(name = "anonymous session: {0}")
    @ValueSource(booleans = {false})
    void anAnonymousReportNamesNobodyInMarkdownOrHtml(boolean sessionAnonymous) throws Exception {
        List<String> names = List.of("Zoë <b>Verhoeven</b>", "Pieter | de Wildschut", "`Kees` *Brandsma*",
                "# Fenna Oosterhuis", "[Joost](javascript-Zwanenburg)", "\u202eAnneke\u001b[1m Kloosterboer");
        Typed base = Typed.hostile();
        Typed typed = new Typed(base.title(), base.body(), base.place(), base.facilitator(), base.secretary(), names,
                List.of("Antwoord van Zoë", "Antwoord van Pieter", "Antwoord van Kees"),
                List.of("Argument een", "Argument twee", "Argument drie", "Argument vier", "Argument vijf",
                        "Argument zes", "Argument zeven"),
                base.conclusion(), base.minority(), base.actions());
        SessionRecord record = meeting(typed, sessionAnonymous);

        String markdown = report(record, ReportNames.of(record, !sessionAnonymous, MSG));
        String html = new HtmlReport(MSG.locale()).render(markdown);

        assertTrue(markdown.contains("Deelnemer 6"), markdown);
        for (String name : names) {
            String clean = CleanText.line(name);
            for (String form : List.of(clean, MarkdownText.inline(clean), HtmlReport.escape(clean))) {
                assertFalse(markdown.contains(form), () -> form + " in\n" + markdown);
                assertFalse(html.contains(form), () -> form + " in\n" + html);
            }
        }
        // The surnames alone, however the name was escaped around them.
        for (String surname : List.of("Verhoeven", "Wildschut", "Brandsma", "Oosterhuis", "Zwanenburg",
                "Kloosterboer")) {
            assertFalse(markdown.contains(surname), () -> surname + " in\n" + markdown);
            assertFalse(html.contains(surname), () -> surname + " in\n" + html);
        }
    }

    @Test
    void theComparisonSeesStructureWhenTextIsNotEscaped() {
        // Guards the tests above: the parse and the skeleton do tell a heading, link or tag from text.
        String plain = skeleton(PARSER.parse("- Naam 01: Argument 01\n"));
        String injected = skeleton(PARSER.parse("- # Kop: [klik](javascript:alert(1)) <b>x</b>\n"));

        assertTrue(injected.contains("Heading") && injected.contains("Link") && injected.contains("HtmlInline"),
                injected);
        assertFalse(plain.contains("Heading"), plain);
    }

    // --- Markdown ---

    private static void assertMarkdownHolds(Typed hostile) throws Exception {
        Typed harmless = hostile.harmless();
        Node safe = PARSER.parse(report(meeting(harmless, false)));
        String markdown = report(meeting(hostile, false));
        Node parsed = PARSER.parse(markdown);
        Map<String, String> shown = hostile.shownFor(harmless);

        // The comparison below means something only if the harmless words do reach the report.
        String safeSkeleton = skeleton(safe);
        for (String word : List.of(harmless.title(), harmless.body(), harmless.place(), harmless.facilitator(),
                harmless.secretary(), harmless.names().get(0), harmless.answers().get(0), harmless.arguments().get(0),
                "Conclusie 01", "Minderheid 01", harmless.actions().get(0))) {
            assertTrue(safeSkeleton.contains(word), () -> word + " not in\n" + safeSkeleton);
        }

        assertEquals(substitute(headings(safe), shown), headings(parsed), markdown);
        assertEquals(tableShapes(safe), tableShapes(parsed), markdown);
        assertEquals(Map.of(), nodes(parsed, HtmlInline.class, HtmlBlock.class, Link.class, Image.class,
                LinkReferenceDefinition.class, IndentedCodeBlock.class), markdown);
        assertEquals(nodes(safe, Code.class, FencedCodeBlock.class), nodes(parsed, Code.class, FencedCodeBlock.class),
                markdown);
        // The whole tree, text included: every hostile text sits, literally, where its harmless word sat.
        assertEquals(substitute(safeSkeleton, shown), skeleton(parsed), markdown);

        String text = texts(parsed);
        for (String literal : List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                "[klik](javascript:alert(1))", "<https://evil.example>", "![x](http://evil/x.png)", "| a | b |",
                "*vet*", "`code`", "&amp;", "~~x~~", "_x_", "> quote", "regel een\nregel twee", "[31mrood [0m")) {
            assertTrue(text.contains(literal), () -> literal + " not shown as text in\n" + markdown);
        }
        // Control characters and bidi overrides never reach the file at all.
        assertTrue(markdown.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7f || c == 0x202e), markdown);
    }

    // --- HTML ---

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[^>]*)?)/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");
    /** What commonmark makes of the report's own Markdown; nothing else may appear. */
    private static final Set<String> ALLOWED_TAGS = Set.of("html", "head", "meta", "title", "style", "body", "main",
            "h1", "h2", "h3", "p", "ul", "ol", "li", "strong", "em", "br", "hr", "pre", "code", "table", "thead",
            "tbody", "tr", "th", "td");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("lang", "charset", "http-equiv", "name", "content",
            "class", "align", "start");

    private static void assertHtmlHolds(Typed hostile) throws Exception {
        HtmlReport htmlReport = new HtmlReport(MSG.locale());
        String safe = htmlReport.render(report(meeting(hostile.harmless(), false)));
        String html = htmlReport.render(report(meeting(hostile, false)));

        for (String forbidden : List.of("<script", "<a ", "<a>", "<img", "<iframe", "<link", "<svg", "<object")) {
            assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains(forbidden), () -> forbidden + " in\n" + html);
        }
        String body = html.substring(html.indexOf("</style>"));
        Matcher tag = TAG.matcher(body);
        while (tag.find()) {
            String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
            String attributes = tag.group(3).replaceFirst("/\\s*$", ""); // a void element's " /"
            assertTrue(ALLOWED_TAGS.contains(name), () -> "tag " + tag.group() + " in\n" + html);
            Matcher attribute = ATTRIBUTE.matcher(attributes);
            while (attribute.find()) {
                String attributeName = attribute.group(1).toLowerCase(java.util.Locale.ROOT);
                assertTrue(ALLOWED_ATTRIBUTES.contains(attributeName), () -> "attribute in " + tag.group());
            }
            // Nothing but quoted, allowed attributes: no bare onerror=... either.
            assertTrue(ATTRIBUTE.matcher(attributes).replaceAll("").isBlank(), tag.group());
            String lower = tag.group().toLowerCase(java.util.Locale.ROOT);
            assertFalse(lower.contains("onerror") || lower.contains("javascript:") || lower.contains("href")
                    || lower.contains("src"), tag.group());
        }
        for (String escaped : List.of("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
                "[klik](javascript:alert(1))", "&lt;https://evil.example&gt;", "![x](http://evil/x.png)",
                "&amp;amp;", "| a | b |", "# Kop", "*vet*", "`code`", "~~x~~", "&gt; quote")) {
            assertTrue(html.contains(escaped), () -> escaped + " not in\n" + html);
        }
        assertEquals(tagCounts(safe), tagCounts(html), html);
    }

    /** How often each element opens: the HTML's shape, read back without a full parser. */
    private static Map<String, Integer> tagCounts(String html) {
        Map<String, Integer> counts = new TreeMap<>();
        Matcher tag = TAG.matcher(html.substring(html.indexOf("</style>")));
        while (tag.find()) {
            if (tag.group(1).isEmpty()) {
                counts.merge(tag.group(2).toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            }
        }
        return counts;
    }

    // --- the meeting ---

    /** A meeting over the shipped set, every step through SessionService on its own H2 database in memory. */
    private static SessionRecord meeting(Typed t, boolean anonymous) throws Exception {
        try (Database database = MemoryDatabase.fresh()) {
            SessionService service = new SessionService(new JdbcSessionStore(database),
                    new SetDirectory(Path.of("dilemmas").toAbsolutePath()), Clock.fixed(NOW, ZoneOffset.UTC));
            SessionId id = service.start(SET, t.title()).id();
            // The clerk fills in the heading afterwards, as 'sessions edit' does.
            service.describe(id, new SessionDetails(t.body(), t.place(), t.facilitator(), t.secretary(),
                    anonymous ? NameKeeping.ANONYMOUS : NameKeeping.NAMED));
            List<Participant> people = new ArrayList<>();
            for (String name : t.names()) {
                people.add(service.addParticipant(id, name));
            }

            // An open question: every answer by someone, in turn; the last one anonymous.
            for (int i = 0; i < t.answers().size(); i++) {
                Participant by = i == t.answers().size() - 1 ? null : people.get(i % people.size());
                service.addArgument(id, QUESTION, by, Side.NONE, t.answers().get(i));
            }
            service.conclude(id, QUESTION, t.conclusion());

            // A dilemma over two rounds, arguments on both sides and neutral ones, a full conclusion.
            service.moveTo(id, DILEMMA);
            for (int i = 0; i < people.size(); i++) {
                service.vote(id, DILEMMA, people.get(i), i % 6 == 5 ? Position.ABSTAIN : Position.step(i % 5 + 1), VoteMethod.IN_TURN);
            }
            service.reveal(id, DILEMMA);
            for (int i = 0; i < t.arguments().size(); i++) {
                Participant by = i % 7 == 6 ? null : people.get(i % people.size());
                service.addArgument(id, DILEMMA, by, Side.values()[i % 3], t.arguments().get(i));
            }
            service.startSecondRound(id, DILEMMA);
            for (int i = 0; i < people.size(); i++) {
                service.vote(id, DILEMMA, people.get(i), Position.step(i % 2 == 0 ? 2 : 4), VoteMethod.IN_TURN);
            }
            service.reveal(id, DILEMMA);
            service.conclude(id, DILEMMA, t.conclusion(), t.minority(), String.join("\n", t.actions()));
            service.finish(id);
            return service.record(id);
        }
    }

    private static String report(SessionRecord record) {
        return report(record, ReportNames.of(record, false, MSG));
    }

    /** The report but its stamp, which holds each session's own uid and no typed text. */
    private static String report(SessionRecord record, ReportNames names) {
        return new MarkdownReport(MSG, ZoneId.of("Europe/Amsterdam"), "test").render(record, Unlogged.of(record), names, NOW)
                .replace(record.session().uid(), "UID");
    }

    // --- reading the parsed Markdown ---

    /** Every heading as "h2 text", in order. */
    private static List<String> headings(Node document) {
        List<String> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add("h" + heading.getLevel() + " " + inlines(heading));
            }
        });
        return headings;
    }

    /** Per table, the number of cells in each row (head first). */
    private static List<List<Integer>> tableShapes(Node document) {
        List<List<Integer>> shapes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock) {
                    List<Integer> rows = new ArrayList<>();
                    for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
                        for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                            int cells = 0;
                            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                                cells++;
                            }
                            rows.add(cells);
                        }
                    }
                    shapes.add(rows);
                }
                super.visit(block);
            }
        });
        return shapes;
    }

    /** How many nodes of each of these types the tree holds (absent types left out). */
    @SafeVarargs
    private static Map<String, Integer> nodes(Node document, Class<? extends Node>... types) {
        Map<String, Integer> counts = new TreeMap<>();
        walk(document, n -> {
            for (Class<? extends Node> type : types) {
                if (type.isInstance(n)) {
                    counts.merge(type.getSimpleName(), 1, Integer::sum);
                }
            }
        });
        return counts;
    }

    /** All text a reader sees, one text node after another. */
    private static String texts(Node document) {
        StringBuilder out = new StringBuilder();
        walk(document, n -> {
            if (n instanceof Text text) {
                out.append(text.getLiteral());
            } else if (n instanceof SoftLineBreak) {
                out.append('\n');
            }
        });
        return out.toString();
    }

    private static void walk(Node node, java.util.function.Consumer<Node> action) {
        action.accept(node);
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            walk(child, action);
        }
    }

    /**
     * The tree, one block per line with its inline content in brackets: text as it reads, any other
     * inline (emphasis, code, link, HTML) as a named wrapper, so text and structure both show.
     */
    static String skeleton(Node node) {
        StringBuilder out = new StringBuilder();
        skeleton(node, 0, out);
        // The footer's checksum of the session's data differs between any two sessions.
        return out.toString().replaceAll("\\b[0-9a-f]{64}\\b", "<sha256>");
    }

    private static void skeleton(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName());
        if (node instanceof Heading heading) {
            out.append(heading.getLevel());
        }
        if (node instanceof TableCell cell) {
            out.append(cell.isHeader() ? " head " : " ").append(cell.getAlignment());
        }
        if (node instanceof FencedCodeBlock code) {
            out.append(" {").append(code.getInfo()).append("}\n").append(code.getLiteral());
        }
        Node first = node.getFirstChild();
        if (first != null && isInline(first)) {
            out.append(" [").append(inlines(node)).append("]\n");
            return;
        }
        out.append('\n');
        for (Node child = first; child != null; child = child.getNext()) {
            skeleton(child, depth + 1, out);
        }
    }

    private static boolean isInline(Node node) {
        return !(node instanceof Block) && !(node instanceof TableHead || node instanceof TableBody
                || node instanceof TableRow || node instanceof TableCell);
    }

    private static String inlines(Node parent) {
        StringBuilder out = new StringBuilder();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text text) {
                out.append(text.getLiteral());
            } else if (n instanceof SoftLineBreak) {
                out.append('\n');
            } else {
                String name = n.getClass().getSimpleName();
                out.append('<').append(name).append('>');
                if (n instanceof Code code) {
                    out.append(code.getLiteral());
                } else if (n instanceof HtmlInline html) {
                    out.append(html.getLiteral());
                } else if (n instanceof CustomNode || n.getFirstChild() != null) {
                    out.append(inlines(n));
                }
                out.append("</").append(name).append('>');
            }
        }
        return out.toString();
    }

    private static String substitute(String text, Map<String, String> shown) {
        String out = text;
        for (Map.Entry<String, String> e : shown.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    private static List<String> substitute(List<String> lines, Map<String, String> shown) {
        return lines.stream().map(l -> substitute(l, shown)).toList();
    }
}
