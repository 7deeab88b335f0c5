package nl.beraad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.beraad.support.Beraad;
import nl.beraad.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors as people meet them on the command line: one Dutch sentence, exit 2. */
class UsageErrorsTest {
    @TempDir
    Path dir;

    @Test
    void aWrongValueAnUnknownOptionAMissingOrNonNumericSessionEachGetADutchSentence() {
        Beraad beraad = new Beraad(dir);
        assertUsage(beraad.run("report", "1", "--format", "pdf"),
                "Onbekende waarde 'pdf' voor --format; kies uit: md, html, csv, json. Zie: beraad report --help");
        assertUsage(beraad.run("report"), "Er ontbreekt iets: 'SESSIE'. Zie: beraad report --help");
        assertUsage(beraad.run("report", "abc"), "SESSIE moet een nummer zijn, niet 'abc'. Zie: beraad report --help");
    }

    @Test
    void aMistypedCommandOrAnArgumentTooManyIsSaidInDutchWithTheCommandsItMayHaveMeant() {
        Beraad beraad = new Beraad(dir);
        assertUsage(beraad.run("sesions"), "Dit hoort hier niet: 'sesions'. Bedoelt u sessions, sets of serve? Zie: beraad --help");
        assertUsage(beraad.run("report", "1", "extra"), "Dit hoort hier niet: 'extra'. Zie: beraad report --help");
        assertUsage(beraad.run("report", "1", "--formt", "md"),
                "Onbekende optie of opdracht: '--formt', 'md'. Bedoelt u --format? Zie: beraad report --help");
        assertUsage(beraad.run("--lang", "en", "sesions"),
                "Not expected here: 'sesions'. Did you mean sessions, sets or serve? See: beraad --help");
    }

    @Test
    void theUsageHelpSpeaksTheUiLanguageAndKeepsItsShape() {
        Beraad beraad = new Beraad(dir);
        Beraad.Run dutch = beraad.run("--help");
        assertEquals(0, dutch.code(), dutch.err());
        List<String> lines = dutch.out().lines().toList();
        assertEquals("Gebruik: beraad [-hV] [--debug] [--encrypt] [--db=PAD] [--lang=TAAL]", lines.get(0));
        assertEquals("                [--sets=MAP] [--tz=ZONE] [OPDRACHT]", lines.get(1));
        assertTrue(lines.contains("Opdrachten:"), dutch.out());
        assertFalse(dutch.out().contains("Usage") || dutch.out().contains("Commands") || dutch.out().contains("COMMAND"),
                dutch.out());

        Beraad.Run english = beraad.run("--lang", "en", "db", "--help");
        assertTrue(english.out().startsWith("Usage: beraad db [-h]"), english.out());
        assertTrue(english.out().lines().anyMatch(l -> l.equals("Commands:")), english.out());
        Beraad.Run noCommands = beraad.run("report", "--help");
        assertTrue(noCommands.out().startsWith("Gebruik: beraad report"), noCommands.out());
        assertFalse(noCommands.out().contains("Opdrachten:"), noCommands.out());
    }

    @Test
    void anErrorPicocliPhrasesOtherwisePassesThroughUnchanged() {
        assertEquals("Something new from picocli", UsageErrors.text(Messages.forLanguage("nl"), "Something new from picocli"));
    }

    private static void assertUsage(Beraad.Run run, String sentence) {
        assertEquals(2, run.code(), run.err());
        assertEquals(sentence, run.err().strip());
    }
}
