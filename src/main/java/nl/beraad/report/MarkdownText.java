package nl.beraad.report;

import nl.beraad.domain.CleanText;

/**
 * Makes text that people typed (or a set file holds) safe to put in Markdown: it can never start a
 * heading, list, quote, table cell, link, image, HTML tag or emphasis, whatever characters it has.
 * Only the characters that could change structure are escaped, so the raw file stays readable.
 */
public final class MarkdownText {
    /** Characters with a meaning anywhere in a line (CommonMark inline syntax and GFM tables). */
    private static final String INLINE_SPECIAL = "\\`*_[]<>&|~";

    private MarkdownText() {
    }

    /** Text for inside a line (a table cell, a list item after its marker): one line, escaped. */
    public static String inline(String raw) {
        String text = CleanText.line(raw);
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE_SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        // Inline text can start a list item ("- " + name) or end a heading, so it must not open a
        // block there (a heading, a nested list, a rule) nor lose trailing #s as a closing sequence.
        return blockSafe(headingSafe(out.toString()));
    }

    /** Escapes a run of '#' at the end, which a heading would otherwise drop as its closing sequence. */
    static String headingSafe(String text) {
        int start = text.length();
        while (start > 0 && text.charAt(start - 1) == '#') {
            start--;
        }
        return start == text.length() ? text : text.substring(0, start) + "\\" + text.substring(start);
    }

    /** Text that starts its own line(s), a paragraph: each line escaped, and none can open a block. */
    public static String paragraph(String raw) {
        StringBuilder out = new StringBuilder();
        for (String line : CleanText.block(raw).split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(inline(line)); // inline() already keeps a line from opening a block
        }
        return out.toString();
    }

    /** Escapes a leading character that would make a line a heading, quote, list item or rule. */
    static String blockSafe(String line) {
        if (line.isEmpty()) {
            return line;
        }
        char first = line.charAt(0);
        if ("#>-+=".indexOf(first) >= 0) {
            return "\\" + line;
        }
        int digits = 0;
        while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        // "1. tekst" or "1)" opens an ordered list; "0.47" does not (the marker needs a space or the end after it).
        boolean marker = digits > 0 && digits < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')');
        if (marker && (digits + 1 == line.length() || line.charAt(digits + 1) == ' ' || line.charAt(digits + 1) == '\t')) {
            return line.substring(0, digits) + "\\" + line.substring(digits);
        }
        return line;
    }
}
