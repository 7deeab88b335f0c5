package nl.beraad.text;

import java.util.List;

/** Horizontal bars in plain text, readable in a terminal and in a Markdown code block alike. */
public final class Bars {
    private Bars() {
    }

    /** One line per row: the label padded to one width, a bar scaled to the largest count, the count. */
    public static List<String> render(List<String> labels, long[] counts, int maxBarWidth, char block) {
        long max = 0;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        int labelWidth = labels.stream().mapToInt(String::length).max().orElse(0);
        String[] lines = new String[counts.length];
        for (int i = 0; i < counts.length; i++) {
            int width = max == 0 ? 0 : (int) Math.round((double) counts[i] * maxBarWidth / max);
            if (counts[i] > 0 && width == 0) {
                width = 1; // a single vote must never look like none
            }
            String label = labels.get(i) + " ".repeat(labelWidth - labels.get(i).length());
            lines[i] = label + "  " + String.valueOf(block).repeat(width) + (width > 0 ? " " : "") + counts[i];
        }
        return List.of(lines);
    }
}
