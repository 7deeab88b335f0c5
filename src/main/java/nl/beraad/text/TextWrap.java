package nl.beraad.text;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines at spaces, for line mode and the meeting screen alike. */
public final class TextWrap {
    private TextWrap() {
    }

    /**
     * Lines of at most {@code width} columns (at least 10), broken at spaces, or mid-word when a word
     * is longer than a line; continuation lines start with {@code indent}.
     */
    public static List<String> lines(String text, int width, String indent) {
        List<String> lines = new ArrayList<>();
        int limit = Math.max(10, width);
        String rest = text;
        String prefix = "";
        while (prefix.length() + rest.length() > limit) {
            int room = limit - prefix.length();
            int cut = rest.lastIndexOf(' ', room);
            if (cut <= 0) {
                cut = room;
            }
            lines.add(prefix + rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
            prefix = indent;
        }
        lines.add(prefix + rest);
        return lines;
    }
}
