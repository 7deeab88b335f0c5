package nl.beraad.text;

import java.util.List;

/** Horizontal bars in plain text, readable in a terminal and in a Markdown code block alike. */
public final class Bars {
    private Bars() {
    }

    /**
     * How a row is laid out: the label, the bar, then the count (the report and the screen); or the
     * label and the count before the bar (line mode), so a screen reader says the count before it
     * reaches a run of block characters, and a sighted reader still sees the bars line up; or the
     * label and the count alone, for a screen-reader user who wants no block characters at all.
     */
    public enum Layout { BAR_THEN_COUNT, COUNT_THEN_BAR, COUNT_ONLY }

    /** One line per row: the label padded to one width, a bar scaled to the largest count, the count. */
    public static List<String> render(List<String> labels, long[] counts, int maxBarWidth, char block) {
        return render(labels, counts, maxBarWidth, block, Layout.BAR_THEN_COUNT);
    }

    public static List<String> render(List<String> labels, long[] counts, int maxBarWidth, char block, Layout layout) {
        long max = 0;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        int labelWidth = labels.stream().mapToInt(String::length).max().orElse(0);
        int countWidth = String.valueOf(max).length();
        String[] lines = new String[counts.length];
        for (int i = 0; i < counts.length; i++) {
            int width = max == 0 ? 0 : (int) Math.round((double) counts[i] * maxBarWidth / max);
            if (counts[i] > 0 && width == 0) {
                width = 1; // a single vote must never look like none
            }
            String bar = String.valueOf(block).repeat(width);
            lines[i] = switch (layout) {
                case BAR_THEN_COUNT -> pad(labels.get(i), labelWidth) + "  " + bar + (width > 0 ? " " : "") + counts[i];
                case COUNT_THEN_BAR, COUNT_ONLY -> (pad(labels.get(i) + ":", labelWidth + 1) + " "
                        + " ".repeat(countWidth - String.valueOf(counts[i]).length()) + counts[i]
                        + (layout == Layout.COUNT_ONLY ? "" : "  " + bar)).stripTrailing();
            };
        }
        return List.of(lines);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
