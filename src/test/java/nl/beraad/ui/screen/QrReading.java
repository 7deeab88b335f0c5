package nl.beraad.ui.screen;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Reads a QR code off a terminal as a phone camera would: the cells with their colours, shown as a
 * dark- or a light-themed terminal shows its default colours, made into a picture and decoded by
 * ZXing. For the virtual terminal ({@link #cells}, e.g. with ScreenDriver::at) and for text printed
 * with ANSI colours ({@link #printed}).
 */
final class QrReading {
    /** Pixels per half cell in the picture (a half cell is one module at the smallest size). */
    private static final int PIXELS = 4;

    private QrReading() {
    }

    /** How a terminal shows the colour "default": a dark theme (a projector profile, most SSH setups) or a light one. */
    enum Theme { DARK, LIGHT }

    /** A character cell as the terminal shows it: its glyph and colours, reverse video already applied. */
    record Shown(String glyph, TextColor foreground, TextColor background) {
        static final Shown BLANK = new Shown(" ", TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);
    }

    /** Where a terminal's cells come from: the virtual terminal, or a ScreenDriver. */
    interface Cells {
        TextCharacter at(int column, int row);
    }

    /** The decoded text of the code on this screen, or null when ZXing finds none. */
    static String decode(Shown[][] cells, Theme theme, String name) {
        return decode(halves(cells, theme), name);
    }

    /** Every cell of a screen of this size, as shown. */
    static Shown[][] cells(int columns, int rows, Cells screen) {
        Shown[][] cells = new Shown[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                TextCharacter ch = screen.at(c, r);
                boolean reverse = ch.getModifiers().contains(SGR.REVERSE);
                cells[r][c] = new Shown(ch.getCharacterString(), reverse ? ch.getBackgroundColor() : ch.getForegroundColor(),
                        reverse ? ch.getForegroundColor() : ch.getBackgroundColor());
            }
        }
        return cells;
    }

    private static final TextColor.ANSI[] NORMAL = {TextColor.ANSI.BLACK, TextColor.ANSI.RED, TextColor.ANSI.GREEN,
        TextColor.ANSI.YELLOW, TextColor.ANSI.BLUE, TextColor.ANSI.MAGENTA, TextColor.ANSI.CYAN, TextColor.ANSI.WHITE};
    private static final TextColor.ANSI[] BRIGHT = {TextColor.ANSI.BLACK_BRIGHT, TextColor.ANSI.RED_BRIGHT,
        TextColor.ANSI.GREEN_BRIGHT, TextColor.ANSI.YELLOW_BRIGHT, TextColor.ANSI.BLUE_BRIGHT,
        TextColor.ANSI.MAGENTA_BRIGHT, TextColor.ANSI.CYAN_BRIGHT, TextColor.ANSI.WHITE_BRIGHT};
    private static final Pattern SGR_SEQUENCE = Pattern.compile("\u001b\\[([0-9;]*)m");

    /**
     * Lines of text as a terminal shows them once printed: in its default colours until an SGR
     * sequence sets others (a setting lasts across lines, as on a terminal), with a margin of the
     * terminal's own background around them.
     */
    static Shown[][] printed(List<String> lines) {
        int margin = 3;
        List<List<Shown>> rows = new ArrayList<>();
        int width = 0;
        TextColor fg = TextColor.ANSI.DEFAULT;
        TextColor bg = TextColor.ANSI.DEFAULT;
        boolean reverse = false;
        for (String line : lines) {
            List<Shown> row = new ArrayList<>();
            Matcher m = SGR_SEQUENCE.matcher(line);
            int at = 0;
            while (at < line.length()) {
                if (!m.find(at) || m.start() != at) {
                    row.add(new Shown(String.valueOf(line.charAt(at++)), reverse ? bg : fg, reverse ? fg : bg));
                    continue;
                }
                for (String p : m.group(1).isEmpty() ? new String[] {"0"} : m.group(1).split(";")) {
                    int code = Integer.parseInt(p);
                    if (code == 0) {
                        fg = TextColor.ANSI.DEFAULT;
                        bg = TextColor.ANSI.DEFAULT;
                        reverse = false;
                    } else if (code == 7 || code == 27) {
                        reverse = code == 7;
                    } else if (code == 39 || code == 49) {
                        fg = code == 39 ? TextColor.ANSI.DEFAULT : fg;
                        bg = code == 49 ? TextColor.ANSI.DEFAULT : bg;
                    } else if (code >= 30 && code <= 37 || code >= 90 && code <= 97) {
                        fg = code < 90 ? NORMAL[code - 30] : BRIGHT[code - 90];
                    } else if (code >= 40 && code <= 47 || code >= 100 && code <= 107) {
                        bg = code < 100 ? NORMAL[code - 40] : BRIGHT[code - 100];
                    } else {
                        throw new AssertionError("unexpected SGR " + code + " in " + line);
                    }
                }
                at = m.end();
            }
            rows.add(row);
            width = Math.max(width, row.size());
        }
        Shown[][] cells = new Shown[rows.size() + 2 * margin][width + 2 * margin];
        for (Shown[] row : cells) {
            Arrays.fill(row, Shown.BLANK);
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
    static boolean[][] halves(Shown[][] cells, Theme theme) {
        boolean[][] light = new boolean[2 * cells.length][cells[0].length];
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                Shown cell = cells[r][c];
                boolean fg = light(cell.foreground(), false, theme);
                boolean bg = light(cell.background(), true, theme);
                light[2 * r][c] = switch (cell.glyph()) {
                    case "▀", "█" -> fg;
                    default -> bg;
                };
                light[2 * r + 1][c] = switch (cell.glyph()) {
                    case "▄", "█" -> fg;
                    default -> bg;
                };
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

    /**
     * The half cells as a picture, decoded by ZXing as a phone would (trying hard, but not trying the
     * inverted picture); null when it finds no code. The picture is kept in target/qr-test under
     * {@code name}, to look at when a check fails.
     */
    static String decode(boolean[][] light, String name) {
        int width = light[0].length * PIXELS;
        int height = light.length * PIXELS;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, light[y / PIXELS][x / PIXELS] ? 0xFFFFFF : 0x000000);
            }
        }
        save(image, name);
        return nl.beraad.support.QrCodes.read(image).orElse(null);
    }

    private static void save(BufferedImage image, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "qr-test"));
            ImageIO.write(image, "png", dir.resolve(name.replaceAll("[^A-Za-z0-9.-]", "_") + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
