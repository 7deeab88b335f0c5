package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import nl.beraad.app.SessionService;
import nl.beraad.content.SetDirectory;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.support.Beraad;
import nl.beraad.support.TwoSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** 'beraad compare' as a clerk runs it: to the screen or a file, in Dutch or English, one sentence when it cannot. */
@Timeout(60)
class CompareTest {
    @TempDir
    Path dir;
    Beraad beraad;

    @BeforeEach
    void twoSessions() {
        beraad = new Beraad(dir);
        TwoSessions.build(beraad.db(), "Geen eigen kracht zonder steun.");
    }

    @Test
    void comparesTwoSessionsOnStandardOutput() {
        Beraad.Run run = beraad.run("compare", "1", "2");

        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith(
                "# Vergelijking: Adviesraad over de SCP-dilemma's en Raadsleden over de SCP-dilemma's\n"), run.out());
        assertTrue(run.out().contains("| Overeenstemming | 0,47 (overeenstemming) | 0,48 (overeenstemming) |\n"),
                run.out());
        assertTrue(run.out().contains("**Gemeenteraad:** Geen eigen kracht zonder steun.\n"), run.out());
    }

    @Test
    void writesTheComparisonToAFileAndSaysSoOnStandardError() throws Exception {
        Path file = dir.resolve("uit/vergelijking.md");

        Beraad.Run run = beraad.run("compare", "2", "1", "-o", file.toString());

        assertEquals(0, run.code(), run.err());
        assertEquals("", run.out());
        assertEquals("Vergelijking geschreven: " + file + System.lineSeparator(), run.err());
        String md = Files.readString(file, StandardCharsets.UTF_8);
        // The first session given is the left column.
        assertTrue(md.contains("| Positie | Gemeenteraad | Adviesraad Sociaal Domein |\n"), md);
    }

    @Test
    void anUnknownSessionGivesOneSentenceAndExitCodeTwo() {
        Beraad.Run run = beraad.run("compare", "1", "9");

        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertEquals("Sessie 9 bestaat niet. Bekijk de sessies met: beraad sessions" + System.lineSeparator(),
                run.err());
    }

    @Test
    void sessionsOnDifferentSetsGiveOneSentenceAndExitCodeTwo() {
        try (Database database = Database.open(beraad.db())) {
            new SessionService(new JdbcSessionStore(database), new SetDirectory(Path.of("dilemmas").toAbsolutePath()),
                    Clock.systemUTC()).start("vng-2012", "Andere set");
        }

        Beraad.Run run = beraad.run("compare", "3", "1");

        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertEquals("Sessie 3 gaat over dilemmaset vng-2012 en sessie 1 over scp-dilemmas-2022; vergelijk alleen "
                + "twee sessies over dezelfde set." + System.lineSeparator(), run.err());
    }

    @Test
    void aMissingSecondSessionIsAUsageError() {
        Beraad.Run run = beraad.run("compare", "1");

        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void englishUi() {
        Beraad.Run run = beraad.run("compare", "1", "2", "--lang", "en");

        assertEquals(0, run.code(), run.err());
        String md = run.out();
        assertTrue(md.startsWith("# Comparison: Adviesraad over de SCP-dilemma's and Raadsleden over de SCP-dilemma's\n"),
                md);
        assertTrue(md.contains("| Session | 1: Adviesraad over de SCP-dilemma's | 2: Raadsleden over de SCP-dilemma's |\n"),
                md);
        assertTrue(md.contains("**Dilemma set:** "), md);
        assertTrue(md.contains("| Position | Adviesraad Sociaal Domein | Gemeenteraad |\n|---|---:|---:|\n| Round | 2 | 1 |\n"),
                md);
        assertTrue(md.contains("| 5 strongly B | 0 (0%) | 3 (30%) |\n| abstention | 0 (0%) | 1 (10%) |\n"
                + "| Median | A | B |\n| Agreement | 0.47 (agreement) | 0.48 (agreement) |\n"), md);
        assertTrue(md.contains("### Conclusions\n"), md);
        assertTrue(md.contains("| Round | not revealed | 1 |\n"), md);

        Beraad.Run unknown = beraad.run("compare", "1", "9", "--lang", "en");
        assertEquals(2, unknown.code());
        assertEquals("Session 9 does not exist. List the sessions with: beraad sessions" + System.lineSeparator(),
                unknown.err());
    }

    @Test
    void theHelpListsCompareWithDutchDescriptions() {
        Beraad.Run root = beraad.run("--help");
        Beraad.Run help = beraad.run("compare", "--help");

        assertEquals(0, help.code(), help.err());
        assertTrue(root.out().contains("compare"), root.out());
        assertTrue(help.out().contains("Zet twee sessies over dezelfde dilemmaset per item naast elkaar"), help.out());
        assertTrue(help.out().contains("Schrijf naar dit bestand in plaats van naar het scherm."), help.out());
    }
}
