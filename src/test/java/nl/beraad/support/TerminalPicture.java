package nl.beraad.support;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminal;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A picture of what a virtual terminal shows, for the README: each cell in its colours, text in a
 * monospaced font, and the half and full blocks drawn as rectangles (so a QR code in the picture is
 * exact whatever fonts the machine has).
 */
public final class TerminalPicture {
    private static final int CELL_WIDTH = 10;
    private static final int CELL_HEIGHT = 20;
    private static final Color DEFAULT_FOREGROUND = new Color(0xE0, 0xE0, 0xE0);
    private static final Color DEFAULT_BACKGROUND = new Color(0x1E, 0x1E, 0x1E);

    private TerminalPicture() {
    }

    /** Writes the terminal's screen as a PNG. */
    public static void write(VirtualTerminal terminal, Path png) throws IOException {
        TerminalSize size = terminal.getTerminalSize();
        BufferedImage image = new BufferedImage(size.getColumns() * CELL_WIDTH, size.getRows() * CELL_HEIGHT,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 16));
        int baseline = CELL_HEIGHT - g.getFontMetrics().getDescent() - 2;
        for (int row = 0; row < size.getRows(); row++) {
            for (int column = 0; column < size.getColumns(); column++) {
                TextCharacter cell = terminal.getCharacter(column, row);
                Color fg = colour(cell.getForegroundColor(), DEFAULT_FOREGROUND);
                Color bg = colour(cell.getBackgroundColor(), DEFAULT_BACKGROUND);
                if (cell.isReversed()) {
                    Color swap = fg;
                    fg = bg;
                    bg = swap;
                }
                int x = column * CELL_WIDTH;
                int y = row * CELL_HEIGHT;
                g.setColor(bg);
                g.fillRect(x, y, CELL_WIDTH, CELL_HEIGHT);
                String text = cell.getCharacterString();
                g.setColor(fg);
                switch (text) {
                    case "█" -> g.fillRect(x, y, CELL_WIDTH, CELL_HEIGHT);
                    case "▀" -> g.fillRect(x, y, CELL_WIDTH, CELL_HEIGHT / 2);
                    case "▄" -> g.fillRect(x, y + CELL_HEIGHT / 2, CELL_WIDTH, CELL_HEIGHT / 2);
                    default -> {
                        if (!text.isBlank()) {
                            g.setFont(g.getFont().deriveFont(cell.isBold() ? Font.BOLD : Font.PLAIN));
                            g.drawString(text, x, y + baseline);
                        }
                    }
                }
            }
        }
        g.dispose();
        Files.createDirectories(png.toAbsolutePath().getParent());
        ImageIO.write(image, "png", png.toFile());
    }

    private static Color colour(TextColor colour, Color fallback) {
        return colour == null || colour == TextColor.ANSI.DEFAULT ? fallback : colour.toColor();
    }
}
