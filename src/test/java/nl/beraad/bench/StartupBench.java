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

    static Paired paired(List<String> yardstick, List<String> command, Path dir, int warmups, int runs) throws Exception {
        for (int i = 0; i < warmups; i++) {
            runOnce(yardstick, dir);
            runOnce(command, dir);
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
            if (gnuTime) {
                Path peak = Files.createTempFile(dir, "peak-", ".txt");
                List<String> measured = new java.util.ArrayList<>(List.of(time.toString(), "-f", "%M", "-o", peak.toString()));
                measured.addAll(command);
                c = runOnce(measured, dir);
                String kb = Files.readString(peak, StandardCharsets.UTF_8).strip();
                peaks[i] = kb.matches("\\d+") ? Long.parseLong(kb) : 0;
                Files.delete(peak);
            } else {
                c = runOnce(command, dir);
            }
            bare.add(b);
            timed.add(c);
            ratios[i] = (double) c / b;
        }
        return new Paired(bare, timed, ratios, peaks);
    }

    private static long runOnce(List<String> command, Path dir) throws IOException, InterruptedException {
        Path err = Files.createTempFile(dir, "stderr-", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile());
        for (String name : List.of("BERAAD_DB", "BERAAD_SETS", "BERAAD_LANG", "BERAAD_HOME")) {
            pb.environment().remove(name);
        }
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
