package nl.beraad.ui.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import nl.beraad.support.Keyboard;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A paste into line mode on a terminal that JLine draws on (an xterm of 80x24 here, as over SSH),
 * where the line is redrawn after each character: a megabyte on one line arrives in seconds, cut
 * just past the longest line a command may be so that it is refused as too long, and the line
 * after it is read as typed. Before, every character redrew the growing line: 20,000 characters
 * took 9 s, a megabyte hours. The bound is generous; it only catches that.
 */
@Timeout(60)
class PasteTest {

    private static Terminal xterm(String input) throws Exception {
        return Keyboard.xterm(input);
    }

    @Test
    void aMegabytePastedOnOneLineIsReadInSecondsAndCutPastTheLongestLine() throws Exception {
        try (Terminal terminal = xterm("argument A Anouk: " + "x".repeat(1_000_000) + "\ndeelnemers\n")) {
            LineReader reader = LineTerminals.reader(terminal, null);

            String pasted = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> reader.readLine("> "));
            String next = reader.readLine("> ");

            assertEquals(LineSession.MAX_LINE + 1, pasted.length());
            assertEquals("deelnemers", next);
        }
    }

    @Test
    void textTypedOrPastedWithinTheLimitArrivesWhole() throws Exception {
        String line = "argument A José Öztürk: één twee, drie! " + "woord ".repeat(600);
        try (Terminal terminal = xterm(line + "\nvolgende\n")) {
            LineReader reader = LineTerminals.reader(terminal, null);

            assertEquals(line, reader.readLine("> "));
            assertEquals("volgende", reader.readLine("> "));
        }
    }

    @Test
    void aBracketedPasteAsTerminalEmulatorsSendItIsReadInBlocks() throws Exception {
        // What xterm, GNOME Terminal or iTerm send for a paste once JLine has asked for bracketed paste.
        String paste = "\u001b[200~argument A Anouk: " + "x".repeat(1_000_000) + "\u001b[201~";
        try (Terminal terminal = xterm(paste + "\ndeelnemers\n")) {
            LineReader reader = LineTerminals.reader(terminal, null);

            long start = System.nanoTime();
            String pasted = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> reader.readLine("> "));
            long millis = (System.nanoTime() - start) / 1_000_000;
            String next = reader.readLine("> ");

            assertEquals(LineSession.MAX_LINE + 1, pasted.length(), "cut past the longest line after " + millis + " ms");
            assertEquals("argument A Anouk: xxx", pasted.substring(0, 21));
            assertEquals("deelnemers", next);
        }
    }

    @Test
    void aBracketedPasteKeepsItsTextAndWhatFollowsIsTypedAfterIt() throws Exception {
        try (Terminal terminal = xterm("stem \u001b[200~Anouk 2\u001b[201~\nvolgende\n")) {
            LineReader reader = LineTerminals.reader(terminal, null);

            assertEquals("stem Anouk 2", reader.readLine("> "));
            assertEquals("volgende", reader.readLine("> "));
        }
    }
}
