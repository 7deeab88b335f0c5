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
