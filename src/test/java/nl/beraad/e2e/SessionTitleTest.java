package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import nl.beraad.support.Beraad;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session's title can be corrected after the meeting ('sessions edit N --title'), held to the
 * same rules as at the start, and correcting it never moves the meeting's own times.
 */
@Timeout(60)
class SessionTitleTest {

    @Test
    void theTitleIsCorrectedAfterwardsAndTheMeetingsTimesStay(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        assertEquals(0, beraad.withInput("deelnemer Anouk\nstop\n", "start", "--set", "scp-dilemmas-2022", "--plain")
                .code());
        List<String> times;
        try (Connection c = beraad.jdbc()) {
            times = Rows.of(c, "SELECT created_at || '|' || updated_at FROM session");
        }

        Beraad.Run edit = beraad.run("sessions", "edit", "1", "--title", "  Adviesraad\t30 november  ");

        assertEquals(0, edit.code(), edit.err());
        assertTrue(edit.out().contains("Titel: Adviesraad 30 november\n"), edit.out());
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("Adviesraad 30 november"), Rows.of(c, "SELECT title FROM session"));
            assertEquals(times, Rows.of(c, "SELECT created_at || '|' || updated_at FROM session"));
        }
        assertTrue(beraad.run("report", "1").out().startsWith("# Verslag: Adviesraad 30 november\n"));
    }

    @Test
    void anEmptyOrTooLongTitleIsRefusedAndTheOldOneStays(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        assertEquals(0, beraad.run("start", "--set", "scp-dilemmas-2022", "--plain").code());

        for (String bad : List.of("   ", "\u200b", "x".repeat(301))) {
            Beraad.Run edit = beraad.run("sessions", "edit", "1", "--title", bad);
            assertEquals(2, edit.code(), edit.err());
            assertEquals(1, edit.err().lines().count(), edit.err());
        }
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("Vier dilemma's in het sociaal domein (SCP, 2022)"), Rows.of(c, "SELECT title FROM session"));
        }
    }
}
