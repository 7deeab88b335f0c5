package nl.beraad.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import nl.beraad.support.Beraad;
import nl.beraad.support.BeraadProcess;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A terminal left frozen (kill -STOP stands in for a dropped SSH link or a Ctrl-Z): a second
 * terminal is refused at once with the frozen one's process and time, can take the session over,
 * and the frozen one, woken, changes nothing more and says so in one sentence. Real processes, so
 * that H2's server, its file lock and the session's claim are the real ones.
 */
@Timeout(300)
class TakeOverTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TAKEN = "Sessie 1 is overgenomen door een ander venster (proces ";

    @Test
    void aFrozenTerminalThatServesTheDatabaseIsNamedThenTakenOverAndEndsWithOneSentence(@TempDir Path dir)
            throws Exception {
        Beraad beraad = new Beraad(dir);
        try (BeraadProcess frozen = BeraadProcess.start(beraad, "start", "--set", "scp-dilemmas-2022", "--plain")) {
            voteAndFreeze(frozen);

            // Without --take-over: refused by name within seconds, where it used to wait forever.
            long start = System.nanoTime();
            try (BeraadProcess second = BeraadProcess.start(beraad, "resume", "1", "--plain")) {
                Integer code = second.waitFor(WAIT);
                assertNotNull(code, "a frozen server must not make the second terminal wait: " + second.output());
                assertEquals(3, code, second.output());
                assertTrue(second.output().contains("wordt vastgehouden door een venster dat niet reageert (proces "
                        + frozen.pid() + "), sinds "), second.output());
                assertTrue(second.output().contains("resume --take-over"), second.output());
            }
            assertTrue(System.nanoTime() - start < WAIT.toNanos());

            try (BeraadProcess taker = BeraadProcess.start(beraad, "resume", "1", "--plain", "--take-over")) {
                taker.await("Typ 'help'", WAIT);
                taker.type("stem Bram 2");
                taker.await("Positie van Bram vastgelegd", WAIT);
                assertNotNull(frozen.waitFor(WAIT), "the frozen terminal must end: " + frozen.output());
                assertEquals(1, count(frozen.output(), TAKEN + taker.pid() + ")"), frozen.output());
                taker.type("stop");
                assertEquals(0, taker.finish(WAIT), taker.output());
            }
        }
        assertVotes(beraad, List.of("Anouk|1", "Bram|2"));
    }

    @Test
    void aFrozenTerminalServedByAnotherIsTakenOverAndWhenWokenChangesNothing(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        assertEquals(0, beraad.withInput("stop\n", "start", "--set", "scp-dilemmas-2022", "--plain").code());
        // A clerk's terminal on another session serves the database, so the frozen one is only a client.
        try (BeraadProcess server = BeraadProcess.start(beraad, "start", "--set", "scp-dilemmas-2022", "--plain")) {
            server.await("Typ 'help'", WAIT);
            takeOverFromAClient(beraad);
            server.type("stop");
            server.finish(WAIT);
        }
        assertVotes(beraad, List.of("Anouk|3", "Bram|2"));
    }

    private static void takeOverFromAClient(Beraad beraad) throws Exception {
        try (BeraadProcess frozen = BeraadProcess.start(beraad, "resume", "1", "--plain")) {
            voteAndFreeze(frozen);

            Beraad.Run refused = beraad.run("resume", "1", "--plain");
            assertEquals(3, refused.code(), refused.err());
            assertTrue(refused.err().startsWith("Sessie 1 is al geopend in een ander venster (proces " + frozen.pid()
                    + "), sinds "), refused.err());

            try (BeraadProcess taker = BeraadProcess.start(beraad, "resume", "1", "--plain", "--take-over")) {
                taker.await("Typ 'help'", WAIT);
                taker.type("stem Bram 2");
                taker.await("Positie van Bram vastgelegd", WAIT);

                frozen.send("CONT");
                frozen.type("stem Bram 5"); // typed before the freeze, say: it must not be recorded
                assertNotNull(frozen.waitFor(WAIT), "the woken terminal must stop: " + frozen.output());
                assertEquals(1, count(frozen.output(), TAKEN + taker.pid() + ")"), frozen.output());
                assertTrue(!frozen.output().contains("Positie van Bram"), frozen.output());

                taker.type("stem Anouk 3");
                taker.await("Positie van Anouk vastgelegd", WAIT);
                taker.type("stop");
                assertEquals(0, taker.finish(WAIT), taker.output());
            }
        }
    }

    /** The meeting's first position, confirmed; then the terminal freezes. */
    private static void voteAndFreeze(BeraadProcess frozen) throws Exception {
        frozen.await("Typ 'help'", WAIT);
        frozen.type("deelnemer Anouk, Bram");
        frozen.await("Deelnemer 2 toegevoegd: Bram", WAIT);
        frozen.type("stem Anouk 1");
        frozen.await("Positie van Anouk vastgelegd", WAIT);
        frozen.send("STOP");
    }

    private static void assertVotes(Beraad beraad, List<String> expected) throws Exception {
        try (Connection c = beraad.jdbc()) {
            assertEquals(expected, Rows.of(c, "SELECT p.name, v.position FROM vote v "
                    + "JOIN participant p ON p.id = v.participant_id WHERE v.session_id = 1 ORDER BY p.seq"));
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
