package nl.beraad.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Holds that text the screen draws shows control and bidi characters visibly instead of handing them to Lanterna. */
class CanvasTest {

    @Test
    void controlCharactersInTextAndBarsAreDrawnAsTheirStandIns() throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(40, 3));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Canvas canvas = new Canvas(screen.newTextGraphics(), screen.getTerminalSize());

        canvas.text(0, 0, "a\u001b]0;X\u0007b\u009bc");
        canvas.bar(1, "\u202ez\u007f");
        screen.refresh();

        assertEquals("a\u241b]0;X\u2407b<U+009B>c", row(screen, 0).strip());
        assertEquals("<U+202E>z\u2421", row(screen, 1).strip());
    }

    private static String row(TerminalScreen screen, int row) {
        StringBuilder out = new StringBuilder();
        for (int col = 0; col < screen.getTerminalSize().getColumns(); col++) {
            out.append(screen.getFrontCharacter(col, row).getCharacterString());
        }
        return out.toString();
    }

    @Test
    void aTitleThatDoesNotFitKeepsItsLastPartWhole() {
        String title = "Item 1/4 · Een heel lange titel van een item dat niet past · ronde 1: 3 van 7 gestemd";
        assertEquals(title, Canvas.fitTitle(title, 200));
        assertEquals("Item 1/4 · Een heel lange titel… · ronde 1: 3 van 7 gestemd", Canvas.fitTitle(title, 59));
        assertEquals("Gesprek · item 2: Prioriteren zonder ee… · ▶ 1:59", Canvas.fitTitle(
                "Gesprek · item 2: Prioriteren zonder een eind aan de wachtlijst · ▶ 1:59", 49));
        // Too narrow to keep anything before the status: cut at the end as any text.
        assertEquals("Item 1/4 · Een h…", Canvas.fitTitle(title, 17));
        assertEquals("Uitslag item 1: Eigen kr…", Canvas.fitTitle("Uitslag item 1: Eigen kracht en meer", 25));
    }
}
