package nl.beraad.text;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines at spaces, for line mode and the meeting screen alike. */
public final class TextWrap {
    private TextWrap() {
    }

    /**
     * Lines of at most {@code width} columns (at least 10), broken at spaces, or mid-word when a word
     * is longer than a line; continuation lines start with {@code indent}. Linear in the length of the
     * text: it walks one index through it, where cutting off the rest after every line copied the
     * rest again (a pasted megabyte took seconds).
     */
    public static List<String> lines(String text, int width, String indent) {
        List<String> lines = new ArrayList<>();
        int limit = Math.max(10, width);
        int start = 0;
        String prefix = "";
        while (start < text.length() && prefix.length() + text.length() - start > limit) {
            // At least one character per line, even where the indent leaves no room.
            int room = Math.max(1, limit - prefix.length());
            int cut = lastSpace(text, start, start + room) - start;
            if (cut <= 0) {
                cut = room;
            }
            lines.add(prefix + text.substring(start, start + cut).stripTrailing());
            start = skipWhitespace(text, start + cut);
            prefix = indent;
        }
        lines.add(prefix + text.substring(start));
        return lines;
    }

    /** The last space at or before {@code at}, looking back no further than {@code from}; -1 if none. */
    private static int lastSpace(String text, int from, int at) {
        for (int i = Math.min(at, text.length() - 1); i >= from; i--) {
            if (text.charAt(i) == ' ') {
                return i;
            }
        }
        return -1;
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }
}
