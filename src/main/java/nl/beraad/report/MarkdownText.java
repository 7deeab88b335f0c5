package nl.beraad.report;

import java.util.regex.Pattern;
import nl.beraad.domain.CleanText;

/**
 * Makes text that people typed (or a set file holds) safe to put in Markdown: it can never start a
 * heading, list, quote, table cell, link, image, HTML tag or emphasis, whatever characters it has.
 * Only a character that could change the structure where it stands is escaped, so the raw file
 * reads as it was typed: "Vondel & Nassau", "-0,22", "5 < 7" and "C:\\map" stay as they are, while
 * "&amp;", "<b>", "- lijst" and "snake_case_" are escaped.
 */
public final class MarkdownText {
    /** Characters escaped wherever they stand: code, emphasis, links, strikethrough and table cells. */
    private static final String ALWAYS = "`*[|~";
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");
    private static final Pattern RULE_OR_UNDERLINE = Pattern.compile("-[- \\t]*|=+[ \\t]*");
    private static final Pattern ATX_HEADING = Pattern.compile("#{1,6}(?:[ \\t].*)?");

    private MarkdownText() {
    }

    /** Text for inside a line (a table cell, a list item after its marker): one line, escaped. */
    public static String inline(String raw) {
        String text = CleanText.line(raw);
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            if (escaped(text, i)) {
                out.append('\\');
            }
            out.append(text.charAt(i));
        }
        // Inline text can start a list item ("- " + name) or end a heading, so it must not open a
        // block there (a heading, a nested list, a rule) nor lose trailing #s as a closing sequence.
        return blockSafe(headingSafe(out.toString()));
    }

    /** Whether the character at i could start or end inline structure where it stands. */
    private static boolean escaped(String text, int i) {
        char c = text.charAt(i);
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return switch (c) {
            // A backslash escapes the punctuation after it, and at the end of a line it breaks the line.
            case '\\' -> i + 1 == text.length() || isAsciiPunctuation(after);
            // Underscores inside a word never make emphasis.
            case '_' -> !Character.isLetterOrDigit(before) || !Character.isLetterOrDigit(after);
            // A tag, comment, processing instruction or autolink needs one of these right after the <.
            case '<' -> after < 0x80 && Character.isLetter(after) || after == '/' || after == '!' || after == '?';
            // Only a character reference (&amp; &#60;) turns into something else.
            case '&' -> ENTITY.matcher(text).region(i, text.length()).lookingAt();
            default -> ALWAYS.indexOf(c) >= 0;
        };
    }

    private static boolean isAsciiPunctuation(char c) {
        return c > ' ' && c < 0x7f && !Character.isLetterOrDigit(c);
    }

    /** Escapes a closing sequence of '#'s at the end (after a space), which a heading would otherwise drop. */
    static String headingSafe(String text) {
        int start = text.length();
        while (start > 0 && text.charAt(start - 1) == '#') {
            start--;
        }
        boolean closing = start < text.length() && (start == 0 || text.charAt(start - 1) == ' ');
        return closing ? text.substring(0, start) + "\\" + text.substring(start) : text;
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

    /**
     * Escapes a line's start where it would open a block: a heading ("# "), a quote, a list item
     * ("- ", "+ ", "1. "), a rule or a heading underline ("---", "==="). "-0,22" and "#1" stay as they are.
     */
    static String blockSafe(String line) {
        if (line.isEmpty()) {
            return line;
        }
        char first = line.charAt(0);
        char second = line.length() > 1 ? line.charAt(1) : ' ';
        boolean marker = switch (first) {
            case '>' -> true;
            case '#' -> ATX_HEADING.matcher(line).matches();
            case '-', '+' -> second == ' ' || second == '\t' || RULE_OR_UNDERLINE.matcher(line).matches();
            case '=' -> RULE_OR_UNDERLINE.matcher(line).matches();
            default -> false;
        };
        if (marker) {
            return "\\" + line;
        }
        int digits = 0;
        while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        // "1. tekst" or "1)" opens an ordered list; "0.47" does not (the marker needs a space or the end after it).
        boolean ordered = digits > 0 && digits < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')');
        if (ordered && (digits + 1 == line.length() || line.charAt(digits + 1) == ' ' || line.charAt(digits + 1) == '\t')) {
            return line.substring(0, digits) + "\\" + line.substring(digits);
        }
        return line;
    }
}
