package nl.beraad.cli;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import nl.beraad.domain.ExitCode;
import nl.beraad.support.Beraad;
import nl.beraad.support.FuzzWorker;
import nl.beraad.support.TerminalBytes;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the commands that print what a set file holds ('sets list', 'sets validate', 'sets show'),
 * through Cli.run as a person at a terminal runs them: whatever the file's bytes, the output holds no
 * control, escape or bidi character, and nothing but Beraad's own errors (a sentence, exit 1-3) comes
 * out; an unexpected exception would be exit 4.
 */
class SetOutputFuzzTest {
    private static final List<List<String>> COMMANDS = List.of(
            List.of("sets", "list"), List.of("sets", "validate"), List.of("sets", "show", "fuzz"));

    /** Three commands on one input take milliseconds; this is for a hang. */
    private static final FuzzWorker WORKER = new FuzzWorker("the sets commands", Duration.ofSeconds(20));

    /** One directory for the whole class; every input overwrites the same set file in it. */
    @TempDir
    static Path dir;

    /** The input as the bytes of the only set file in the folder of sets. */
    @FuzzTest(maxDuration = "3m")
    void printSet(byte[] input) throws Throwable {
        Path sets = Files.createDirectories(dir.resolve("sets"));
        Files.write(sets.resolve("fuzz.yaml"), input);
        Beraad beraad = new Beraad(dir);
        for (List<String> command : COMMANDS) {
            String[] args = Stream.concat(Stream.of("--sets", sets.toString()), command.stream()).toArray(String[]::new);
            Beraad.Bytes run = WORKER.call(() -> beraad.bytesWithInput("", args));
            String what = String.join(" ", command);
            TerminalBytes.assertSafe(run.out(), what + " (stdout)");
            TerminalBytes.assertSafe(run.err(), what + " (stderr)");
            assertNotEquals(ExitCode.INTERNAL.code(), run.code(), () -> what + " failed inside Beraad:\n" + trace(beraad, args));
        }
    }

    /** The same run with --debug, for the stack trace of a finding. */
    private static String trace(Beraad beraad, String[] args) {
        String[] debug = Stream.concat(Stream.of("--debug"), Stream.of(args)).toArray(String[]::new);
        return TerminalBytes.escaped(new String(beraad.bytesWithInput("", debug).err(), StandardCharsets.UTF_8));
    }
}
