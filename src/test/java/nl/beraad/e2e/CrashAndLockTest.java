package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Beraad in a real process: killed mid-meeting it loses nothing it confirmed; while it runs a
 * clerk can export the report but nobody can steer the same session from a second terminal.
 */
@Timeout(120)
class CrashAndLockTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** Types the start of a meeting, waiting for each confirmation as a facilitator would. */
    static void startMeeting(BeraadProcess p) throws Exception {
        p.await("Typ 'help'", WAIT);
        p.type("deelnemer Anouk de Vries, José Öztürk, Sjoerd Bakker");
        p.await("Deelnemer 3 toegevoegd: Sjoerd Bakker", WAIT);
        p.type("stem Anouk 1");
        p.await("Positie van Anouk de Vries vastgelegd", WAIT);
        p.type("stem José o");
        p.await("Positie van José Öztürk vastgelegd", WAIT);
        p.type("argument A Anouk: Vastgelegd vlak voor de crash.");
        p.await("Argument van Anouk de Vries vastgelegd", WAIT);
        p.type("conclusie Nog voorlopig.");
        p.await("Conclusie bij item 1 vastgelegd", WAIT);
    }

    /** Everything {@link #startMeeting} had confirmed is in the database. */
    static void assertNothingLost(Beraad beraad) throws Exception {
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("Anouk de Vries", "José Öztürk", "Sjoerd Bakker"),
                    Rows.of(c, "SELECT name FROM participant ORDER BY seq"));
            assertEquals(List.of("Anouk de Vries|1", "José Öztürk|0"), Rows.of(c,
                    "SELECT p.name, v.position FROM vote v JOIN participant p ON p.id = v.participant_id ORDER BY p.seq"));
            assertEquals(List.of("A|Vastgelegd vlak voor de crash."), Rows.of(c, "SELECT side, text FROM argument"));
            assertEquals(List.of("Nog voorlopig."), Rows.of(c, "SELECT text FROM conclusion"));
        }
        // Each action and its log entry are one transaction: a kill leaves both or neither (issue 15).
        Beraad.Run verified = beraad.run("verify", "1");
        assertEquals(0, verified.code(), verified.err());
        assertTrue(verified.out().startsWith("Sessie 1 klopt"), verified.out());
    }

    @Test
    void killedWithSigkillMidMeetingEverythingConfirmedIsThereAndTheMeetingResumes(@TempDir Path dir)
            throws Exception {
        Beraad beraad = new Beraad(dir);
        try (BeraadProcess p = BeraadProcess.start(beraad, "start", "--set", "scp-dilemmas-2022", "--plain")) {
            startMeeting(p);
            p.kill();
        }
        assertNothingLost(beraad);
        Beraad.Run resumed = beraad.withInput("stem Sjoerd 5\nstop\n", "resume", "--plain");
        assertEquals(0, resumed.code(), resumed.err());
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("3"), Rows.of(c, "SELECT COUNT(*) FROM vote"));
        }
    }

    @Test
    void ctrlCMidMeetingKeepsEverythingAndSaysHowToGoOn(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        String output;
        int code;
        try (BeraadProcess p = BeraadProcess.start(beraad, "start", "--set", "scp-dilemmas-2022", "--plain")) {
            startMeeting(p);
            code = p.interrupt();
            output = p.output();
        }
        assertNotEquals(0, code);
        assertTrue(output.contains("Gepauzeerd. Alles is bewaard. Verder gaan: scripts/beraad resume 1"), output);
        assertTrue(!output.contains("Exception") && !output.contains("\tat "), output);
        assertNothingLost(beraad);
    }

    @Test
    void whileAMeetingRunsTheClerkCanExportButNotSteerIt(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        try (BeraadProcess p = BeraadProcess.start(beraad, "start", "--set", "scp-dilemmas-2022", "--plain")) {
            startMeeting(p);

            assertServedOnLoopbackOnly(beraad);
            Beraad.Run report = beraad.run("report", "1");
            assertEquals(0, report.code(), report.err());
            assertTrue(report.out().contains("- Anouk de Vries: Vastgelegd vlak voor de crash."), report.out());

            Beraad.Run second = beraad.run("resume", "1", "--plain");
            assertEquals(3, second.code());
            // The refusal names the terminal that steers it (here a pipe: no terminal, only the process).
            List<String> lines = second.err().lines().toList();
            assertEquals(2, lines.size(), second.err());
            assertTrue(lines.get(0).matches("Sessie 1 is al geopend in een ander venster \\(proces " + p.pid()
                    + "\\), sinds \\d\\d\\.\\d\\d uur\\."), second.err());
            assertEquals("Sluit dat venster af (met 'stop'), of neem de sessie over als het vastzit: "
                    + "scripts/beraad resume 1 --take-over", lines.get(1));

            p.type("stop");
            p.await("Gepauzeerd", WAIT);
        }
        Beraad.Run afterwards = beraad.withInput("stop\n", "resume", "1", "--plain");
        assertEquals(0, afterwards.code(), afterwards.err());
        assertNothingLost(beraad);
    }

    @Test
    void aDatabaseHeldByAnotherProgramIsOneSentenceAndExitThree(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        assertEquals(0, beraad.run("sessions").code());
        String base = beraad.db().toString().replace(".mv.db", "");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nl.beraad.support.HoldDatabase", base));
        Process holder = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            byte[] line = new byte[5];
            assertEquals(5, holder.getInputStream().readNBytes(line, 0, 5));
            assertEquals("held\n", new String(line));

            Beraad.Run run = beraad.run("sessions");
            assertEquals(3, run.code(), run.err());
            assertTrue(run.err().startsWith("De database " + beraad.db() + " is in gebruik door een ander programma."),
                    run.err());
            assertEquals(1, run.err().lines().count(), run.err());
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
    }

    /**
     * The clerk's second terminal reaches the meeting through H2's server; that server must not be
     * offered to the meeting room's network. Reads the port from H2's lock file and the listening
     * sockets from /proc/net/tcp and tcp6.
     */
    private static void assertServedOnLoopbackOnly(Beraad beraad) throws Exception {
        Path lockFile = Path.of(beraad.db().toString().replace(".mv.db", ".lock.db"));
        java.util.Properties lock = new java.util.Properties();
        try (var in = java.nio.file.Files.newInputStream(lockFile)) {
            lock.load(in);
        }
        String server = lock.getProperty("server");
        assertTrue(server != null, "the meeting serves the database: " + lock);
        int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = java.nio.file.Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.strip().split("\\s+");
                String[] local = f[1].split(":");
                if (f[3].equals("0A") && Integer.parseInt(local[1], 16) == port) {
                    listening.add(local[0]);
                }
            }
        }
        assertTrue(!listening.isEmpty(), "no listening socket found for port " + port);
        for (String address : listening) {
            assertTrue(List.of("0100007F", "0000000000000000FFFF00000100007F", "00000000000000000000000001000000")
                    .contains(address), "H2's server listens beyond this machine: " + listening);
        }
    }
}
