package nl.beraad.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Times whole processes, from start to exit: a bare JVM and the launcher scripts/beraad. */
final class StartupBench {
    private StartupBench() {
    }

    /** Runs the command {@code warmups} times untimed, then {@code runs} times timed; any failure stops the benchmark. */
    static SamplesBench time(List<String> command, Path dir, int warmups, int runs) throws Exception {
        for (int i = 0; i < warmups; i++) {
            runOnce(command, dir);
        }
        SamplesBench s = new SamplesBench();
        for (int i = 0; i < runs; i++) {
            s.add(runOnce(command, dir));
        }
        return s;
    }

    /**
     * Runs of a command each paired with a run of the yardstick (a bare JVM) just before it, so both
     * see the machine as it is at that moment; and the command's peak resident memory per run, where
     * GNU time is there to tell it (0 otherwise).
     */
    record Paired(SamplesBench yardstick, SamplesBench command, double[] ratios, long[] peakKb) {
        /** The median of the per-pair ratios. */
        double ratio() {
            return sorted()[ratios.length / 2];
        }

        /** "x3.2 (n=5, x2.9-x3.6)": the median ratio, how many pairs, and the lowest and highest. */
        String ratioText() {
            double[] r = sorted();
            return String.format(java.util.Locale.ROOT, "x%.1f (n=%d, x%.1f-x%.1f)", ratio(), r.length, r[0], r[r.length - 1]);
        }

        long maxPeakKb() {
            return java.util.Arrays.stream(peakKb).max().orElse(0);
        }

        private double[] sorted() {
            double[] r = ratios.clone();
            java.util.Arrays.sort(r);
            return r;
        }
    }

    /** A terminal's "where is the cursor?" (DSR 6). */
    private static final String CURSOR_QUERY = "\u001b[6n";

    /** One timed run of a command, in nanoseconds. */
    private interface Run {
        long once() throws Exception;
    }

    static Paired paired(List<String> yardstick, List<String> command, Path dir, int warmups, int runs) throws Exception {
        return paired(yardstick, command, () -> runOnce(command, dir), dir, warmups, runs);
    }

    /**
     * The meeting screen in a terminal of 80x24 (a pseudo-terminal made by script(1)), timed from
     * the start until {@code shown} appears on it (the page is drawn), paired with the yardstick like
     * {@link #paired}. Peak memory is not measured here: the process is ended once the page shows.
     */
    static Paired pairedUntilShown(List<String> yardstick, List<String> command, String shown, Path dir, int warmups,
                                   int runs) throws Exception {
        return paired(yardstick, null, () -> untilShown(command, shown, dir), dir, warmups, runs);
    }

    private static Paired paired(List<String> yardstick, List<String> command, Run run, Path dir, int warmups,
                                 int runs) throws Exception {
        for (int i = 0; i < warmups; i++) {
            runOnce(yardstick, dir);
            run.once();
        }
        SamplesBench bare = new SamplesBench();
        SamplesBench timed = new SamplesBench();
        double[] ratios = new double[runs];
        long[] peaks = new long[runs];
        Path time = Path.of("/usr/bin/time");
        boolean gnuTime = Files.isExecutable(time);
        for (int i = 0; i < runs; i++) {
            long b = runOnce(yardstick, dir);
            long c;
            if (gnuTime && command != null) {
                Path peak = Files.createTempFile(dir, "peak-", ".txt");
                List<String> measured = new java.util.ArrayList<>(List.of(time.toString(), "-f", "%M", "-o", peak.toString()));
                measured.addAll(command);
                c = runOnce(measured, dir);
                String kb = Files.readString(peak, StandardCharsets.UTF_8).strip();
                peaks[i] = kb.matches("\\d+") ? Long.parseLong(kb) : 0;
                Files.delete(peak);
            } else {
                c = run.once();
            }
            bare.add(b);
            timed.add(c);
            ratios[i] = (double) c / b;
        }
        return new Paired(bare, timed, ratios, peaks);
    }

    /** Starts {@code command} on a pseudo-terminal and returns how long it took until {@code shown} was on it. */
    private static long untilShown(List<String> command, String shown, Path dir) throws Exception {
        String line = "stty cols 80 rows 24; exec " + command.stream().map(StartupBench::quoted)
                .collect(java.util.stream.Collectors.joining(" "));
        ProcessBuilder pb = new ProcessBuilder("script", "-qfec", line, "/dev/null").directory(dir.toFile())
                .redirectErrorStream(true);
        withoutBeraadSettings(pb);
        pb.environment().put("TERM", "xterm-256color");
        pb.environment().put("LANG", "C.UTF-8");
        long start = System.nanoTime();
        Process p = pb.start();
        try {
            StringBuilder raw = new StringBuilder();
            java.io.InputStream in = p.getInputStream();
            byte[] buffer = new byte[8192];
            int answered = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                raw.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                // Lanterna asks where the cursor is to learn the terminal's size; a terminal answers at once.
                for (int q = raw.indexOf(CURSOR_QUERY, answered); q >= 0; q = raw.indexOf(CURSOR_QUERY, answered)) {
                    p.getOutputStream().write("\u001b[24;80R".getBytes(StandardCharsets.US_ASCII));
                    p.getOutputStream().flush();
                    answered = q + CURSOR_QUERY.length();
                }
                // Escape sequences (colours, cursor moves) may come between the words; they are left out.
                if (raw.toString().replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "").contains(shown)) {
                    return System.nanoTime() - start;
                }
            }
            throw new IllegalStateException(String.join(" ", command) + " never showed '" + shown + "':\n" + raw);
        } finally {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            p.waitFor();
        }
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static void withoutBeraadSettings(ProcessBuilder pb) {
        for (String name : List.of("BERAAD_DB", "BERAAD_SETS", "BERAAD_LANG", "BERAAD_HOME")) {
            pb.environment().remove(name);
        }
    }

    private static long runOnce(List<String> command, Path dir) throws IOException, InterruptedException {
        Path err = Files.createTempFile(dir, "stderr-", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile());
        withoutBeraadSettings(pb);
        long start = System.nanoTime();
        Process p = pb.start();
        int code = p.waitFor();
        long took = System.nanoTime() - start;
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " ended with " + code + ":\n" + stderr);
        }
        return took;
    }
}
