package nl.beraad.domain;

import java.util.Locale;

/**
 * Strips what must never reach a terminal, a database row or a report from text people type or
 * files hold: control characters (ESC sequences included), bidirectional overrides and stray
 * surrogates. Applied once, where text enters the domain; {@link #visible} applies the same rules
 * once more where text leaves for a terminal, for text that never passed through the domain.
 */
public final class CleanText {
    private CleanText() {
    }

    /** One line: every run of whitespace or control characters becomes a single space; trimmed. */
    public static String line(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isControl(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (isInvisibleTrap(cp)) {
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** Several lines: each line cleaned as by {@link #line}, blank lines collapsed to one, trimmed. */
    public static String block(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean blankPending = false;
        for (String part : raw.split("\r\n|\r|\n|\u2028|\u2029", -1)) {
            String cleaned = line(part);
            if (cleaned.isEmpty()) {
                blankPending = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(blankPending ? "\n\n" : "\n");
            }
            blankPending = false;
            out.append(cleaned);
        }
        return out.toString();
    }

    /**
     * Text as a terminal may show it: tabs, line ends and all ordinary text unchanged, and every
     * character that {@link #line} would strip shown by its {@link #standIn} instead. For output,
     * where a file name, an argument or a database row may still hold what a person never typed.
     */
    public static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String shown = standIn(c);
            if (shown != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(shown == null ? String.valueOf(c) : shown);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * What a terminal should show instead of {@code c}, or null when c is safe to write as it is. A
     * C0 control becomes its control picture (ESC shows as U+241B), DEL U+2421; a C1 control or a
     * bidi override, isolate or mark becomes {@code <U+XXXX>}. Tab, line feed and carriage return
     * are null: output needs them. Surrogates are null too: UTF-8 encoding already turns a lone one
     * into '?', and every character acted on here lies in the Basic Multilingual Plane, so a writer
     * can call this char by char.
     */
    public static String standIn(char c) {
        if (c >= 0x20 && c < 0x7f || c == '\t' || c == '\n' || c == '\r') {
            return null;
        }
        if (c < 0x20) {
            return String.valueOf((char) (0x2400 + c));
        }
        if (c == 0x7f) {
            return "\u2421";
        }
        if (isControl(c) || isDirectionTrap(c)) {
            return String.format(Locale.ROOT, "<U+%04X>", (int) c);
        }
        return null;
    }

    /**
     * Whether the text shows anything: at least one character that is neither invisible (see
     * {@link #isInvisible}) nor a combining mark, which has nothing to sit on by itself. A title of
     * zero-width spaces or of a lone accent looks empty, so it is treated as empty.
     */
    public static boolean hasVisible(String text) {
        return text != null && text.codePoints().anyMatch(cp -> !isInvisible(cp) && !isMark(cp));
    }

    /**
     * One line as by {@link #line}, with every invisible character removed as well (zero-width
     * spaces and joiners, soft hyphens, fillers, variation selectors ...): the form in which two
     * texts that look the same are the same.
     */
    public static String visibleLine(String raw) {
        String cleaned = line(raw);
        StringBuilder out = new StringBuilder(cleaned.length());
        cleaned.codePoints().filter(cp -> cp == ' ' || !isInvisible(cp)).forEach(out::appendCodePoint);
        // Removing a zero-width space between two spaces leaves a double space: collapse it again.
        return out.length() == cleaned.length() ? cleaned : line(out.toString());
    }

    /**
     * Whether a character shows nothing by itself: white space and control characters, format
     * characters (zero-width space, joiners, word joiner, soft hyphen, byte order mark, tag
     * characters, U+180E), the Hangul fillers, the combining grapheme joiner, variation selectors,
     * Mongolian free variation selectors, the Khmer inherent vowels and the blank braille pattern.
     */
    public static boolean isInvisible(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isControl(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        if (type == Character.FORMAT || type == Character.SURROGATE) {
            return true;
        }
        return cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 // Hangul fillers (letters!)
                || cp == 0x034F || cp == 0x180E || cp == 0x2800 || cp == 0x17B4 || cp == 0x17B5
                || (cp >= 0x180B && cp <= 0x180F)
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)
                || (cp >= 0xE0000 && cp <= 0xE007F);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isControl(int cp) {
        return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
    }

    // Lone surrogates are not text at all.
    private static boolean isInvisibleTrap(int cp) {
        return isDirectionTrap(cp) || Character.getType(cp) == Character.SURROGATE;
    }

    // Bidi overrides, isolates and marks can make a name display as something else; a BOM is an
    // invisible mark too. Zero-width joiners stay: some scripts and emoji need them.
    private static boolean isDirectionTrap(int cp) {
        return (cp >= 0x202a && cp <= 0x202e)
                || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200e || cp == 0x200f || cp == 0xfeff;
    }
}
