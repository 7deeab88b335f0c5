package nl.beraad.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.beraad.support.Beraad;
import nl.beraad.support.BeraadProcess;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two terminals that resume the same session at the same instant: exactly one of them steers it,
 * the other is told the session is open elsewhere. Real processes, started back to back, so they
 * race for the database file, H2's server and the session's claim.
 */
@Timeout(300)
class ConcurrentResumeTest {
    private static final int TRIES = 10;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String STEERS = "Typ 'help'";
    private static final String REFUSED = "Sessie 1 is al geopend in een ander venster";

    @Test
    void twoResumesAtTheSameInstantGiveExactlyOneWriter(@TempDir Path dir) throws Exception {
        // One database for all tries, as on a real laptop: each try meets the files the last one left.
        Beraad beraad = new Beraad(dir);
        assertEquals(0, beraad.run("start", "--set", "scp-dilemmas-2022", "--plain").code());
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            outcomes.add(race(beraad, new String[] {"resume", "1", "--plain"}));
        }
        for (String outcome : outcomes) {
            assertTrue(outcome.equals("steers+refused") || outcome.equals("refused+steers"),
                    "every try must give one writer and one refusal: " + outcomes);
        }
    }

    @Test
    void twoStartsOnANewDatabaseAtTheSameInstantBothGetASessionOfTheirOwn(@TempDir Path dir) throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < TRIES / 2; i++) {
            Beraad beraad = new Beraad(dir.resolve("try-" + i));
            outcomes.add(race(beraad, new String[] {"start", "--set", "scp-dilemmas-2022", "--plain"}));
            try (Connection c = beraad.jdbc()) {
                assertEquals(List.of("1", "2"), Rows.of(c, "SELECT id FROM session ORDER BY id"));
            }
        }
        for (String outcome : outcomes) {
            assertEquals("steers+steers", outcome, "both starts must work: " + outcomes);
        }
    }

    /** Starts two processes back to back with the same arguments and says what each came to. */
    private static String race(Beraad beraad, String[] args) throws Exception {
        try (BeraadProcess a = BeraadProcess.start(beraad, args); BeraadProcess b = BeraadProcess.start(beraad, args)) {
            String outcome = settle(a) + "+" + settle(b);
            for (BeraadProcess p : List.of(a, b)) {
                try {
                    p.type("stop");
                    p.endInput();
                } catch (IOException e) {
                    // The refused one has ended already.
                }
            }
            a.waitFor(WAIT);
            b.waitFor(WAIT);
            return outcome;
        }
    }

    /** What a process came to: steering the session, refused, or anything else it printed. */
    private static String settle(BeraadProcess p) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String out = p.output();
            if (out.contains(STEERS)) {
                return "steers";
            }
            if (out.contains(REFUSED)) {
                return "refused";
            }
            if (!p.isAlive()) {
                Thread.sleep(100);
                return p.output().contains(STEERS) ? "steers" : p.output().contains(REFUSED) ? "refused"
                        : "ended: " + p.output().strip();
            }
            Thread.sleep(10);
        }
        return "hung: " + p.output().strip();
    }
}
