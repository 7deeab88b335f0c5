package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.beraad.support.Beraad;
import nl.beraad.support.BeraadProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Set paths that are not files one can read to the end: a pipe (FIFO) that waits for a writer
 * forever, and devices that never end. Each is refused at once with one sentence, in a real
 * process, where a hang would show as a process still running when the time is up.
 */
@Timeout(120)
class UnreadableInputTest {
    /** Far more than Beraad needs to start and answer, even on a busy machine; a hang is forever. */
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String SPECIAL = "dit is geen gewoon bestand maar bijvoorbeeld een pijp (FIFO) of een apparaat";

    @TempDir
    Path dir;

    private static Path fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed for this test");
        return path;
    }

    private Run run(String... args) throws Exception {
        try (BeraadProcess p = BeraadProcess.start(new Beraad(dir), args)) {
            int code = p.finish(BOUND);
            return new Run(code, p.output());
        }
    }

    private record Run(int code, String output) {
    }

    @Test
    void validatingADeviceThatNeverEndsIsRefusedWithOneSentence() throws Exception {
        Run r = run("sets", "validate", "/dev/zero");

        assertEquals(2, r.code(), r.output());
        assertTrue(r.output().contains("/dev/zero: " + SPECIAL), r.output());
        assertFalse(r.output().contains("Exception"), r.output());
    }

    @Test
    void showingARandomDeviceIsRefusedWithOneSentence() throws Exception {
        Run r = run("sets", "show", "/dev/urandom");

        assertEquals(2, r.code(), r.output());
        assertTrue(r.output().contains("/dev/urandom: " + SPECIAL), r.output());
    }

    @Test
    void validatingAPipeIsRefusedInsteadOfWaitingForAWriter() throws Exception {
        Path pipe = fifo(dir.resolve("pijp.yaml"));

        Run r = run("sets", "validate", pipe.toString());

        assertEquals(2, r.code(), r.output());
        assertTrue(r.output().contains("pijp.yaml: " + SPECIAL), r.output());
    }

    @Test
    void startingASessionOnAPipeIsRefusedAndLeavesNoSession() throws Exception {
        Path pipe = fifo(dir.resolve("pijp.yaml"));

        Run r = run("start", "--set", pipe.toString(), "--plain");

        assertEquals(2, r.code(), r.output());
        assertTrue(r.output().contains("pijp.yaml: " + SPECIAL), r.output());
        assertFalse(Files.exists(dir.resolve("beraad.mv.db")), "no database, so no session, was made");
    }

    @Test
    void aPipeNamedLikeASetInTheSetsFolderIsListedAsInvalidAndValidateSaysWhy() throws Exception {
        Path sets = Files.createDirectories(dir.resolve("sets"));
        Files.copy(Path.of("dilemmas/vng-2012.yaml"), sets.resolve("vng-2012.yaml"));
        fifo(sets.resolve("x.yaml"));

        Run list = run("--sets", sets.toString(), "sets", "list");
        Run validate = run("--sets", sets.toString(), "sets", "validate");
        Run start = run("--sets", sets.toString(), "start", "--set", "x", "--plain");

        assertEquals(0, list.code(), list.output());
        assertTrue(list.output().lines().anyMatch(l -> l.startsWith("vng-2012") && l.contains("4 items")),
                list.output());
        assertTrue(list.output().lines().anyMatch(l -> l.startsWith("x ") && l.contains("ONGELDIG")), list.output());
        assertEquals(2, validate.code(), validate.output());
        assertTrue(validate.output().contains("x.yaml: " + SPECIAL), validate.output());
        assertEquals(2, start.code(), start.output());
        assertTrue(start.output().contains("x.yaml: " + SPECIAL), start.output());
    }
}
