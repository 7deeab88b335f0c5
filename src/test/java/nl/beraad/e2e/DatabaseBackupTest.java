package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.beraad.support.Archive;
import nl.beraad.support.Beraad;
import nl.beraad.support.BeraadProcess;
import nl.beraad.support.Rows;
import nl.beraad.support.SmallDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * `beraad db backup -o FILE`: a consistent copy while a meeting runs, restored the way the README
 * says (unzip the file into a folder, point --db at it); refused in one sentence, leaving nothing
 * behind, where it would overwrite, has no folder, has no database, or runs out of disk.
 */
@Timeout(180)
class DatabaseBackupTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aBackupMadeWhileAMeetingRunsHoldsWhatWasConfirmedAndRestores(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir.resolve("laptop"));
        Path zip = dir.resolve("kopie.zip");
        try (BeraadProcess p = BeraadProcess.start(beraad, "start", "--set", "scp-dilemmas-2022", "--plain")) {
            p.await("Typ 'help'", WAIT);
            p.type("deelnemer Zoë Öztürk");
            p.await("Deelnemer 1 toegevoegd", WAIT);
            p.type("argument A Zoë: Zorg hoort dichtbij huis.");
            p.await("vastgelegd", WAIT);

            Beraad.Run run = beraad.run("db", "backup", "-o", zip.toString());

            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().matches("Reservekopie van " + java.util.regex.Pattern.quote(beraad.db().toString())
                    + " gemaakt: " + java.util.regex.Pattern.quote(zip.toString()) + " \\(\\d+ kB\\)\\.\n"), run.out());
            // The meeting goes on, and what it confirms after the backup is not in it.
            p.type("argument B Zoë: Na de kopie gezegd.");
            p.await("vastgelegd", WAIT);
            p.type("stop");
            p.await("Gepauzeerd", WAIT);
        }

        Path restored = dir.resolve("terug");
        assertEquals(List.of("beraad.mv.db"), unzip(zip, restored));
        Beraad fromBackup = new Beraad(restored);
        try (Connection c = fromBackup.jdbc()) {
            assertEquals(List.of("Zoë Öztürk"), Rows.of(c, "SELECT name FROM participant"));
            assertEquals(List.of("Zorg hoort dichtbij huis."), Rows.of(c, "SELECT text FROM argument"));
        }
        Beraad.Run sessions = fromBackup.run("sessions");
        assertEquals(0, sessions.code(), sessions.err());
        assertTrue(sessions.out().contains("SCP") || sessions.out().contains("scp-dilemmas-2022"), sessions.out());
    }

    @Test
    void anExistingFileIsNeverOverwritten(@TempDir Path dir) throws Exception {
        Beraad beraad = withASession(dir);
        Path zip = Files.writeString(dir.resolve("kopie.zip"), "de kopie van vorige week");

        Beraad.Run run = beraad.run("db", "backup", "-o", zip.toString());

        assertEquals(2, run.code());
        assertEquals(List.of(zip + " bestaat al, en een reservekopie overschrijft niets. Kies een andere naam."),
                run.err().lines().toList());
        assertEquals("de kopie van vorige week", Files.readString(zip));
        assertEquals(List.of("beraad.mv.db", "beraad.open.lock", "kopie.zip"), names(dir));
    }

    @Test
    void aMissingFolderOrDatabaseIsSaidAndNothingIsMade(@TempDir Path dir) throws Exception {
        Beraad beraad = withASession(dir);

        Beraad.Run noFolder = beraad.run("db", "backup", "-o", dir.resolve("map/kopie.zip").toString());
        assertEquals(2, noFolder.code());
        assertEquals(List.of("De map " + dir.resolve("map") + " bestaat niet. Kies een bestaande map voor de reservekopie."),
                noFolder.err().lines().toList());

        Path other = dir.resolve("elders/beraad.mv.db");
        Beraad.Run noDatabase = beraad.run("--db", other.toString(), "db", "backup", "-o", dir.resolve("k.zip").toString());
        assertEquals(2, noDatabase.code());
        assertEquals(List.of("Er is geen database " + other + ". Kijk of het pad klopt (--db of BERAAD_DB)."),
                noDatabase.err().lines().toList());
        assertEquals(List.of("beraad.mv.db", "beraad.open.lock"), names(dir));
    }

    @Test
    void aFullDiskLeavesNoBackupAndNoPartOfOne(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(Files.createDirectories(dir.resolve("laptop")));
        Archive.leftByAKill(beraad.db(), 40);
        try (SmallDisk disk = SmallDisk.of(dir.resolve("stick"), 64)) {
            Path zip = disk.dir().resolve("kopie.zip");
            List<String> command = new ArrayList<>(disk.wrapper());
            command.addAll(BeraadProcess.builder(beraad, "db", "backup", "-o", zip.toString()).command());
            ProcessBuilder pb = BeraadProcess.builder(beraad).command(command);
            try (BeraadProcess p = BeraadProcess.start(pb)) {
                assertEquals(1, p.finish(WAIT), p.output());
                assertEquals("De schijf voor " + zip + " is vol: er is geen reservekopie gemaakt. Maak ruimte vrij of "
                        + "kies een andere schijf.", p.output().strip());
            }
            assertEquals(List.of(), names(disk.dir()), "nothing may be left on the stick");
        }
        assertEquals(0, beraad.run("sessions", "--all").code(), "the database itself is untouched");
    }

    private static Beraad withASession(Path dir) {
        Beraad beraad = new Beraad(dir);
        Beraad.Run started = beraad.withInput("deelnemer Anouk\nstop\n", "start", "--set", "scp-dilemmas-2022", "--plain");
        assertEquals(0, started.code(), started.err());
        return beraad;
    }

    private static List<String> names(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("lost+found")).sorted().toList();
        }
    }

    /** Unzips as a clerk would (`unzip kopie.zip -d terug`) and returns the names of the entries. */
    static List<String> unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = entries.getNextEntry()) != null; ) {
                names.add(e.getName());
                Files.copy(entries, into.resolve(e.getName()));
            }
        }
        return names;
    }
}
