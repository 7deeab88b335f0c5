package nl.beraad.ui.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jline.reader.LineReader;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
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

    /**
     * An xterm whose keyboard sends {@code input} and then stays open, as a person's does (a stream
     * that ends would close JLine's terminal before the reader has drained it).
     */
    private static Terminal xterm(String input) throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keyboard, 64 * 1024);
        Thread typist = new Thread(() -> {
            try {
                keyboard.write(input.getBytes(StandardCharsets.UTF_8));
                keyboard.flush();
            } catch (IOException e) {
                // the test ended and closed the terminal
            }
        }, "typist");
        typist.setDaemon(true);
        typist.start();
        Terminal terminal = TerminalBuilder.builder().system(false).type("xterm").encoding(StandardCharsets.UTF_8)
                .streams(in, OutputStream.nullOutputStream()).build();
        terminal.setSize(new Size(80, 24));
        return terminal;
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
