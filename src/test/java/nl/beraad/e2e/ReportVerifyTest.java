package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import nl.beraad.support.Beraad;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report file checked by {@code beraad verify FILE} (issue 15): each format made from a finished,
 * signed session verifies; one character changed anywhere in it is refused; a report made after a
 * row was changed in the database outside Beraad says so in its footer and does not verify against
 * the signature; another installation checks it with the public key; a draft is not a signed record.
 */
@Timeout(60)
class ReportVerifyTest {
    private Path dir;
    private Beraad beraad;

    @BeforeEach
    void finishedMeeting(@TempDir Path dir) {
        this.dir = dir;
        beraad = new Beraad(dir);
        Beraad.Run run = beraad.withInput(String.join("\n",
                "deelnemer Zoë Öztürk, Bram",
                "stem Zoë 1",
                "stem Bram 2",
                "onthul",
                "argument A Zoë: Eigen regie vraagt ondersteuning",
                "conclusie De raad kiest voor maatwerk.",
                "afronden") + "\n", "start", "--set", "scp-dilemmas-2022", "--plain");
        assertEquals(0, run.code(), run.err());
    }

    private Path report(String name, String... options) {
        Path file = dir.resolve(name);
        String[] args = new String[3 + options.length];
        args[0] = "report";
        args[1] = "1";
        System.arraycopy(options, 0, args, 2, options.length);
        args[args.length - 1] = "--output=" + file;
        Beraad.Run run = beraad.run(args);
        assertEquals(0, run.code(), run.err());
        return file;
    }

    private Beraad.Run verify(Path file, String... more) {
        String[] args = new String[2 + more.length];
        args[0] = "verify";
        args[1] = file.toString();
        System.arraycopy(more, 0, args, 2, more.length);
        return beraad.run(args);
    }

    @Test
    void everyFormatMadeFromTheSignedSessionVerifies() throws Exception {
        for (Path file : new Path[] {report("verslag.md"), report("verslag.html", "--format", "html"),
            report("gegevens.json", "--format", "json"), report("gegevens.csv", "--format", "csv")}) {
            Beraad.Run run = verify(file);
            assertEquals(0, run.code(), file + ": " + run.err());
            assertTrue(run.out().startsWith(file.getFileName() + " klopt: niet gewijzigd, en gemaakt van de sessie precies "
                    + "zoals die is ondertekend ("), run.out());
        }
        Path export = dir.resolve("export.json");
        assertEquals(0, beraad.run("export", "1", "--output", export.toString()).code());
        assertEquals(0, verify(export).code(), verify(export).err());

        String md = Files.readString(dir.resolve("verslag.md"));
        assertTrue(md.contains("\nOndertekend op "), md);
        assertTrue(md.contains(" met de sleutel `"), md);
        String json = Files.readString(dir.resolve("gegevens.json"));
        assertTrue(json.contains("\"log\": {"), json);
        assertTrue(json.contains("\"data\": \"intact\""), json);
        String csv = Files.readString(dir.resolve("gegevens.csv"));
        assertTrue(csv.lines().reduce((a, b) -> b).orElseThrow().startsWith("log;1;"), csv);
    }

    @Test
    void oneCharacterChangedAnywhereIsRefused() throws Exception {
        for (Path file : new Path[] {report("verslag.md"), report("verslag.html", "--format", "html"),
            report("gegevens.json", "--format", "json")}) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int at = text.indexOf("maatwerk");
            Files.writeString(file, text.substring(0, at) + "M" + text.substring(at + 1), StandardCharsets.UTF_8);
            Beraad.Run run = verify(file);
            assertEquals(1, run.code(), run.out());
            assertEquals(file.getFileName() + " is gewijzigd nadat Beraad het maakte: de handtekening past niet meer bij de "
                    + "inhoud.", run.err().strip());
        }
        // The stamp itself: claiming the data was intact when it was not, or another session, is refused too.
        Path md = report("stempel.md");
        String text = Files.readString(md);
        Files.writeString(md, text.replace(" entries=", " entries=1"));
        assertEquals(1, verify(md).code());
        // Without the stamp, there is nothing to check by.
        Path bare = report("kaal.md");
        Files.writeString(bare, Files.readString(bare).replace("beraad-report/1", "verslag"));
        Beraad.Run none = verify(bare);
        assertEquals(1, none.code());
        assertTrue(none.err().startsWith("kaal.md is geen verslag of export van Beraad dat te controleren is"), none.err());
    }

    @Test
    void aReportMadeAfterAnSqlChangeSaysSoAndNoLongerVerifiesAgainstTheSignature() throws Exception {
        Path before = report("voor.md");
        try (Connection c = beraad.jdbc(); Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("UPDATE vote SET position = '5' WHERE participant_id = "
                    + "(SELECT id FROM participant WHERE name = 'Bram')"));
        }
        Beraad.Run check = beraad.run("verify", "1");
        assertEquals(1, check.code(), check.out());
        assertTrue(check.err().contains("bij item 1 wijkt de positie van Bram in ronde 1 af van vermelding "), check.err());

        Path after = report("na.md");
        String md = Files.readString(after);
        assertTrue(md.contains("**Let op:** de gegevens van deze sessie zijn buiten Beraad om gewijzigd"), md);
        assertTrue(md.contains(" data=changed "), md);
        Beraad.Run run = verify(after);
        assertEquals(1, run.code(), run.out());
        assertEquals("na.md is niet gewijzigd, maar het is gemaakt van gegevens die buiten Beraad om waren veranderd: het "
                + "komt niet overeen met het ondertekende logboek.", run.err().strip());
        // The report made before the change is still exactly what was signed.
        assertEquals(0, verify(before).code(), verify(before).err());
    }

    @Test
    void anotherInstallationChecksAReportWithThePublicKeyItIsGiven(@TempDir Path elsewhere) throws Exception {
        Path md = report("verslag.md");
        Beraad other = new Beraad(elsewhere);
        Files.createDirectories(other.db().getParent());
        Beraad.Run theirs = other.run("verify", md.toString());
        assertEquals(1, theirs.code(), theirs.out());
        assertTrue(theirs.err().contains(", niet met die van deze installatie ("), theirs.err());

        Path publicKey = beraad.db().resolveSibling("beraad.pub");
        assertTrue(Files.exists(publicKey), "the public key is kept beside the database");
        Beraad.Run given = other.run("verify", md.toString(), "--key", publicKey.toString());
        assertEquals(0, given.code(), given.err());
        Path notAKey = elsewhere.resolve("geen.pub");
        Files.writeString(notAKey, "hallo\n");
        Beraad.Run bad = other.run("verify", md.toString(), "--key", notAKey.toString());
        assertEquals(2, bad.code(), bad.out());
        assertTrue(bad.err().contains("geen.pub holds") || bad.err().contains("staat geen openbare sleutel"), bad.err());
    }

    @Test
    void aReportSignedWithAKeySinceLostStillVerifiesByThePublicKeyKeptUnderItsFingerprint() throws Exception {
        Path md = report("verslag.md");
        Path key = beraad.db().resolveSibling("beraad.key");
        String fingerprint = beraad.run("keys").out().lines().filter(l -> l.startsWith("Vingerafdruk: ")).findFirst()
                .orElseThrow().substring("Vingerafdruk: ".length());
        Files.delete(key); // the private key lost; the next use makes a new one
        Beraad.Run keys = beraad.run("keys");
        assertEquals(0, keys.code(), keys.err());
        assertTrue(!keys.out().contains(fingerprint), "a new key: " + keys.out());
        assertTrue(Files.exists(key.resolveSibling("beraad-" + fingerprint + ".pub")), "the old public key is kept");
        Beraad.Run run = verify(md);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("sleutel " + fingerprint + ")"), run.out());
        Beraad.Run session = beraad.run("verify", "1");
        assertEquals(0, session.code(), session.err());
        assertTrue(session.out().contains("ondertekend met sleutel " + fingerprint + " (een eerdere sleutel van deze "
                + "installatie"), session.out());
    }

    @Test
    void aReportOfAMeetingNotFinishedIsNoSignedRecord(@TempDir Path other) throws Exception {
        Beraad open = new Beraad(other);
        assertEquals(0, open.withInput("deelnemer Anouk\nstem Anouk 2\n", "start", "--set", "scp-dilemmas-2022",
                "--plain").code());
        Path file = other.resolve("concept.md");
        assertEquals(0, open.run("report", "1", "-o", file.toString()).code());
        assertTrue(Files.readString(file).contains("De sessie is nog niet afgerond en dus nog niet ondertekend."));
        Beraad.Run run = open.run("verify", file.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().startsWith("concept.md is niet gewijzigd en gemaakt van het logboek tot vermelding "), run.err());
        Beraad.Run missing = open.run("verify", other.resolve("weg.md").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("weg.md bestaat niet"), missing.err());
    }
}
