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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Problem;
import nl.beraad.text.Messages;
import org.junit.jupiter.api.io.TempDir;

/** Fuzzes the dilemma set loader: any input gives a set or problems, never another exception or a hang. */
class SetFileReaderFuzzTest {

    private static final String SHOWN_AS = "fuzz.yaml";
    private static final Messages NL = Messages.forLanguage("nl");
    private static final Messages EN = Messages.forLanguage("en");

    /**
     * Longer than any input needs by orders of magnitude. Not JUnit's @Timeout: while fuzzing, that
     * would limit the whole run (one test invocation), not each input.
     */
    private static final Duration HANG = Duration.ofSeconds(10);

    /** Runs each load, so a hang fails that one input instead of stalling the build or the fuzzer. */
    private static ExecutorService worker = newWorker();
    private static volatile Thread workerThread;

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
            result = withinTime(load);
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

    /** The load's result, or exactly what it threw (unwrapped, so findings keep the real stack trace). */
    private static SetFileReader.Result withinTime(Callable<SetFileReader.Result> load) throws Throwable {
        Future<SetFileReader.Result> future = worker.submit(load);
        try {
            return future.get(HANG.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause();
        } catch (TimeoutException e) {
            // Report where the loader is stuck, then leave that thread behind: it cannot be stopped.
            AssertionError hang = new AssertionError("the loader did not finish within " + HANG.toSeconds() + " s");
            hang.setStackTrace(workerThread.getStackTrace());
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw hang;
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "set-loader-fuzz");
            thread.setDaemon(true);
            workerThread = thread;
            return thread;
        });
    }
}
