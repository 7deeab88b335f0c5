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
        return render(rows(labels, counts, maxBarWidth), block, layout);
    }

    /**
     * One bar: its label, its count and its length in blocks (0 to the widest), for a page that draws
     * bars its own way (the phone page) with the same lengths as the text.
     */
    public record Row(String label, long count, int width) {
    }

    /** The rows of a chart: each bar scaled to the largest count, a single vote never drawn as none. */
    public static List<Row> rows(List<String> labels, long[] counts, int maxBarWidth) {
        long max = 0;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        Row[] rows = new Row[counts.length];
        for (int i = 0; i < counts.length; i++) {
            int width = max == 0 ? 0 : (int) Math.round((double) counts[i] * maxBarWidth / max);
            if (counts[i] > 0 && width == 0) {
                width = 1; // a single vote must never look like none
            }
            rows[i] = new Row(labels.get(i), counts[i], width);
        }
        return List.of(rows);
    }

    /** The rows as lines of text, laid out as asked. */
    public static List<String> render(List<Row> rows, char block, Layout layout) {
        int labelWidth = rows.stream().mapToInt(r -> r.label().length()).max().orElse(0);
        int countWidth = String.valueOf(rows.stream().mapToLong(Row::count).max().orElse(0)).length();
        String[] lines = new String[rows.size()];
        for (int i = 0; i < lines.length; i++) {
            Row row = rows.get(i);
            String count = String.valueOf(row.count());
            String bar = String.valueOf(block).repeat(row.width());
            lines[i] = switch (layout) {
                case BAR_THEN_COUNT -> pad(row.label(), labelWidth) + "  " + bar + (row.width() > 0 ? " " : "") + count;
                case COUNT_THEN_BAR, COUNT_ONLY -> (pad(row.label() + ":", labelWidth + 1) + " "
                        + " ".repeat(countWidth - count.length()) + count
                        + (layout == Layout.COUNT_ONLY ? "" : "  " + bar)).stripTrailing();
            };
        }
        return List.of(lines);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
