package nl.beraad.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rows of the benchmark: what was measured, against which target, and whether it was met. */
final class ResultTableBench {
    /** ok; too slow; too slow by far (makes the benchmark fail); or only shown, with no target. */
    enum Verdict {
        OK("ok"), SLOW("too slow"), FAR("TOO SLOW (far)"), INFO("-");

        final String word;

        Verdict(String word) {
            this.word = word;
        }
    }

    /** One line of the table. */
    record Row(String section, String what, String measured, String target, Verdict verdict) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String section, String what, String measured, String target, Verdict verdict) {
        rows.add(new Row(section, what, measured, target, verdict));
    }

    void note(String line) {
        notes.add(line);
    }

    boolean farMiss() {
        return rows.stream().anyMatch(r -> r.verdict() == Verdict.FAR);
    }

    /** A key press: ok when every one is within 16 ms; too slow by far when even the 95th percentile is not. */
    static Verdict frame(SamplesBench s) {
        return s.max() <= 16 ? Verdict.OK : s.p95() <= 16 ? Verdict.SLOW : Verdict.FAR;
    }

    static String ms(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f ms", value) : String.format(Locale.ROOT, "%.1f ms", value);
    }

    /** "median / p95 / max" of key presses. */
    static String keys(SamplesBench s) {
        return String.format(Locale.ROOT, "%6.1f /%6.1f /%6.1f ms  (n=%d)", s.median(), s.p95(), s.max(), s.count());
    }

    void print(PrintStream out) {
        int what = Math.max(4, rows.stream().mapToInt(r -> r.what().length()).max().orElse(0));
        int measured = Math.max(8, rows.stream().mapToInt(r -> r.measured().length()).max().orElse(0));
        int target = Math.max(6, rows.stream().mapToInt(r -> r.target().length()).max().orElse(0));
        String format = "  %-" + what + "s  %-" + measured + "s  %-" + target + "s  %s%n";
        String section = null;
        for (Row r : rows) {
            if (!r.section().equals(section)) {
                section = r.section();
                out.println();
                out.println(section);
                out.printf(format, "what", "measured", "target", "result");
                out.printf(format, "-".repeat(what), "-".repeat(measured), "-".repeat(target), "-".repeat(8));
            }
            out.printf(format, r.what(), r.measured(), r.target(), r.verdict().word);
        }
        if (!notes.isEmpty()) {
            out.println();
            notes.forEach(out::println);
        }
    }
}
