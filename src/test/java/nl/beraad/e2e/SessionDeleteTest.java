package nl.beraad.e2e;

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
 * A session can be deleted with everything recorded in it, so that test sessions and old meetings
 * do not keep personal data: only after a confirmation (or --yes), never the other sessions, and
 * never while another terminal steers it.
 */
@Timeout(120)
class SessionDeleteTest {
    /** Two meetings with positions, an argument, a conclusion, a show of hands and a speaker. */
    private static Beraad twoMeetings(Path dir) {
        Beraad beraad = new Beraad(dir);
        for (String who : List.of("Anouk, Bram", "Carla, Dirk")) {
            String first = who.split(", ")[0];
            Beraad.Run run = beraad.withInput("deelnemer " + who + "\nstem " + first + " 1\nargument A " + first
                    + ": Dichtbij huis.\nconclusie Voorzichtig.\nspreker " + first + "\nvolgende\nstop\n",
                    "start", "--set", "scp-dilemmas-2022", "--plain");
            assertEquals(0, run.code(), run.err());
        }
        return beraad;
    }

    private static List<String> rowsPerSession(Beraad beraad) throws Exception {
        try (Connection c = beraad.jdbc()) {
            List<String> out = new java.util.ArrayList<>(Rows.of(c, "SELECT 'session:' || id FROM session ORDER BY id"));
            // Every table with a session_id column, read from the schema itself, so that a table added by a
            // later schema version is checked without anyone remembering to list it here.
            List<String> tables = Rows.of(c, "SELECT LOWER(table_name) FROM information_schema.columns"
                    + " WHERE table_schema = 'PUBLIC' AND column_name = 'SESSION_ID' ORDER BY table_name");
            assertTrue(tables.containsAll(List.of("session_item", "participant", "vote", "argument", "conclusion",
                    "hand_count", "speaker", "session_claim", "session_event", "correction", "session_holder")),
                    tables.toString());
            for (String table : tables) {
                out.addAll(Rows.of(c, "SELECT '" + table + ":' || session_id || ':' || COUNT(*) FROM " + table
                        + " GROUP BY session_id ORDER BY session_id"));
            }
            return out;
        }
    }

    @Test
    void deletedWithYesEverythingOfThatSessionGoesAndTheOtherStays(@TempDir Path dir) throws Exception {
        Beraad beraad = twoMeetings(dir);
        List<String> before = rowsPerSession(beraad);
        assertTrue(before.contains("participant:1:2") && before.contains("argument:2:1"), before.toString());

        Beraad.Run run = beraad.run("sessions", "delete", "1", "--yes");

        assertEquals(0, run.code(), run.err());
        assertEquals("Sessie 1 is verwijderd, met alles wat erin was vastgelegd.\n", run.out());
        List<String> after = rowsPerSession(beraad);
        assertEquals(before.stream().filter(r -> !r.equals("session:1") && !r.contains(":1:")).toList(), after);
        Beraad.Run report = beraad.run("report", "1");
        assertEquals(2, report.code(), report.err());
    }

    @Test
    void withoutYesItAsksAndOnlyAYesDeletes(@TempDir Path dir) throws Exception {
        Beraad beraad = twoMeetings(dir);
        List<String> before = rowsPerSession(beraad);

        for (String answer : List.of("", "nee\n", "jawel\n")) {
            Beraad.Run kept = beraad.withInput(answer, "sessions", "delete", "2");
            assertEquals(1, kept.code(), answer);
            assertTrue(kept.err().startsWith("Sessie 2 (Vier dilemma's in het sociaal domein (SCP, 2022), 2 deelnemers) "
                    + "met alles wat erin is vastgelegd definitief verwijderen? Typ ja om te bevestigen: "), kept.err());
            assertTrue(kept.err().endsWith("Niets verwijderd. (Zonder vraag: beraad sessions delete N --yes)\n"),
                    kept.err());
            assertEquals(before, rowsPerSession(beraad), "'" + answer + "' must keep the session");
        }

        Beraad.Run deleted = beraad.withInput("ja\n", "sessions", "delete", "2");
        assertEquals(0, deleted.code(), deleted.err());
        assertEquals(List.of("1"), Rows.of(beraad.jdbc(), "SELECT id FROM session"));
    }

    @Test
    void anUnknownSessionIsOneSentence(@TempDir Path dir) {
        Beraad beraad = new Beraad(dir);
        Beraad.Run run = beraad.run("sessions", "delete", "7", "--yes");
        assertEquals(2, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void aSessionOpenInAnotherTerminalIsNotDeleted(@TempDir Path dir) throws Exception {
        Beraad beraad = twoMeetings(dir);
        List<String> before = rowsPerSession(beraad);
        try (BeraadProcess p = BeraadProcess.start(beraad, "resume", "1", "--plain")) {
            p.await("Typ 'help'", Duration.ofSeconds(30));

            Beraad.Run run = beraad.run("sessions", "delete", "1", "--yes");

            assertEquals(3, run.code(), run.err());
            assertTrue(run.err().lines().findFirst().orElse("").matches(
                    "Sessie 1 is al geopend in een ander venster \\(proces " + p.pid() + "\\), sinds \\d\\d\\.\\d\\d uur\\."),
                    run.err());
            p.type("stop");
            p.await("Gepauzeerd", Duration.ofSeconds(30));
        }
        // The meeting's record gains when the other terminal took session 1 up and let go; nothing else changes.
        List<String> after = rowsPerSession(beraad);
        before.removeIf(row -> row.startsWith("session_event:1:"));
        after.removeIf(row -> row.startsWith("session_event:1:"));
        assertEquals(before, after);
    }
}
