package nl.beraad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Holds that the writer under standard output shows controls visibly and passes everything else as it is. */
class TerminalSafeWriterTest {
    private final StringWriter target = new StringWriter();
    private final TerminalSafeWriter writer = new TerminalSafeWriter(target);

    @Test
    void ordinaryTextPassesUnchanged() throws IOException {
        String text = "# Verslag\r\n| a | b |\tZoë € \ud83d\udc4d\n";

        writer.write(text);

        assertEquals(text, target.toString());
    }

    @Test
    void controlsAreShownWhicheverWriteMethodCarriesThem() throws IOException {
        writer.write(0x1b);
        writer.write("]0;x\u0007 a\u009bb".toCharArray(), 0, 9);
        writer.write("--\u202e\u007f--", 2, 2);

        assertEquals("\u241b]0;x\u2407 a<U+009B>b<U+202E>\u2421", target.toString());
    }

    @Test
    void aPrintWriterOverItShowsControlsInPrintedArguments() {
        PrintWriter out = new PrintWriter(writer);

        out.printf("[%s]%n", "\u001b[2J");
        out.flush();

        assertEquals("[\u241b[2J]" + System.lineSeparator(), target.toString());
    }
}
