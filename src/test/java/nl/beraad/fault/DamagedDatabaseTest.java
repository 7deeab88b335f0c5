package nl.beraad.fault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import nl.beraad.support.Beraad;
import nl.beraad.support.BeraadProcess;
import nl.beraad.support.SmallDisk;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database file that is damaged, cut short or someone else's is refused with one sentence by
 * every command, and left exactly as it was, byte for byte: never opened as a new empty database
 * over the remnants. A database on a disk that cannot be written can still be reported from.
 */
@Timeout(300)
class DamagedDatabaseTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<List<String>> COMMANDS = List.of(List.of("sessions"), List.of("report", "1"),
            List.of("start", "--set", "scp-dilemmas-2022", "--plain"), List.of("resume", "1", "--plain"));

    /** A database with a finished meeting, made by Beraad itself. */
    private static Beraad withMeeting(Path dir) {
        Beraad beraad = new Beraad(dir);
        assertEquals(0, beraad.withInput("deelnemer Anouk, Bram\nstem Anouk 1\nstop\n", "start", "--set",
                "scp-dilemmas-2022", "--plain").code());
        return beraad;
    }

    @ParameterizedTest(name = "cut to {0} bytes")
    @ValueSource(ints = {0, 8192, -1})
    void aTruncatedDatabaseIsRefusedByEveryCommandAndLeftByteForByte(int length, @TempDir Path dir) throws Exception {
        Beraad beraad = withMeeting(dir);
        byte[] whole = Files.readAllBytes(beraad.db());
        int cut = length >= 0 ? length : whole.length / 2;
        byte[] remnant = java.util.Arrays.copyOf(whole, cut);
        Files.write(beraad.db(), remnant);

        for (List<String> command : COMMANDS) {
            Outcome o = run(beraad, command);
            if (length == -1 && o.code() == 0) {
                continue; // H2 may read a half file back to its last whole commit; then it is not damaged
            }
            assertEquals(1, o.code(), command + ": " + o.output());
            assertEquals("De database " + beraad.db() + " is beschadigd of onvolledig en is niet geopend; het bestand "
                    + "is ongewijzigd gelaten. Zet een reservekopie terug, of verplaats het bestand zodat Beraad een "
                    + "nieuwe database begint.\n", o.output(), command.toString());
            assertArrayEquals(remnant, Files.readAllBytes(beraad.db()), command + " changed the damaged file");
        }
    }

    @Test
    void anotherProgramsH2DatabaseIsRefusedAndLeftByteForByte(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        String base = beraad.db().toString().replace(".mv.db", "");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE ledger (id INT PRIMARY KEY, amount INT)");
            st.execute("INSERT INTO ledger VALUES (1, 100)");
        }
        byte[] before = Files.readAllBytes(beraad.db());
        for (List<String> command : COMMANDS) {
            Outcome o = run(beraad, command);
            assertEquals(1, o.code(), command + ": " + o.output());
            assertTrue(o.output().startsWith("Het bestand " + beraad.db() + " is geen database van Beraad en is niet "
                    + "geopend; het is ongewijzigd gelaten."), o.output());
            assertEquals(1, o.output().lines().count(), o.output());
            assertArrayEquals(before, Files.readAllBytes(beraad.db()), command + " changed the other program's file");
        }
    }

    @Test
    void onADiskThatCannotBeWrittenReportsWorkAndAMeetingIsOneSentence(@TempDir Path dir) throws Exception {
        try (SmallDisk disk = SmallDisk.of(dir.resolve("schijf"), 8192)) {
            Assumptions.assumeTrue(disk.real(), "needs a file system that can be made read-only (root, tmpfs)");
            Beraad beraad = withMeeting(disk.dir());
            disk.readOnly();
            byte[] before = Files.readAllBytes(beraad.db());

            Outcome list = run(beraad, List.of("sessions"));
            assertEquals(0, list.code(), list.output());
            assertTrue(list.output().contains("Vier dilemma's in het sociaal domein"), list.output());
            Outcome report = run(beraad, List.of("report", "1"));
            assertEquals(0, report.code(), report.output());
            assertTrue(report.output().contains("Anouk"), report.output());

            for (List<String> command : List.of(List.of("resume", "1", "--plain"),
                    List.of("start", "--set", "scp-dilemmas-2022", "--plain"))) {
                Outcome o = run(beraad, command);
                assertEquals(1, o.code(), o.output());
                assertEquals("In de map van de database " + beraad.db() + " kan niet worden geschreven (alleen-lezen). "
                        + "Verslagen en overzichten kunnen wel; om te vergaderen: kopieer het bestand naar een map "
                        + "waarin u mag schrijven en kies die met --db.\n", o.output());
            }
            assertArrayEquals(before, Files.readAllBytes(beraad.db()));
            try (Stream<Path> files = Files.list(disk.dir())) {
                assertEquals(List.of("beraad.mv.db", "beraad.open.lock"), files.map(p -> p.getFileName().toString())
                        .sorted().toList());
            }
        }
    }

    /** What a real process printed (standard output and error together) and its exit code. */
    private record Outcome(int code, String output) {
    }

    private static Outcome run(Beraad beraad, List<String> command) throws Exception {
        try (BeraadProcess p = BeraadProcess.start(beraad, command.toArray(String[]::new))) {
            p.endInput();
            Integer code = p.waitFor(WAIT);
            assertTrue(code != null, command + " did not end: " + p.output());
            return new Outcome(code, p.output());
        }
    }
}
