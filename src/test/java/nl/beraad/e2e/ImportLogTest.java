package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.beraad.domain.SessionChecksum;
import nl.beraad.report.SessionFile;
import nl.beraad.support.Beraad;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export carries the session's log and the finish's signature, and {@code import} checks them
 * before it stores anything (issue 15): a position changed in the file, even with the checksum
 * made anew, is refused because the log records another; an entry changed breaks the chain; a
 * signature changed does not fit. A whole file, deleted argument and all, is read in.
 */
@Timeout(60)
class ImportLogTest {
    private Path dir;
    private Beraad laptop;
    private Beraad other;
    private String export;

    @BeforeEach
    void exported(@TempDir Path dir) throws Exception {
        this.dir = dir;
        laptop = new Beraad(dir.resolve("laptop"));
        Beraad.Run run = laptop.withInput(String.join("\n",
                "deelnemer Zoë Öztürk, Bram",
                "stem Zoë 1",
                "stem Bram 2",
                "onthul",
                "argument A Zoë: Eigen regie vraagt ondersteuning",
                "argument B Bram: Mijn schulden zijn privé",
                "wis 2 ja: op verzoek van Bram",
                "afronden") + "\n", "start", "--set", "scp-dilemmas-2022", "--plain");
        assertEquals(0, run.code(), run.err());
        Path file = dir.resolve("sessie.json");
        assertEquals(0, laptop.run("export", "1", "-o", file.toString()).code());
        export = Files.readString(file);
        other = new Beraad(dir.resolve("other"));
    }

    private Beraad.Run importing(String text) throws Exception {
        Path file = dir.resolve("in.json");
        Files.writeString(file, text);
        return other.run("import", file.toString());
    }

    /** The text with the checksum made anew for the data it now holds, as someone who knew the rule would. */
    private static String withChecksumFor(String text) {
        String checksum = SessionChecksum.of(SessionFile.read(text).record());
        return text.replaceFirst("\"checksum\": \"[0-9a-f]{64}\"", "\"checksum\": \"" + checksum + "\"");
    }

    @Test
    void aWholeExportIsReadInAndItsLogCameWithIt() throws Exception {
        assertTrue(export.contains("\"sessionLog\": {"), export);
        assertFalse(export.contains("Mijn schulden"), "a deleted argument's text is in no entry");
        Beraad.Run in = importing(export);
        assertEquals(0, in.code(), in.err());
        assertEquals(0, other.run("verify", "1").code());
    }

    @Test
    void aPositionChangedInTheFileWithANewChecksumIsRefusedByTheLog() throws Exception {
        String changed = withChecksumFor(export.replaceFirst("\"step\": 2", "\"step\": 5"));
        assertTrue(!changed.equals(export), "the position was changed");
        Beraad.Run in = importing(changed);
        assertEquals(2, in.code(), in.out());
        assertTrue(in.err().contains("wijken af van wat vermelding "), in.err());
        assertEquals(2, other.run("report", "1").code(), "nothing was stored");
    }

    @Test
    void anEntryChangedBreaksTheChainAndASignatureChangedDoesNotFit() throws Exception {
        String entry = export.replaceFirst("\"kind\": \"PARTICIPANT\"", "\"kind\": \"POSITION\"");
        Beraad.Run broken = importing(entry);
        assertEquals(2, broken.code(), broken.out());
        assertTrue(broken.err().contains("Het meegegeven logboek klopt niet meer vanaf vermelding "), broken.err());

        int at = export.indexOf("\"signature\": \"", export.indexOf("\"sessionLog\"")) + "\"signature\": \"".length();
        char c = export.charAt(at);
        String sealed = export.substring(0, at) + (c == 'A' ? 'B' : 'A') + export.substring(at + 1);
        Beraad.Run seal = importing(sealed);
        assertEquals(2, seal.code(), seal.out());
        assertTrue(seal.err().contains("De handtekening past niet bij het meegegeven logboek"), seal.err());
    }

    @Test
    void dbCopyLeavesASessionChangedOutsideBeraadWhereItIsAndSaysWhy() throws Exception {
        try (java.sql.Connection c = laptop.jdbc(); java.sql.Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("UPDATE vote SET position = '5' WHERE participant_id = "
                    + "(SELECT id FROM participant WHERE name = 'Bram')"));
        }
        Beraad.Run copy = laptop.run("db", "copy", "--from", laptop.db().toString(), "--to", other.db().toString());
        assertEquals(3, copy.code(), copy.out() + copy.err());
        assertTrue(copy.out().startsWith("Sessie 1 is niet gekopieerd: De gegevens wijken af van wat vermelding "),
                copy.out());
        assertTrue(copy.out().contains("0 gekopieerd, 0 stonden er al, 1 niet gekopieerd"), copy.out());
    }
}
