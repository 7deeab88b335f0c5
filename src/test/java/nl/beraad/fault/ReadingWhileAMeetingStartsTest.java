package nl.beraad.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.beraad.support.Beraad;
import nl.beraad.support.BeraadProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list or a report reads a database nobody serves without starting H2's server; H2 then keeps
 * writers out, so a meeting that starts meanwhile waits for the reading. It must only ever wait a
 * moment: not while a report hangs on a pipe nobody reads, and never be refused.
 */
@Timeout(180)
class ReadingWhileAMeetingStartsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aReportHeldUpByAPipeNobodyReadsDoesNotKeepAMeetingFromStarting(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        StringBuilder meeting = new StringBuilder("deelnemer Anouk de Vries\n");
        String long500 = " Wie geen netwerk heeft, valt nu tussen wal en schip.".repeat(10);
        for (int i = 1; i <= 400; i++) {
            meeting.append("argument A Anouk: Argument ").append(i).append('.').append(long500).append('\n');
        }
        assertEquals(0, beraad.withInput(meeting + "stop\n", "start", "--set", "scp-dilemmas-2022", "--plain").code());

        // Over 200 kB of report into a pipe that holds 64 kB: the report blocks until it is read.
        Process report = BeraadProcess.builder(beraad, "report", "1").start();
        try {
            Thread.sleep(3000); // long enough to have read the session and to hang on the pipe
            assertTrue(report.isAlive(), "the report should be waiting for its reader");
            try (BeraadProcess p = BeraadProcess.start(beraad, "resume", "1", "--plain")) {
                p.await("Typ 'help'", WAIT);
                p.type("argument B Anouk: Terwijl het verslag wachtte.");
                p.await("Argument van Anouk de Vries vastgelegd", WAIT);
                p.type("stop");
                p.await("Gepauzeerd", WAIT);
            }
            String text = drain(report.getInputStream());
            assertTrue(report.waitFor(60, TimeUnit.SECONDS), "the report did not end once read");
            assertEquals(0, report.exitValue());
            assertTrue(text.contains("Argument 400."), "the whole report, read before the meeting went on");
            assertTrue(!text.contains("Terwijl het verslag wachtte."), "read before the meeting went on");
        } finally {
            report.destroyForcibly();
        }
    }

    @Test
    void listsAndAMeetingStartedAtOneInstantAllGetThrough(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        assertEquals(0, beraad.run("demo").code());
        for (int round = 1; round <= 4; round++) {
            List<BeraadProcess> lists = new ArrayList<>();
            try (BeraadProcess meeting = BeraadProcess.start(beraad, "start", "--set", "scp-dilemmas-2022", "--plain")) {
                for (int i = 0; i < 3; i++) {
                    lists.add(BeraadProcess.start(beraad, "sessions"));
                }
                meeting.await("Typ 'help'", WAIT);
                meeting.type("stop");
                assertEquals(Integer.valueOf(0), meeting.waitFor(WAIT), meeting.output());
                for (BeraadProcess list : lists) {
                    assertEquals(Integer.valueOf(0), list.waitFor(WAIT), list.output());
                    assertTrue(list.output().contains("Demonstratie"), list.output());
                }
            } finally {
                for (BeraadProcess list : lists) {
                    list.close();
                }
            }
        }
    }

    private static String drain(InputStream in) throws Exception {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
