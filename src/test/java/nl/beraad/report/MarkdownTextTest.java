package nl.beraad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.beraad.domain.CleanText;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Proves by parsing the Markdown back that participant text escaped by {@link MarkdownText} stays plain text. */
class MarkdownTextTest {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    /** Text that would change the document's structure if it reached the report unescaped. */
    static Stream<String> hostile() {
        return Stream.of(
                "# kop",
                "## kop ##",
                "- lijst",
                "* lijst",
                "+ lijst",
                "1. lijst",
                "1) lijst",
                "2024. Een goed jaar",
                "> citaat",
                "| a | b |",
                "a | b",
                "| --- | --- |",
                "**vet**",
                "__vet__",
                "*schuin*",
                "_x_",
                "~~weg~~",
                "`code`",
                "```java",
                "~~~",
                "<script>alert(1)</script>",
                "<b>vet</b>",
                "<!-- commentaar -->",
                "<div>",
                "[link](http://evil)",
                "[link][1]\n\n[1]: http://evil",
                "[x]: http://evil",
                "![img](x.png)",
                "<http://evil>",
                "<mailto:a@b.nl>",
                "&lt;b&gt;",
                "&#60;script&#62;",
                "&amp; &copy;",
                "tekst\n===",
                "tekst\n---",
                "tekst\n***",
                "tekst\n___",
                "regel een\nregel twee",
                "a\r\nb\rc",
                "alinea een\n\n\n\nalinea twee",
                "\u001b[31mrood\u001b[0m",
                "\u001b]8;;http://evil\u001b\\klik\u001b]8;;\u001b\\",
                "nul\u0000byte",
                "bel\u0007",
                "\u202Efdp.exe",
                "C:\\map\\",
                "C:\\map\\|x",
                "\\|",
                "\\*niet vet\\*",
                "harde breuk\\\nvolgende",
                "harde breuk  \nvolgende",
                "    ingesprongen code",
                "\tingesprongen",
                "- [ ] taak",
                "---",
                "===",
                "*",
                "-",
                "+",
                "=",
                "tekst\n-",
                "tekst\n--",
                "tekst\n=",
                "a<b>c",
                "&#x3C;b&#X3e;",
                "x_",
                "_x",
                "snake_case_",
                "a\\",
                "a\\`b`",
                "#",
                "Titel #",
                "Titel ###",
                "Zoë's idee \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 #1 + 2 = 3");
    }

    // --- inline, in a list item ---

    @ParameterizedTest
    @MethodSource("hostile")
    void inlineTextInAListItemStaysOnePlainListItem(String text) {
        Node document = PARSER.parse("# Verslag\n\n- Naam: " + MarkdownText.inline(text) + "\n\nEinde.\n");

        List<Node> blocks = children(document);
        assertEquals(3, blocks.size(), () -> describe(document));
        assertInstanceOf(Heading.class, blocks.get(0));
        BulletList list = assertInstanceOf(BulletList.class, blocks.get(1), () -> describe(document));
        assertInstanceOf(Paragraph.class, blocks.get(2));
        List<Node> items = children(list);
        assertEquals(1, items.size(), () -> describe(document));
        ListItem item = assertInstanceOf(ListItem.class, items.get(0));
        List<Node> inItem = children(item);
        assertEquals(1, inItem.size(), () -> describe(document));
        Paragraph paragraph = assertInstanceOf(Paragraph.class, inItem.get(0), () -> describe(document));

        assertEquals("Naam: " + CleanText.line(text), literal(paragraph));
    }

    // --- paragraph ---

    @ParameterizedTest
    @MethodSource("hostile")
    void paragraphTextStaysPlainParagraphs(String text) {
        String cleaned = CleanText.block(text);
        Node document = PARSER.parse("Inleiding.\n\n" + MarkdownText.paragraph(text) + "\n\nEinde.\n");

        List<Node> blocks = children(document);
        // A blank line in the text is kept as a paragraph break, and that is the only block it may make.
        int expectedParagraphs = cleaned.split("\n\n", -1).length;
        assertEquals(2 + expectedParagraphs, blocks.size(), () -> describe(document));
        List<String> literals = new ArrayList<>();
        for (Node block : blocks) {
            literals.add(literal(assertInstanceOf(Paragraph.class, block, () -> describe(document))));
        }

        assertEquals("Inleiding.", literals.get(0));
        assertEquals(cleaned, String.join("\n\n", literals.subList(1, literals.size() - 1)));
        assertEquals("Einde.", literals.get(literals.size() - 1));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void paragraphDirectlyAfterAnotherLineCannotTurnItIntoAHeading(String text) {
        Node document = PARSER.parse("Conclusie\n" + MarkdownText.paragraph(text) + "\n");

        for (Node block : children(document)) {
            assertInstanceOf(Paragraph.class, block, () -> describe(document));
        }
        assertEquals("Conclusie\n" + CleanText.block(text).split("\n\n", -1)[0],
                literal((Paragraph) document.getFirstChild()));
    }

    // --- inline, in a table cell ---

    @ParameterizedTest
    @MethodSource("hostile")
    void inlineTextInATableCellKeepsTheTableShape(String text) {
        Node document = PARSER.parse("| Naam | Tekst |\n| --- | --- |\n| x | " + MarkdownText.inline(text) + " |\n");

        List<Node> blocks = children(document);
        assertEquals(1, blocks.size(), () -> describe(document));
        TableBlock table = assertInstanceOf(TableBlock.class, blocks.get(0), () -> describe(document));
        List<Node> parts = children(table);
        assertEquals(2, parts.size(), () -> describe(document));
        TableHead head = assertInstanceOf(TableHead.class, parts.get(0));
        TableBody body = assertInstanceOf(TableBody.class, parts.get(1));
        assertEquals(2, children(head.getFirstChild()).size(), () -> describe(document));
        List<Node> rows = children(body);
        assertEquals(1, rows.size(), () -> describe(document));
        List<Node> cells = children(assertInstanceOf(TableRow.class, rows.get(0)));
        assertEquals(2, cells.size(), () -> describe(document));

        assertEquals("x", literal(assertInstanceOf(TableCell.class, cells.get(0))));
        assertEquals(CleanText.line(text), literal(assertInstanceOf(TableCell.class, cells.get(1))));
    }

    // --- readability ---

    @Test
    void plainDutchTextStaysUnescaped() {
        String text = "Dit is 'n goed idee, nietwaar? (ja!)";

        assertEquals(text, MarkdownText.inline(text));
        assertEquals(text, MarkdownText.paragraph(text));
    }

    @Test
    void diacriticsEmojiAndOrdinaryPunctuationStayUnescaped() {
        String text = "Zoë en André: 75% eens; \"prima\" - of niet? \uD83D\uDC4D #2 + 1 = 3 @raad";

        assertEquals(text, MarkdownText.inline(text));
        assertEquals(text, MarkdownText.paragraph(text));
    }

    @Test
    void charactersThatChangeNothingWhereTheyStandStayUnescaped() {
        // Each of these once showed up in the report as "Vondel \\& Nassau", "\\-0,22", "C:\\\\map".
        for (String text : List.of("Vondel & Nassau", "-0,22 (gepolariseerd)", "5 < 7 en 8 > 3", "C:\\map\\2022",
                "snake_case", "C#", "#1 prioriteit", "+31 6 1234", "=ja", "- -0,5", "A&B", "<3", "4 < 5")) {
            String expected = text.startsWith("- ") ? "\\" + text : text;
            assertEquals(expected, MarkdownText.inline(text), text);
            assertEquals(expected, MarkdownText.paragraph(text), text);
        }
    }

    @Test
    void paragraphKeepsLineBreaksAsLineBreaks() {
        assertEquals("regel een\nregel twee\n\nalinea twee",
                MarkdownText.paragraph("regel een\r\nregel twee\n\n\nalinea twee"));
    }

    @Test
    void inlineMakesOneLine() {
        assertEquals("een twee drie", MarkdownText.inline("een\ntwee\r\n\ndrie"));
    }

    @Test
    void theParserUsedHereDoesSeeStructureInUnescapedText() {
        // Guards the tests above: if this parser did not recognise the syntax, they would pass vacuously.
        Node document = PARSER.parse("- Naam: **vet** [link](http://evil) <b>x</b>\n\n# kop\n\n| a | b |\n| - | - |\n");

        assertInstanceOf(Document.class, document);
        assertTrue(describe(document).contains("StrongEmphasis"), describe(document));
        assertTrue(describe(document).contains("Link"), describe(document));
        assertTrue(describe(document).contains("HtmlInline"), describe(document));
        assertTrue(describe(document).contains("Heading"), describe(document));
        assertTrue(describe(document).contains("TableBlock"), describe(document));
    }

    // --- helpers ---

    private static List<Node> children(Node parent) {
        List<Node> list = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            list.add(child);
        }
        return list;
    }

    /**
     * The text a reader sees in a paragraph or cell; fails on any child other than plain text or a
     * soft line break, since anything else (emphasis, code, link, image, HTML, hard break) means the
     * escaping let structure through.
     */
    private static String literal(Node container) {
        StringBuilder out = new StringBuilder();
        for (Node child : children(container)) {
            if (child instanceof Text text) {
                out.append(text.getLiteral());
            } else if (child instanceof SoftLineBreak) {
                out.append('\n');
            } else {
                fail("unexpected " + child.getClass().getSimpleName() + " in " + describe(root(container)));
            }
        }
        return out.toString();
    }

    private static Node root(Node node) {
        Node n = node;
        while (n.getParent() != null) {
            n = n.getParent();
        }
        return n;
    }

    /** The parsed tree, one node per line, for failure messages. */
    private static String describe(Node node) {
        StringBuilder out = new StringBuilder("\n");
        describe(node, 0, out);
        return out.toString();
    }

    private static void describe(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName());
        if (node instanceof Text text) {
            out.append(" \"").append(text.getLiteral()).append('"');
        }
        out.append('\n');
        for (Node child : children(node)) {
            describe(child, depth + 1, out);
        }
    }
}
