package nl.beraad.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.beraad.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds that the QR code phones join with decodes, as a phone camera reads it, to the address shown:
 * drawn into Lanterna's virtual terminal, read back cell by cell with its colours, shown as a dark-
 * or a light-themed terminal would show it, and decoded by ZXing; and likewise line mode's text form.
 */
class QrBlockTest {
    private static final String ADDRESS = "http://192.168.1.23:8421/";
    private static final String IPV6 = "http://[2001:db8:85a3:8d3:1319:8a2e:370:7348]:8421/";
    private static final String LONG_HOST = "http://beraad-vergaderzaal-raadhuis.gemeente-voorbeeld.local:8421/";
    /** Where the page draws the code: columns left of it hold the address in text. */
    private static final int CODE_COLUMN = 36;
    private static final int CODE_ROW = 2;
    /** Pixels per half cell in the decoded picture (a half cell is one module at the smallest size). */
    private static final int PIXELS = 4;

    /** How a terminal shows the colour "default": a dark theme (a projector profile, most SSH setups) or a light one. */
    enum Theme { DARK, LIGHT }

    /** A character cell as the terminal shows it: its glyph and colours, reverse video already applied. */
    record Shown(String glyph, TextColor foreground, TextColor background) {
    }

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
        assertEquals(address, decode(halves(drawn.cells(), Theme.DARK), name + "-dark"));
        assertEquals(address, decode(halves(drawn.cells(), Theme.LIGHT), name + "-light"));
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
        assertNull(decode(halves(cells, Theme.DARK), "swapped-dark"));
        assertNull(decode(halves(cells, Theme.LIGHT), "swapped-light"));
    }

    @Test
    void theCheckFailsWhenTheLightIsLeftToTheTerminalsDefaultOnADarkTheme() throws IOException {
        Drawn drawn = page(80, 24, ADDRESS);
        Shown[][] cells = copy(drawn.cells());
        forEachCodeCell(drawn.block(), (r, c) -> {
            Shown cell = cells[r][c];
            cells[r][c] = new Shown(cell.glyph(), defaultIfLight(cell.foreground()), defaultIfLight(cell.background()));
        });
        assertNull(decode(halves(cells, Theme.DARK), "default-dark"));
    }

    private static TextColor defaultIfLight(TextColor colour) {
        return colour == QrBlock.LIGHT ? TextColor.ANSI.DEFAULT : colour;
    }

    @Test
    void theCheckFailsWhenTheQuietZoneIsDroppedOnADarkTheme() throws IOException {
        Drawn drawn = page(80, 24, ADDRESS);
        QrBlock block = drawn.block();
        boolean[][] light = halves(drawn.cells(), Theme.DARK);
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
        assertNull(decode(light, "no-quiet-zone-dark"));
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
        Shown[][] cells = printed(lines);
        assertEquals(ADDRESS, decode(halves(cells, Theme.DARK), "line-colours-dark"));
        assertEquals(ADDRESS, decode(halves(cells, Theme.LIGHT), "line-colours-light"));
        Shown[][] long6 = printed(QrBlock.lines(IPV6, true));
        assertEquals(IPV6, decode(halves(long6, Theme.DARK), "line-colours-ipv6-dark"));
    }

    @Test
    void lineModesPlainFormIsInkOnPaperWithoutAnyEscape() {
        List<String> lines = QrBlock.lines(LONG_HOST, false);
        lines.forEach(line -> assertTrue(line.chars().allMatch(ch -> ch >= ' ' && ch != 0x7f), line));
        assertEquals(LONG_HOST, decode(halves(printed(lines), Theme.LIGHT), "line-plain-paper"));
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
        Shown[][] cells = new Shown[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                cells[r][c] = shown(terminal.getCharacter(c, r));
            }
        }
        screen.stopScreen();
        return new Drawn(cells, block);
    }

    private static Shown shown(TextCharacter ch) {
        boolean reverse = ch.getModifiers().contains(SGR.REVERSE);
        return new Shown(ch.getCharacterString(), reverse ? ch.getBackgroundColor() : ch.getForegroundColor(),
                reverse ? ch.getForegroundColor() : ch.getBackgroundColor());
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

    private static final TextColor.ANSI[] NORMAL = {TextColor.ANSI.BLACK, TextColor.ANSI.RED, TextColor.ANSI.GREEN,
        TextColor.ANSI.YELLOW, TextColor.ANSI.BLUE, TextColor.ANSI.MAGENTA, TextColor.ANSI.CYAN, TextColor.ANSI.WHITE};
    private static final TextColor.ANSI[] BRIGHT = {TextColor.ANSI.BLACK_BRIGHT, TextColor.ANSI.RED_BRIGHT,
        TextColor.ANSI.GREEN_BRIGHT, TextColor.ANSI.YELLOW_BRIGHT, TextColor.ANSI.BLUE_BRIGHT,
        TextColor.ANSI.MAGENTA_BRIGHT, TextColor.ANSI.CYAN_BRIGHT, TextColor.ANSI.WHITE_BRIGHT};
    private static final Pattern SGR_SEQUENCE = Pattern.compile("\u001b\\[([0-9;]*)m");

    /**
     * Line mode's lines as a terminal shows them after printing: in the terminal's default colours
     * until an SGR sequence sets others, with a margin of the terminal's own background around them.
     */
    private static Shown[][] printed(List<String> lines) {
        int margin = 3;
        List<List<Shown>> rows = new ArrayList<>();
        int width = 0;
        for (String line : lines) {
            List<Shown> row = new ArrayList<>();
            TextColor fg = TextColor.ANSI.DEFAULT;
            TextColor bg = TextColor.ANSI.DEFAULT;
            Matcher m = SGR_SEQUENCE.matcher(line);
            int at = 0;
            while (at < line.length()) {
                if (m.find(at) && m.start() == at) {
                    for (String p : m.group(1).isEmpty() ? new String[] {"0"} : m.group(1).split(";")) {
                        int code = Integer.parseInt(p);
                        if (code == 0) {
                            fg = TextColor.ANSI.DEFAULT;
                            bg = TextColor.ANSI.DEFAULT;
                        } else if (code >= 30 && code <= 37) {
                            fg = NORMAL[code - 30];
                        } else if (code >= 90 && code <= 97) {
                            fg = BRIGHT[code - 90];
                        } else if (code >= 40 && code <= 47) {
                            bg = NORMAL[code - 40];
                        } else if (code >= 100 && code <= 107) {
                            bg = BRIGHT[code - 100];
                        } else {
                            throw new AssertionError("unexpected SGR " + code + " in " + line);
                        }
                    }
                    at = m.end();
                } else {
                    row.add(new Shown(String.valueOf(line.charAt(at++)), fg, bg));
                }
            }
            assertEquals(TextColor.ANSI.DEFAULT, bg, "each line ends in the terminal's own colours");
            rows.add(row);
            width = Math.max(width, row.size());
        }
        Shown blank = new Shown(" ", TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);
        Shown[][] cells = new Shown[rows.size() + 2 * margin][width + 2 * margin];
        for (Shown[] row : cells) {
            java.util.Arrays.fill(row, blank);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                cells[margin + r][margin + c] = rows.get(r).get(c);
            }
        }
        return cells;
    }

    /**
     * Whether each half cell looks light: ▀ ▄ █ split a cell into a foreground and a background half;
     * any other glyph is taken as its background (a letter's thin strokes are not a module).
     */
    private static boolean[][] halves(Shown[][] cells, Theme theme) {
        boolean[][] light = new boolean[2 * cells.length][cells[0].length];
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                Shown cell = cells[r][c];
                boolean fg = light(cell.foreground(), false, theme);
                boolean bg = light(cell.background(), true, theme);
                switch (cell.glyph()) {
                    case "▀" -> {
                        light[2 * r][c] = fg;
                        light[2 * r + 1][c] = bg;
                    }
                    case "▄" -> {
                        light[2 * r][c] = bg;
                        light[2 * r + 1][c] = fg;
                    }
                    case "█" -> {
                        light[2 * r][c] = fg;
                        light[2 * r + 1][c] = fg;
                    }
                    default -> {
                        light[2 * r][c] = bg;
                        light[2 * r + 1][c] = bg;
                    }
                }
            }
        }
        return light;
    }

    private static boolean light(TextColor colour, boolean background, Theme theme) {
        if (colour == TextColor.ANSI.DEFAULT) {
            // A dark theme: light text on a dark background; a light theme the other way round.
            return background == (theme == Theme.LIGHT);
        }
        Color rgb = colour.toColor();
        return 0.299 * rgb.getRed() + 0.587 * rgb.getGreen() + 0.114 * rgb.getBlue() > 128;
    }

    /** The half cells as a picture, decoded by ZXing as a phone would; null when it finds no code. */
    private static String decode(boolean[][] light, String name) {
        int width = light[0].length * PIXELS;
        int height = light.length * PIXELS;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, light[y / PIXELS][x / PIXELS] ? 0xFFFFFF : 0x000000);
            }
        }
        save(image, name);
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            return null;
        }
    }

    /** Keeps the picture in target/qr-test, to look at when a check fails. */
    private static void save(BufferedImage image, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "qr-test"));
            ImageIO.write(image, "png", dir.resolve(name.replaceAll("[^A-Za-z0-9.-]", "_") + ".png").toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
