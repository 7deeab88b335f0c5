package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import nl.beraad.support.Beraad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A database file that is damaged or not a database at all gets one sentence, and is left as it was. */
@Timeout(60)
class DatabaseErrorsTest {

    @Test
    void aDamagedDatabaseIsReportedAndLeftUntouched(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        byte[] garbage = new byte[20_000];
        new Random(7).nextBytes(garbage);
        Files.write(beraad.db(), garbage);

        Beraad.Run run = beraad.run("sessions");

        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("Het bestand " + beraad.db() + " is geen database van Beraad"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertArrayEquals(garbage, Files.readAllBytes(beraad.db()), "the damaged file must not be changed");
    }

    @Test
    void aTextFileGivenAsDatabaseIsReportedAndLeftUntouched(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        Files.writeString(beraad.db(), "notulen van vorige week\n");

        Beraad.Run run = beraad.run("report", "1");

        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("Het bestand " + beraad.db() + " is geen database van Beraad"), run.err());
        assertEquals("notulen van vorige week\n", Files.readString(beraad.db()));
    }

    @Test
    void aFolderThatCannotBeMadeIsOneSentence(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bestand");
        Files.writeString(file, "x");
        Beraad beraad = new Beraad(dir);
        Beraad.Run run = beraad.run("--db", file.resolve("sub/beraad").toString(), "sessions");
        assertEquals(1, run.code());
        assertEquals("De map " + file.resolve("sub") + " voor de database kan niet worden aangemaakt. "
                + "Kies een andere plek met --db.\n", run.err());
    }
}
