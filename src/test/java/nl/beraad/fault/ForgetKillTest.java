package nl.beraad.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * {@code sessions forget} killed (SIGKILL) while it erases (issue 15): every session is either
 * erased whole (member renamed and her argument replaced together) or untouched, every one still
 * verifies against its log, and giving the command again finishes the rest.
 */
@Timeout(180)
class ForgetKillTest {
    private static final int SESSIONS = 12;
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aKillHalfwayLeavesEachSessionErasedOrUntouchedAndTheCommandFinishesItAfterwards(@TempDir Path dir)
            throws Exception {
        Beraad beraad = new Beraad(dir);
        for (int i = 1; i <= SESSIONS; i++) {
            Beraad.Run run = beraad.withInput("deelnemer Zoë Öztürk, Bram\nstem Zoë 1\nstem Bram 2\n"
                    + "argument A Zoë: Mijn eigen verhaal " + i + "\nafronden\n", "start", "--set", "scp-dilemmas-2022",
                    "--plain");
            assertEquals(0, run.code(), run.err());
        }
        // Killed later each time (a session takes some tens of milliseconds), until nothing is left to erase.
        int erased = 0;
        for (int delay = 250; erased < SESSIONS && delay < 3000; delay += 150) {
            try (BeraadProcess p = BeraadProcess.start(beraad, "sessions", "forget", "Zoë Öztürk", "--texts", "replace",
                    "--yes")) {
                p.await("Wissen verandert", WAIT);
                Thread.sleep(delay);
                p.kill();
            }
            erased = eachErasedOrUntouched(beraad);
        }
        Beraad.Run rest = beraad.run("sessions", "forget", "Zoë Öztürk", "--texts", "replace", "--yes");
        assertTrue(rest.code() == 0 || rest.code() == 1, rest.out() + rest.err()); // 1: the kills let nothing remain
        assertEquals(SESSIONS, eachErasedOrUntouched(beraad), "all erased in the end");
    }

    /** Checks every session and gives how many are erased. */
    private static int eachErasedOrUntouched(Beraad beraad) throws Exception {
        int erased = 0;
        try (Connection c = beraad.jdbc()) {
            for (int id = 1; id <= SESSIONS; id++) {
                List<String> name = Rows.of(c, "SELECT name FROM participant WHERE session_id = " + id + " AND seq = 1");
                List<String> text = Rows.of(c, "SELECT text FROM argument WHERE session_id = " + id);
                if (name.equals(List.of("Zoë Öztürk"))) {
                    assertEquals(List.of("Mijn eigen verhaal " + id), text, "session " + id + " untouched");
                } else {
                    assertEquals(List.of("Deelnemer 1"), name, "session " + id);
                    assertEquals(List.of("(tekst verwijderd op verzoek)"), text, "session " + id + " erased whole");
                    erased++;
                }
            }
        }
        for (int id = 1; id <= SESSIONS; id++) {
            Beraad.Run verify = beraad.run("verify", Integer.toString(id));
            assertEquals(0, verify.code(), "session " + id + ": " + verify.err());
        }
        return erased;
    }
}
