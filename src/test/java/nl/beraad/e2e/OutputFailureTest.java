package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.beraad.support.Beraad;
import nl.beraad.support.BeraadProcess;
import nl.beraad.support.TwoSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report that cannot be written says so and fails: to a full disk (/dev/full) through standard
 * output or -o, never "Verslag geschreven" unless every byte was written. Devices, pipes and links are
 * written into, not replaced; a reader that stops reading early (| head) gets no alarming message.
 * Real processes, since a redirected descriptor is what the shell hands Beraad.
 */
@Timeout(120)
class OutputFailureTest {
    private static final File FULL = new File("/dev/full");
    private static final String DISK_FULL = "de schijf is vol";
    private static final String WRITTEN = "Verslag geschreven";

    @TempDir
    Path dir;
    Beraad beraad;

    @BeforeEach
    void aSession() {
        beraad = new Beraad(dir);
        TwoSessions.build(beraad.db(), null);
    }

    @Test
    void aReportToStandardOutputOnAFullDiskFailsWithOneSentence() throws Exception {
        assumeTrue(FULL.exists(), "/dev/full is needed (Linux)");

        Result r = run(BeraadProcess.builder(beraad, "report", "1").redirectOutput(FULL));

        assertEquals(1, r.code(), r.err());
        assertEquals("De uitvoer kan niet worden geschreven: de schijf is vol. Maak ruimte vrij en probeer het opnieuw."
                + System.lineSeparator(), r.err());
    }

    @Test
    void aReportToAFullDeviceFailsAndLeavesTheDeviceInPlace() throws Exception {
        assumeTrue(FULL.exists(), "/dev/full is needed (Linux)");

        Result r = run(BeraadProcess.builder(beraad, "report", "1", "-o", FULL.getPath()));

        assertEquals(1, r.code(), r.err());
        assertEquals("Het verslag kan niet worden geschreven naar /dev/full: de schijf is vol. "
                + "Maak ruimte vrij, of kies een andere plek." + System.lineSeparator(), r.err());
        assertFalse(r.err().contains(WRITTEN), r.err());
        // A temporary file renamed over it would have made the device a regular file (as root it can).
        assertFalse(Files.isRegularFile(FULL.toPath(), LinkOption.NOFOLLOW_LINKS), "/dev/full was replaced");
    }

    @Test
    void aReportToDevStdoutOnAFullDiskFails() throws Exception {
        assumeTrue(FULL.exists() && new File("/dev/stdout").exists(), "/dev/full and /dev/stdout are needed (Linux)");

        Result r = run(BeraadProcess.builder(beraad, "report", "1", "-o", "/dev/stdout").redirectOutput(FULL));

        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains(DISK_FULL), r.err());
        assertFalse(r.err().contains(WRITTEN), r.err());
        assertTrue(Files.isSymbolicLink(Path.of("/dev/stdout")), "/dev/stdout is still a link");
    }

    @Test
    void aReaderThatStopsReadingGetsNoAlarmingMessage() throws Exception {
        Process p = BeraadProcess.builder(beraad, "report", "1").start();
        // Closed before the JVM has started: every write of the report meets a broken pipe.
        p.getInputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));

        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the process did not end");
        assertEquals("", err.get());
        assertEquals(1, p.exitValue(), "the report was not written whole");
    }

    @Test
    void aReportIntoAPipeIsWrittenIntoIt() throws Exception {
        Path fifo = dir.resolve("pijp");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is needed");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return read(in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        Result r = run(BeraadProcess.builder(beraad, "report", "1", "-o", fifo.toString()));

        assertEquals(0, r.code(), r.err());
        assertEquals(WRITTEN + ": " + fifo + System.lineSeparator(), r.err());
        assertTrue(reader.get(60, TimeUnit.SECONDS).startsWith("# Verslag: Adviesraad over de SCP-dilemma's\n"));
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the pipe is still a pipe");
    }

    @Test
    void aReportThroughALinkReplacesTheFileItNamesAndKeepsTheLink() throws Exception {
        Path file = Files.writeString(dir.resolve("oud.md"), "oud");
        Path link = Files.createSymbolicLink(dir.resolve("verslag.md"), file);

        Beraad.Run run = beraad.run("report", "1", "-o", link.toString());

        assertEquals(0, run.code(), run.err());
        assertEquals(WRITTEN + ": " + link + System.lineSeparator(), run.err());
        assertTrue(Files.isSymbolicLink(link), "the link was replaced by a file");
        assertTrue(Files.readString(file).startsWith("# Verslag: Adviesraad over de SCP-dilemma's\n"));
    }

    private record Result(int code, String err) {
    }

    private static Result run(ProcessBuilder pb) throws Exception {
        Process p = pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        if (pb.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
            CompletableFuture.runAsync(() -> read(p.getInputStream()));
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the process did not end");
        return new Result(p.exitValue(), err.get());
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
