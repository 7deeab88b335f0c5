package nl.beraad.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.beraad.support.Beraad;
import nl.beraad.support.BeraadProcess;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A polite stop (SIGTERM, as systemd, tmux kill-session or a closed laptop session sends) in the
 * middle of a meeting pauses it cleanly; a process started with its standard input closed says so
 * instead of reading some other file as commands.
 */
@Timeout(180)
class SignalAndInputTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void sigtermInTheMiddleOfABurstOfCommandsPausesCleanlyAndKeepsWhatWasConfirmed(@TempDir Path dir)
            throws Exception {
        Beraad beraad = new Beraad(dir);
        String output;
        int code;
        try (BeraadProcess p = BeraadProcess.start(beraad, "start", "--set", "scp-dilemmas-2022", "--plain")) {
            p.await("Typ 'help'", WAIT);
            StringBuilder burst = new StringBuilder();
            for (int i = 1; i <= 400; i++) {
                burst.append("deelnemer Lid ").append(i).append('\n');
            }
            p.typeRaw(burst.toString());
            p.await("Deelnemer 20 toegevoegd", WAIT); // in the middle of the burst
            code = p.signal("TERM");
            output = p.output();
        }
        assertEquals(143, code, output);
        assertTrue(output.contains("Gepauzeerd. Alles is bewaard. Verder gaan: scripts/beraad resume 1"), output);
        for (String bad : List.of("onverwachte fout", "Er ging iets mis", "Exception", "\tat ")) {
            assertFalse(output.contains(bad), output);
        }
        List<String> confirmed = new ArrayList<>();
        output.lines().filter(l -> l.contains("toegevoegd: Lid ")).forEach(l ->
                confirmed.add(l.substring(l.indexOf("Lid "))));
        try (Connection c = beraad.jdbc()) {
            List<String> stored = Rows.of(c, "SELECT name FROM participant ORDER BY seq");
            assertTrue(stored.containsAll(confirmed), "confirmed " + confirmed + " but stored " + stored);
        }
        Beraad.Run resumed = beraad.withInput("stop\n", "resume", "1", "--plain");
        assertEquals(0, resumed.code(), resumed.err());
    }

    @Test
    void withStandardInputClosedAMeetingIsRefusedInOneSentenceAndNothingChanges(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        assertEquals(0, beraad.withInput("deelnemer Anouk\nstop\n", "start", "--set", "scp-dilemmas-2022", "--plain")
                .code());

        for (List<String> args : List.of(List.of("resume", "1", "--plain"), List.of("resume", "1"),
                List.of("start", "--set", "scp-dilemmas-2022", "--plain"), List.<String>of())) {
            Result r = closedStdin(beraad, args);
            assertEquals(2, r.code(), args + ": " + r.err());
            assertEquals("De standaardinvoer is gesloten, dus Beraad kan geen commando's of toetsen lezen. "
                    + "Start Beraad in een terminal, of geef de commando's mee (bijvoorbeeld: beraad start --set ID "
                    + "--plain < commando.txt).\n", r.err(), args.toString());
        }
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("1|1"), Rows.of(c, "SELECT id, current_item FROM session"));
        }
        Result report = closedStdin(beraad, List.of("report", "1"));
        assertEquals(0, report.code(), report.err());
        assertTrue(report.out().contains("Anouk"), report.out());
    }

    private record Result(int code, String out, String err) {
    }

    /** Runs Beraad the way a script with {@code <&-} does: descriptor 0 closed before the JVM starts. */
    private static Result closedStdin(Beraad beraad, List<String> args) throws Exception {
        StringBuilder command = new StringBuilder("exec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -Xshare:auto -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path")
                + "' nl.beraad.Main");
        for (String a : args) {
            command.append(" '").append(a).append("'");
        }
        command.append(" <&-");
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command.toString());
        pb.environment().putAll(beraad.env());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
