package nl.beraad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
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
    void anErrorPicocliPhrasesOtherwisePassesThroughUnchanged() {
        assertEquals("Something new from picocli", UsageErrors.text(Messages.forLanguage("nl"), "Something new from picocli"));
    }

    private static void assertUsage(Beraad.Run run, String sentence) {
        assertEquals(2, run.code(), run.err());
        assertEquals(sentence, run.err().strip());
    }
}
