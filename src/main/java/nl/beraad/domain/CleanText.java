package nl.beraad.domain;

/**
 * Strips what must never reach a terminal, a database row or a report from text people type or
 * files hold: control characters (ESC sequences included), bidirectional overrides and stray
 * surrogates. Applied once, where text enters the domain.
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

    private static boolean isControl(int cp) {
        return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
    }

    // Bidi overrides and isolates can make a name display as something else; lone surrogates are
    // not text at all. Zero-width joiners stay: some scripts and emoji need them.
    private static boolean isInvisibleTrap(int cp) {
        return (cp >= 0x202a && cp <= 0x202e)
                || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200e || cp == 0x200f || cp == 0xfeff
                || Character.getType(cp) == Character.SURROGATE;
    }
}
