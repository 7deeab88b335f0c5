package nl.beraad.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Problem;
import nl.beraad.support.FuzzWorker;
import nl.beraad.text.Messages;
import org.junit.jupiter.api.io.TempDir;

/** Fuzzes the dilemma set loader: any input gives a set or problems, never another exception or a hang. */
class SetFileReaderFuzzTest {

    private static final String SHOWN_AS = "fuzz.yaml";
    private static final Messages NL = Messages.forLanguage("nl");
    private static final Messages EN = Messages.forLanguage("en");

    /** Runs each load within a time longer than any input needs by orders of magnitude. */
    private static final FuzzWorker WORKER = new FuzzWorker("the loader", Duration.ofSeconds(10));

    /** One directory for the whole class; every input overwrites the same file in it. */
    @TempDir
    static Path dir;

    private final SetFileReader reader = new SetFileReader();

    /** The input as set text; invalid UTF-8 becomes U+FFFD, so every input is some text. */
    @FuzzTest(maxDuration = "3m")
    void parseText(byte[] input) throws Throwable {
        String text = new String(input, StandardCharsets.UTF_8);
        check(() -> reader.parse("fuzz", text, SHOWN_AS));
    }

    /** The input as the bytes of a set file, so the encoding and BOM checks are fuzzed too. */
    @FuzzTest(maxDuration = "3m")
    void readFile(byte[] input) throws Throwable {
        Path file = dir.resolve(SHOWN_AS);
        Files.write(file, input);
        check(() -> reader.read(file, SHOWN_AS));
    }

    /**
     * Holds the loader's contract: only its own error type may escape (anything else propagates and
     * is a finding), a result is a set exactly when there are no problems, and every problem points
     * into the file under the name it was shown as and has a text to show.
     */
    private static void check(Callable<SetFileReader.Result> load) throws Throwable {
        SetFileReader.Result result;
        try {
            result = WORKER.call(load);
        } catch (BeraadException e) {
            return;
        }
        assertNotNull(result, "result");
        assertNotNull(result.problems(), "problems");
        assertEquals(result.ok(), result.problems().isEmpty(), () -> "ok() vs problems: " + result.problems());
        if (result.ok()) {
            assertEquals("fuzz", result.set().id());
            assertFalse(result.set().items().isEmpty(), "a set without items");
        }
        for (Problem problem : result.problems()) {
            assertNotNull(problem.location(), () -> "problem without location: " + problem);
            assertTrue(problem.location().startsWith(SHOWN_AS), () -> "location outside the file: " + problem);
            assertKnown(problem.key(), problem);
            for (Object arg : problem.args()) {
                if (arg instanceof Problem.Term term) {
                    assertKnown(term.key(), problem);
                }
            }
            assertNotNull(NL.problem(problem));
        }
    }

    private static void assertKnown(String key, Problem problem) {
        assertTrue(NL.has(key) && EN.has(key), () -> "no text for " + key + " in " + problem);
    }
}
