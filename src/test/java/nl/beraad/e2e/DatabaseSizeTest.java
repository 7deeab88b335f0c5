package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import nl.beraad.support.Archive;
import nl.beraad.support.Beraad;
import nl.beraad.support.BeraadProcess;
import nl.beraad.support.Compacted;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database file stays near the size of its data: a meeting that wrote much leaves it compacted
 * when it ends, and `beraad db compact` shrinks a file that was left large, but never while another
 * window uses it.
 */
@Timeout(180)
class DatabaseSizeTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int ARGUMENTS = 150;

    /** A meeting of many commits, typed in line mode: three members, positions, 150 arguments. */
    private static String meeting() {
        StringBuilder in = new StringBuilder("deelnemer Anouk de Vries, José Öztürk, Sjoerd Bakker\n"
                + "stem Anouk 1\nstem José 4\nstem Sjoerd o\n");
        for (int i = 1; i <= ARGUMENTS; i++) {
            in.append("argument ").append(i % 2 == 0 ? "A" : "B").append(" José: Argument ").append(i)
                    .append(": wie geen netwerk heeft, valt nu tussen wal en schip.\n");
        }
        return in.toString();
    }

    @Test
    void aMeetingThatWroteMuchLeavesTheFileAtMostThreeTimesItsCompactedSize(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        Beraad.Run run = beraad.withInput(meeting() + "stop\n", "start", "--set", "scp-dilemmas-2022", "--plain");
        assertEquals(0, run.code(), run.err());
        // Without compacting at the end (H2's own brief tidying at close only) the file stays about seven times its data.
        assertAtMostThreeTimes(Compacted.size(beraad.db()), beraad);
        assertEverythingThere(beraad, 1, ARGUMENTS);
    }

    @Test
    void aFileAMeetingKilledMidwayLeftLargeIsCompactedByTheNextCommand(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        try (BeraadProcess p = BeraadProcess.start(beraad, "start", "--set", "scp-dilemmas-2022", "--plain")) {
            p.await("Typ 'help'", WAIT);
            p.typeRaw(meeting());
            p.awaitCount("Argument van José Öztürk vastgelegd", ARGUMENTS, WAIT);
            p.kill();
        }
        long compacted = compactedSizeOfALargeFile(beraad);
        Beraad.Run list = beraad.run("sessions");
        assertEquals(0, list.code(), list.err());
        // H2's own brief tidying at close leaves such a file about seven times its data.
        assertAtMostThreeTimes(compacted, beraad);
        assertEverythingThere(beraad, 1, ARGUMENTS);
    }

    @Test
    void dbCompactShrinksAFileAKillLeftLargeAndKeepsEverySession(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        Archive.leftByAKill(beraad.db(), 100);
        long compacted = compactedSizeOfALargeFile(beraad);

        Beraad.Run run = beraad.run("db", "compact");
        assertEquals(0, run.code(), run.err());
        long after = Files.size(beraad.db());
        assertTrue(after <= compacted * 11 / 10, after + " bytes, compacted " + compacted);
        assertTrue(run.out().matches("Database .*beraad\\.mv\\.db opgeruimd: van \\d+(,\\d)? MB naar \\d+ kB\\.\n"),
                run.out());
        assertEverythingThere(beraad, 100, 100);
        assertEquals(0, beraad.run("sessions").code());
    }

    @Test
    void dbCompactOfAPathWithoutADatabaseSaysSoAndMakesNothing(@TempDir Path dir) {
        Path missing = dir.resolve("verkeerd/beraad.mv.db");
        Beraad beraad = new Beraad(dir);

        Beraad.Run run = beraad.run("--db", missing.toString(), "db", "compact");

        assertEquals(2, run.code());
        assertEquals(List.of("Er is geen database " + missing + ". Kijk of het pad klopt "
                + "(--db of BERAAD_DB)."), run.err().lines().toList());
        assertEquals("", run.out());
        assertFalse(Files.exists(missing.getParent()), "no folder or file may be made for a mistyped path");
    }

    @Test
    void dbCompactIsRefusedWhileAMeetingRunsAndTheMeetingGoesOn(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        try (BeraadProcess p = BeraadProcess.start(beraad, "start", "--set", "scp-dilemmas-2022", "--plain")) {
            p.await("Typ 'help'", WAIT);
            p.type("deelnemer Anouk de Vries");
            p.await("Deelnemer 1 toegevoegd", WAIT);
            byte[] file = Files.readAllBytes(beraad.db());

            Beraad.Run refused = beraad.run("db", "compact");
            assertEquals(3, refused.code());
            assertEquals(List.of("De database " + beraad.db() + " is open in een ander venster; opruimen kan alleen "
                    + "als niemand hem gebruikt. Sluit dat venster af en probeer het dan opnieuw."),
                    refused.err().lines().toList());
            assertArrayEquals(file, Files.readAllBytes(beraad.db()));

            p.type("argument A Anouk: Na de weigering gewoon vastgelegd.");
            p.await("Argument van Anouk de Vries vastgelegd", WAIT);
            p.type("stop");
            p.await("Gepauzeerd", WAIT);
        }
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("Na de weigering gewoon vastgelegd."), Rows.of(c, "SELECT text FROM argument"));
        }
    }

    /** What SHUTDOWN COMPACT makes of the file, which must be more than five times that now (as a kill leaves it). */
    private static long compactedSizeOfALargeFile(Beraad beraad) throws Exception {
        long size = Files.size(beraad.db());
        long compacted = Compacted.size(beraad.db());
        assertTrue(size > 5 * compacted, "the file a kill left should be large: " + size + " against " + compacted);
        return compacted;
    }

    private static void assertAtMostThreeTimes(long compacted, Beraad beraad) throws Exception {
        long size = Files.size(beraad.db());
        assertTrue(size <= 3 * compacted, size + " bytes, compacted " + compacted);
    }

    private static void assertEverythingThere(Beraad beraad, int sessions, int arguments) throws Exception {
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of(String.valueOf(sessions)), Rows.of(c, "SELECT COUNT(*) FROM session"));
            assertEquals(List.of(String.valueOf(arguments)), Rows.of(c, "SELECT COUNT(*) FROM argument"));
        }
    }
}
