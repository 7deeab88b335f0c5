package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import nl.beraad.support.Beraad;
import nl.beraad.support.BeraadProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * `--encrypt` (issue 15, point 4): a database made with a passphrase is unreadable without it, for
 * Beraad and for H2's own tools alike; a missing or wrong passphrase is one sentence that leaves the
 * file byte for byte as it was; the passphrase is never printed, not even with --debug; a second
 * terminal, a backup and compacting work on the encrypted file.
 */
@Timeout(180)
class EncryptionTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** With spaces and a diacritic: H2 itself cuts its password value at the first space. */
    private static final String PASSPHRASE = "paarse olifant één keer";
    private static final String WRONG = "groene giraffe twee keer";
    private static final String NAME = "Zoë Öztürk";
    private static final String ARGUMENT = "Zorg hoort dichtbij huis.";
    /**
     * What a plain file shows of the session as it is (see the last test): H2 writes a character
     * above 127 in its own way, but the argument, the name as Beraad folds it for finding it, and the
     * set stand there in UTF-8.
     */
    private static final List<String> READABLE = List.of(ARGUMENT, "zoe ozturk", "scp-dilemmas-2022");

    @Test
    void anEncryptedDatabaseIsUnreadableWithoutItsPassphraseAndAWrongOneLosesNothing(@TempDir Path dir) throws Exception {
        Beraad beraad = encryptedWithASession(dir);
        Path file = beraad.db();

        byte[] raw = Files.readAllBytes(file);
        assertEquals("H2encrypt", new String(raw, 0, 9, StandardCharsets.US_ASCII));
        for (String plain : READABLE) {
            assertFalse(contains(raw, plain.getBytes(StandardCharsets.UTF_8)), plain + " stands in the file as plain text");
        }
        assertEquals(List.of("beraad.mv.db", "beraad.open.lock"), names(dir), "no plain side file (trace, lock, copy)");

        // H2's own tools cannot read it: not without a password, not with the passphrase as a user password.
        String before = sha256(file);
        String url = "jdbc:h2:file:" + base(file) + ";ACCESS_MODE_DATA=r";
        assertThrows(SQLException.class, () -> script(url, "", dir.resolve("a.sql")));
        assertThrows(SQLException.class, () -> script(url + ";CIPHER=AES", hex(WRONG) + " ", dir.resolve("b.sql")));
        assertThrows(SQLException.class, () -> script(url, PASSPHRASE, dir.resolve("c.sql")));
        assertEquals(before, sha256(file));

        // Beraad without a passphrase (no terminal, no BERAAD_PASSPHRASE): one sentence, nothing changed.
        beraad.env().remove("BERAAD_PASSPHRASE");
        Beraad.Run none = beraad.run("sessions");
        assertEquals(2, none.code(), none.err());
        assertEquals(List.of("De database " + file + " is versleuteld en gaat alleen open met de wachtwoordzin: zet die in "
                + "BERAAD_PASSPHRASE of start Beraad in een terminal, dan wordt erom gevraagd; het bestand is ongewijzigd gelaten."),
                none.err().lines().toList());
        assertEquals("", none.out());

        // A wrong one: one sentence, also with --debug no passphrase anywhere, the file byte for byte as it was.
        beraad.env().put("BERAAD_PASSPHRASE", WRONG);
        Beraad.Run wrong = beraad.run("sessions");
        assertEquals(1, wrong.code(), wrong.err());
        assertEquals(List.of("De wachtwoordzin van de database " + file + " klopt niet; het bestand is niet geopend en "
                + "ongewijzigd gelaten. Probeer het opnieuw met de juiste wachtwoordzin."), wrong.err().lines().toList());
        Beraad.Run debug = beraad.run("--debug", "report", "1");
        assertEquals(1, debug.code(), debug.err());
        assertTrue(debug.err().lines().count() > 1, "--debug shows the technical details: " + debug.err());
        for (Beraad.Run run : List.of(none, wrong, debug)) {
            for (String secret : List.of(WRONG, hex(WRONG), PASSPHRASE, hex(PASSPHRASE), "groene", "paarse")) {
                assertFalse(run.out().contains(secret) || run.err().contains(secret), secret + " printed: " + run.err());
            }
        }
        assertEquals(before, sha256(file));
        assertEquals(List.of("beraad.mv.db", "beraad.open.lock"), names(dir).stream().filter(n -> !n.endsWith(".sql")).toList(),
                "no leftover files");

        // With the right one all is there; H2's tools read it too, given the passphrase as the README says.
        beraad.env().put("BERAAD_PASSPHRASE", PASSPHRASE);
        Beraad.Run report = beraad.run("report", "1");
        assertEquals(0, report.code(), report.err());
        assertTrue(report.out().contains(NAME) && report.out().contains(ARGUMENT), report.out());
        Path dump = dir.resolve("dump.sql");
        script(url + ";CIPHER=AES", hex(PASSPHRASE) + " ", dump);
        assertTrue(Files.readString(dump).contains(ARGUMENT));
    }

    @Test
    void withoutAPassphraseNoEncryptedDatabaseIsMade(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);

        Beraad.Run run = beraad.withInput("deelnemer Anouk\nstop\n", "--encrypt", "start", "--set", "scp-dilemmas-2022", "--plain");

        assertEquals(2, run.code(), run.err());
        assertEquals(List.of("Voor een versleutelde nieuwe database is een wachtwoordzin nodig: zet die in BERAAD_PASSPHRASE "
                + "of start Beraad in een terminal, dan wordt erom gevraagd; er is geen database " + beraad.db() + " gemaakt."),
                run.err().lines().toList());
        assertEquals(List.of(), names(dir));
    }

    @Test
    void aSecondTerminalABackupAndCompactingWorkOnTheEncryptedFile(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir.resolve("laptop"));
        beraad.env().put("BERAAD_PASSPHRASE", PASSPHRASE);
        Path zip = dir.resolve("kopie.zip");
        try (BeraadProcess p = BeraadProcess.start(beraad, "--encrypt", "start", "--set", "scp-dilemmas-2022", "--plain")) {
            p.await("Typ 'help'", WAIT);
            p.type("deelnemer " + NAME);
            p.await("Deelnemer 1 toegevoegd", WAIT);
            p.type("argument A Zoë: " + ARGUMENT);
            p.await("vastgelegd", WAIT);

            // The clerk's terminal reaches the file through the meeting's process, with the passphrase.
            Beraad.Run list = beraad.run("sessions");
            assertEquals(0, list.code(), list.err());
            Beraad.Run backup = beraad.run("db", "backup", "-o", zip.toString());
            assertEquals(0, backup.code(), backup.err());
            beraad.env().put("BERAAD_PASSPHRASE", WRONG);
            Beraad.Run wrong = beraad.run("sessions");
            assertEquals(1, wrong.code(), wrong.err());
            assertTrue(wrong.err().startsWith("De wachtwoordzin van de database "), wrong.err());
            beraad.env().put("BERAAD_PASSPHRASE", PASSPHRASE);
            p.type("stop");
            p.await("Gepauzeerd", WAIT);
            assertEquals(0, p.finish(WAIT), p.output());
        }

        Beraad.Run compact = beraad.run("db", "compact");
        assertEquals(0, compact.code(), compact.err());
        assertTrue(new String(Files.readAllBytes(beraad.db()), StandardCharsets.ISO_8859_1).startsWith("H2encrypt"));
        assertTrue(beraad.run("report", "1").out().contains(NAME));

        // The backup holds the encrypted file: restored, it opens with the same passphrase only.
        Path restored = dir.resolve("terug");
        assertEquals(List.of("beraad.mv.db"), DatabaseBackupTest.unzip(zip, restored));
        byte[] copy = Files.readAllBytes(restored.resolve("beraad.mv.db"));
        assertEquals("H2encrypt", new String(copy, 0, 9, StandardCharsets.US_ASCII));
        assertFalse(contains(copy, ARGUMENT.getBytes(StandardCharsets.UTF_8)));
        Beraad fromBackup = new Beraad(restored);
        assertEquals(2, fromBackup.run("sessions").code());
        fromBackup.env().put("BERAAD_PASSPHRASE", PASSPHRASE);
        Beraad.Run report = fromBackup.run("report", "1");
        assertEquals(0, report.code(), report.err());
        assertTrue(report.out().contains(NAME) && report.out().contains(ARGUMENT), report.out());
    }

    @Test
    void anEncryptedDatabaseFromAnOlderBeraadIsUpgradedAndStaysEncrypted(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        java.util.Properties login = new java.util.Properties();
        login.setProperty("user", "sa");
        login.setProperty("password", hex(PASSPHRASE) + " ");
        try (java.sql.Connection c = org.h2.Driver.load().connect("jdbc:h2:file:" + base(beraad.db()) + ";CIPHER=AES", login)) {
            nl.beraad.store.OldSchemas.make(c, 1);
        }
        beraad.env().put("BERAAD_PASSPHRASE", PASSPHRASE);

        Beraad.Run list = beraad.run("sessions", "--all");

        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("Oude sessie"), list.out());
        assertTrue(new String(Files.readAllBytes(beraad.db()), StandardCharsets.ISO_8859_1).startsWith("H2encrypt"));
        assertEquals(List.of("beraad.mv.db", "beraad.open.lock"), names(dir), "the copy from before the upgrade is gone");
        try (java.sql.Connection c = org.h2.Driver.load().connect("jdbc:h2:file:" + base(beraad.db()) + ";CIPHER=AES;ACCESS_MODE_DATA=r",
                login)) {
            assertEquals(List.of(String.valueOf(nl.beraad.store.OldSchemas.latest())),
                    nl.beraad.support.Rows.of(c, "SELECT MAX(version) FROM schema_version"));
        }
    }

    @Test
    void encryptIsRefusedForAServerInOneSentence(@TempDir Path dir) {
        Beraad beraad = new Beraad(dir);

        Beraad.Run run = beraad.run("--db", "postgresql://raad@localhost:1/beraad", "--encrypt", "sessions");

        assertEquals(2, run.code(), run.err());
        assertEquals(List.of("--encrypt geldt alleen voor een databasebestand op deze computer, niet voor de server "
                + "postgresql://raad@localhost:1/beraad; beveilig die met de middelen van PostgreSQL zelf (versleutelde schijf, TLS)."),
                run.err().lines().toList());
    }

    @Test
    void aPlainDatabaseStaysPlainAndNeedsNoPassphrase(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        Beraad.Run started = beraad.withInput("deelnemer " + NAME + "\nargument A Zoë: " + ARGUMENT + "\nstop\n", "start",
                "--set", "scp-dilemmas-2022", "--plain");
        assertEquals(0, started.code(), started.err());
        beraad.env().put("BERAAD_PASSPHRASE", PASSPHRASE);

        // --encrypt only matters when the file is made: an existing plain file is opened as it is.
        Beraad.Run list = beraad.run("--encrypt", "sessions");

        assertEquals(0, list.code(), list.err());
        byte[] raw = Files.readAllBytes(beraad.db());
        for (String plain : READABLE) {
            assertTrue(contains(raw, plain.getBytes(StandardCharsets.UTF_8)), plain);
        }
    }

    private static Beraad encryptedWithASession(Path dir) {
        Beraad beraad = new Beraad(dir);
        beraad.env().put("BERAAD_PASSPHRASE", PASSPHRASE);
        Beraad.Run started = beraad.withInput("deelnemer " + NAME + "\nargument A Zoë: " + ARGUMENT + "\nstop\n",
                "--encrypt", "start", "--set", "scp-dilemmas-2022", "--plain");
        assertEquals(0, started.code(), started.err());
        return beraad;
    }

    /** H2's Script tool, as someone who finds the file would run it. */
    private static void script(String url, String password, Path out) throws SQLException {
        new org.h2.tools.Script().runTool("-url", url, "-user", "sa", "-password", password, "-script", out.toString());
    }

    /** How the README tells to give the passphrase to H2's own tools: its UTF-8 bytes in hexadecimal. */
    private static String hex(String passphrase) {
        return HexFormat.of().formatHex(passphrase.getBytes(StandardCharsets.UTF_8));
    }

    private static String base(Path file) {
        String path = file.toString();
        return path.substring(0, path.length() - ".mv.db".length());
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static List<String> names(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
