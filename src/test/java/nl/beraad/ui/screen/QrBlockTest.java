package nl.beraad.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.util.List;
import nl.beraad.text.Messages;
import nl.beraad.ui.screen.QrReading.Shown;
import nl.beraad.ui.screen.QrReading.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds that the QR code phones join with decodes, as a phone camera reads it, to the address shown:
 * drawn into Lanterna's virtual terminal, read back cell by cell with its colours, shown as a dark-
 * or a light-themed terminal would show it, and decoded by ZXing (QrReading); and likewise line
 * mode's text form. The checks can fail: swapped colours or a dropped quiet zone no longer decode.
 */
class QrBlockTest {
    private static final String ADDRESS = "http://192.168.1.23:8421/";
    private static final String IPV6 = "http://[2001:db8:85a3:8d3:1319:8a2e:370:7348]:8421/";
    private static final String LONG_HOST = "http://beraad-vergaderzaal-raadhuis.gemeente-voorbeeld.local:8421/";
    /** Where the page draws the code: columns left of it hold the address in text. */
    private static final int CODE_COLUMN = 36;
    private static final int CODE_ROW = 2;
    /** A page drawn on the virtual terminal: the cells as shown, and the block that was drawn. */
    record Drawn(Shown[][] cells, QrBlock block) {
    }

    @ParameterizedTest(name = "{0}x{1}: {2}")
    @CsvSource({
        "80, 24, " + ADDRESS,
        "80, 24, " + IPV6,
        "80, 24, " + LONG_HOST,
        "160, 50, " + ADDRESS,
        "160, 50, " + LONG_HOST,
        "100, 30, " + IPV6,
    })
    void theCodeBesideTheAddressDecodesToTheAddressUnderADarkAndALightTheme(int columns, int rows, String address)
            throws IOException {
        Drawn drawn = page(columns, rows, address);
        assertTrue(drawn.block().fits());
        // Within the body: below the title bar, above the status rows and the key bar.
        assertTrue(CODE_ROW + drawn.block().rows() - 1 <= rows - 4, "rows " + drawn.block().rows());
        for (int r = 0; r < drawn.block().rows(); r++) {
            for (int c = 0; c < drawn.block().columns(); c++) {
                Shown cell = drawn.cells()[CODE_ROW + r][CODE_COLUMN + c];
                assertTrue(explicit(cell.foreground()) && explicit(cell.background()), "cell " + c + "," + r + ": " + cell);
            }
        }
        String name = columns + "x" + rows + "-" + address.length();
        assertEquals(address, QrReading.decode(drawn.cells(), Theme.DARK, name + "-dark"));
        assertEquals(address, QrReading.decode(drawn.cells(), Theme.LIGHT, name + "-light"));
    }

    /** Black or bright white, never the terminal's default: only those read alike under every theme. */
    private static boolean explicit(TextColor colour) {
        return colour == TextColor.ANSI.BLACK || colour == TextColor.ANSI.WHITE_BRIGHT;
    }

    @Test
    void at80x24TheJoinAddressGetsTheFullQuietZoneInSeventeenRows() throws IOException {
        QrBlock block = page(80, 24, ADDRESS).block();
        assertEquals(4, block.quiet());
        assertEquals(1, block.scale());
        assertEquals(33, block.columns());
        assertEquals(17, block.rows());
        assertEquals(new QrBlock.Room(29, 15), QrBlock.needs(ADDRESS));
    }

    @Test
    void aLargerWindowGetsLargerModules() throws IOException {
        QrBlock block = page(160, 50, ADDRESS).block();
        assertEquals(3, block.scale());
        assertEquals(87, block.columns());
        assertEquals(44, block.rows());
    }

    @Test
    void theCheckFailsWhenTheColoursAreSwapped() throws IOException {
        Drawn drawn = page(80, 24, ADDRESS);
        Shown[][] cells = copy(drawn.cells());
        forEachCodeCell(drawn.block(), (r, c) -> {
            Shown cell = cells[r][c];
            cells[r][c] = new Shown(cell.glyph(), cell.background(), cell.foreground());
        });
        assertNull(QrReading.decode(cells, Theme.DARK, "swapped-dark"));
        assertNull(QrReading.decode(cells, Theme.LIGHT, "swapped-light"));
    }

    @Test
    void theCheckFailsWhenTheLightIsLeftToTheTerminalsDefaultOnADarkTheme() throws IOException {
        Drawn drawn = page(80, 24, ADDRESS);
        Shown[][] cells = copy(drawn.cells());
        forEachCodeCell(drawn.block(), (r, c) -> {
            Shown cell = cells[r][c];
            cells[r][c] = new Shown(cell.glyph(), defaultIfLight(cell.foreground()), defaultIfLight(cell.background()));
        });
        assertNull(QrReading.decode(cells, Theme.DARK, "default-dark"));
    }

    private static TextColor defaultIfLight(TextColor colour) {
        return colour == QrBlock.Colours.LIGHT ? TextColor.ANSI.DEFAULT : colour;
    }

    @Test
    void theCheckFailsWhenTheQuietZoneIsDroppedOnADarkTheme() throws IOException {
        Drawn drawn = page(80, 24, ADDRESS);
        QrBlock block = drawn.block();
        boolean[][] light = QrReading.halves(drawn.cells(), Theme.DARK);
        // The quiet zone's half cells shown as the terminal's own (dark) background, as if not drawn.
        int ring = block.quiet() * block.scale();
        int codeModules = block.columns() - 2 * ring;
        for (int h = 0; h < 2 * block.rows(); h++) {
            for (int c = 0; c < block.columns(); c++) {
                boolean inCode = h >= ring && h < ring + codeModules && c >= ring && c < ring + codeModules;
                if (!inCode) {
                    light[2 * CODE_ROW + h][CODE_COLUMN + c] = false;
                }
            }
        }
        assertNull(QrReading.decode(light, "no-quiet-zone-dark"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "nl, 'Te weinig ruimte voor de QR-code (29 kolommen bij 15 regels nodig): maak het venster groter, of typ het adres zelf in op de telefoon.'",
        "en, 'Too little room for the QR code (it needs 29 columns by 15 rows): make the window larger, or type the address into the phone instead.'",
    })
    void tooLittleRoomGetsOneSentenceSayingHowMuchItNeeds(String language, String sentence) throws IOException {
        QrBlock block = QrBlock.fit(ADDRESS, 40, 14);
        assertFalse(block.fits());
        assertEquals(0, block.rows());
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Canvas canvas = new Canvas(screen.newTextGraphics(), screen.getTerminalSize());
        int next = block.draw(canvas, CODE_COLUMN, CODE_ROW, Messages.forLanguage(language));
        screen.refresh();
        StringBuilder shown = new StringBuilder();
        for (int r = CODE_ROW; r < next; r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < 80; c++) {
                row.append(terminal.getCharacter(c, r).getCharacterString());
            }
            assertTrue(row.substring(0, CODE_COLUMN).isBlank() && row.substring(CODE_COLUMN + 40).isBlank(), row.toString());
            shown.append(shown.length() == 0 ? "" : " ").append(row.toString().strip());
        }
        screen.stopScreen();
        assertEquals(sentence, shown.toString());
    }

    @Test
    void lineModesColouredFormDecodesUnderADarkAndALightTheme() {
        List<String> lines = QrBlock.lines(ADDRESS, true);
        assertEquals(17, lines.size());
        lines.forEach(line -> assertTrue(line.endsWith("\u001b[0m"), "back to the terminal's own colours: " + line));
        Shown[][] cells = QrReading.printed(lines);
        assertEquals(ADDRESS, QrReading.decode(cells, Theme.DARK, "line-colours-dark"));
        assertEquals(ADDRESS, QrReading.decode(cells, Theme.LIGHT, "line-colours-light"));
        Shown[][] long6 = QrReading.printed(QrBlock.lines(IPV6, true));
        assertEquals(IPV6, QrReading.decode(long6, Theme.DARK, "line-colours-ipv6-dark"));
    }

    @Test
    void lineModesPlainFormIsInkOnPaperWithoutAnyEscape() {
        List<String> lines = QrBlock.lines(LONG_HOST, false);
        lines.forEach(line -> assertTrue(line.chars().allMatch(ch -> ch >= ' ' && ch != 0x7f), line));
        assertEquals(LONG_HOST, QrReading.decode(QrReading.printed(lines), Theme.LIGHT, "line-plain-paper"));
    }

    @Test
    void lineModeColoursOnlyOnATerminalThatShowsThem() {
        assertTrue(QrBlock.colours(true, "xterm-256color"));
        assertTrue(QrBlock.colours(true, "vt100"));
        assertFalse(QrBlock.colours(false, "xterm-256color"));
        assertFalse(QrBlock.colours(true, "dumb"));
        assertFalse(QrBlock.colours(true, ""));
        assertFalse(QrBlock.colours(true, null));
    }

    /** A phones page laid out at this size: title and key bars, the address in text, the code beside it. */
    private static Drawn page(int columns, int rows, String address) throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Canvas canvas = new Canvas(screen.newTextGraphics(), screen.getTerminalSize());
        canvas.bar(0, "Deelnemen met de telefoon");
        canvas.paragraph(Canvas.MARGIN, CODE_ROW, CODE_COLUMN - 2 * Canvas.MARGIN,
                "Scan de code, of open op de telefoon: " + address, "");
        canvas.bar(rows - 1, "Esc terug");
        QrBlock block = QrBlock.fit(address, columns - CODE_COLUMN - Canvas.MARGIN, canvas.bottom() - CODE_ROW + 1);
        block.draw(canvas, CODE_COLUMN, CODE_ROW, Messages.forLanguage("nl"));
        screen.refresh();
        Shown[][] cells = QrReading.cells(columns, rows, terminal::getCharacter);
        screen.stopScreen();
        return new Drawn(cells, block);
    }

    private interface CellAction {
        void at(int row, int column);
    }

    private static void forEachCodeCell(QrBlock block, CellAction action) {
        for (int r = 0; r < block.rows(); r++) {
            for (int c = 0; c < block.columns(); c++) {
                action.at(CODE_ROW + r, CODE_COLUMN + c);
            }
        }
    }

    private static Shown[][] copy(Shown[][] cells) {
        Shown[][] out = new Shown[cells.length][];
        for (int r = 0; r < cells.length; r++) {
            out[r] = cells[r].clone();
        }
        return out;
    }
}
