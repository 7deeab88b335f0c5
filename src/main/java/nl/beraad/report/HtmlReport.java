package nl.beraad.report;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/** The session report as one self-contained, print-ready HTML5 file, rendered from its Markdown. */
public final class HtmlReport {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    /**
     * For printing on A4: every item starts on a new page, and so does whatever follows the items
     * (the appendix), except a first section of the document; the short sections before the items
     * (attendance, method, summary) run on. A bar chart or table row is never split over two pages,
     * and a heading is never left alone at the bottom of a page. Only locally installed fonts are
     * named: the file must not fetch anything.
     */
    private static final String CSS = """
            @page { size: A4; margin: 20mm 18mm 22mm 18mm; }
            html { font-size: 11pt; }
            body { font-family: Georgia, "Times New Roman", "DejaVu Serif", serif; line-height: 1.45;
              color: #000; background: #fff; margin: 0; }
            main { max-width: 46em; margin: 0 auto; padding: 1.5em 1em; }
            h1, h2, h3 { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; line-height: 1.2;
              break-after: avoid; page-break-after: avoid; }
            h1 { font-size: 1.6em; margin: 0 0 0.8em; }
            h2 { font-size: 1.3em; margin: 1.6em 0 0.6em; border-bottom: 1px solid #888; padding-bottom: 0.15em; }
            h3 { font-size: 1.05em; margin: 1.2em 0 0.4em; }
            table { border-collapse: collapse; margin: 0.6em 0 1em; }
            th, td { border: 1px solid #666; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
            th { background: #eee; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            pre { font-family: "DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em;
              line-height: 1.2; background: #f6f6f6; border: 1px solid #ccc; padding: 0.5em 0.7em;
              white-space: pre-wrap; break-inside: avoid; page-break-inside: avoid; }
            hr { border: 0; border-top: 1px solid #888; margin: 1.5em 0; }
            ul, ol { padding-left: 1.6em; }
            @media print {
              main { max-width: none; padding: 0; }
              h2 ~ h2.item, h2.item ~ h2 { break-before: page; page-break-before: always; }
              pre, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    /**
     * Belt and braces behind the escaping: should anything active ever reach the page, the browser
     * still runs no script and loads nothing (no images, fonts, frames or requests); only the inline
     * style above applies.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private static final Pattern ITEM_NUMBER = Pattern.compile("\\d+\\. ");

    /** Marks the heading of each item ("## 3. Title" in MarkdownReport) so that printing can start it on a new page. */
    private static final AttributeProvider ITEM_HEADINGS = (node, tagName, attributes) -> {
        if (node instanceof Heading h && h.getLevel() == 2 && h.getFirstChild() instanceof Text t
                && ITEM_NUMBER.matcher(t.getLiteral()).lookingAt()) {
            attributes.put("class", "item");
        }
    };

    private final String language;
    private final Parser parser;
    private final HtmlRenderer renderer;

    /** An HTML report in the given language (it sets the page's lang, for hyphenation and screen readers). */
    public HtmlReport(Locale locale) {
        String lang = locale.getLanguage();
        this.language = lang.matches("[a-z]{2,3}") ? lang : "nl";
        this.parser = Parser.builder().extensions(EXTENSIONS).postProcessor(new LinksToText()).build();
        this.renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
                .attributeProviderFactory(context -> ITEM_HEADINGS)
                // Raw HTML in the Markdown can only have come from participant text: show it, never run it.
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
                // A clerk's conclusion keeps the line breaks it was typed with, also on paper.
                .softbreak("<br>\n")
                .build();
    }

    /** The complete HTML file for the report's Markdown, titled after its first level-1 heading. */
    public String render(String markdown) {
        Node document = parser.parse(markdown);
        StringBuilder html = new StringBuilder(markdown.length() * 2 + CSS.length() + 512);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY)
                .append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title(document))).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<main>\n");
        renderer.render(document, html);
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The text of the first level-1 heading ("Verslag: ..."), as a reader sees it. */
    private static String title(Node document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 1) {
                return plainText(h).strip();
            }
        }
        return "Beraad";
    }

    private static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            // Shown as typed in the heading (escapeHtml), so shown as typed in the title too.
            @Override
            public void visit(HtmlInline html) {
                out.append(html.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }
        });
        return out.toString();
    }

    /** Escapes text for an HTML element's content or a quoted attribute value. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The report's own Markdown never contains a link or an image, so any that parses is participant
     * text that slipped through: it is kept as the words it shows (an image as its alt text), never
     * as something to click or to load.
     */
    private static final class LinksToText extends AbstractVisitor implements PostProcessor {
        @Override
        public Node process(Node node) {
            node.accept(this);
            return node;
        }

        @Override
        public void visit(Link link) {
            unwrap(link);
        }

        @Override
        public void visit(Image image) {
            unwrap(image);
        }

        private void unwrap(Node node) {
            visitChildren(node);
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                node.insertBefore(child);
                child = next;
            }
            node.unlink();
        }
    }
}
