package nl.beraad.ui.screen;

import com.googlecode.lanterna.TextColor;
import io.nayuki.qrcodegen.DataTooLongException;
import io.nayuki.qrcodegen.QrCode;
import io.nayuki.qrcodegen.QrSegment;
import java.util.ArrayList;
import java.util.List;
import nl.beraad.text.Messages;

/** A QR code (the address phones join at) drawn in half blocks, explicitly black on white, sized to the room a page gives it. */
public final class QrBlock {
    /** The quiet zone the standard asks for, in modules; drawn wherever the room allows. */
    static final int FULL_QUIET = 4;
    /** The narrowest quiet zone drawn: phone cameras still find the code, and the terminal's own (perhaps dark) background stays off it. */
    static final int LEAST_QUIET = 2;
    /**
     * The error correction levels tried, most robust first. A screen has no dirt or folds, so a
     * larger module (fewer modules in the same room) counts for more than correction; M and L only,
     * and qrcodegen raises the level for free where the version chosen has room to spare.
     */
    private static final QrCode.Ecc[] LEVELS = {QrCode.Ecc.MEDIUM, QrCode.Ecc.LOW};
    /**
     * Line mode's colours as SGR sequences, by [dark foreground][dark background]: black (30, 40)
     * and bright white (97, 107), as {@link Colours} on the screen.
     */
    private static final String[][] SGR = {
        {"\u001b[97;107m", "\u001b[97;40m"},
        {"\u001b[30;107m", "\u001b[30;40m"},
    };
    private static final String SGR_RESET = "\u001b[0m";

    private final String text;
    /** Null when the room is too small for any code. */
    private final QrCode code;
    private final int quiet;
    /** Character columns per module (and half rows per module): 1 at 80x24, more in a large window. */
    private final int scale;
    private final int roomColumns;

    /** A number of character columns and rows. */
    public record Room(int columns, int rows) {
    }

    private QrBlock(String text, QrCode code, int quiet, int scale, int roomColumns) {
        this.text = text;
        this.code = code;
        this.quiet = quiet;
        this.scale = scale;
        this.roomColumns = roomColumns;
    }

    /**
     * The code for {@code text} in at most {@code columns} by {@code rows} character cells: the
     * largest modules that fit, then the widest quiet zone up to {@link #FULL_QUIET}, then the
     * highest error correction. {@link #fits()} says whether there was room at all (a text longer
     * than any QR code holds, 2,953 bytes, never fits). It encodes the text (1 to 4 ms once warm):
     * a page keeps the block and fits again only when its text or room changes.
     */
    public static QrBlock fit(String text, int columns, int rows) {
        QrBlock best = new QrBlock(text, null, 0, 0, columns);
        int side = Math.min(columns, 2 * rows);
        for (QrCode.Ecc level : LEVELS) {
            QrCode code = smallest(text, level, (side - 2 * LEAST_QUIET - 17) / 4);
            if (code == null) {
                continue;
            }
            int scale = side / (code.size + 2 * LEAST_QUIET);
            int quiet = FULL_QUIET;
            while ((code.size + 2 * quiet) * scale > side) {
                quiet--;
            }
            if (scale > best.scale || scale == best.scale && quiet > best.quiet) {
                best = new QrBlock(text, code, quiet, scale, columns);
            }
        }
        return best;
    }

    /** The code for line mode: one module per column and half row, the full quiet zone, error correction M. */
    private static QrBlock whole(String text) {
        QrCode code = QrCode.encodeSegments(QrSegment.makeSegments(text), LEVELS[0]);
        return new QrBlock(text, code, FULL_QUIET, 1, Integer.MAX_VALUE);
    }

    /**
     * The least room a code for {@code text} needs (smallest modules, the narrowest quiet zone,
     * error correction L); with less, {@link #draw} writes a sentence instead.
     *
     * @throws IllegalArgumentException when the text is longer than any QR code holds
     */
    public static Room needs(String text) {
        QrCode code = smallest(text, QrCode.Ecc.LOW, QrCode.MAX_VERSION);
        if (code == null) {
            throw new IllegalArgumentException("too long for a QR code: " + text.length() + " characters");
        }
        int side = code.size + 2 * LEAST_QUIET;
        return new Room(side, (side + 1) / 2);
    }

    /** The smallest code for the text at this level up to {@code maxVersion}, or null when none holds it. */
    private static QrCode smallest(String text, QrCode.Ecc level, int maxVersion) {
        if (maxVersion < QrCode.MIN_VERSION) {
            return null;
        }
        try {
            return QrCode.encodeSegments(QrSegment.makeSegments(text), level, QrCode.MIN_VERSION,
                    Math.min(maxVersion, QrCode.MAX_VERSION), -1, true);
        } catch (DataTooLongException e) {
            return null;
        }
    }

    /** Whether the room was large enough for the code. */
    public boolean fits() {
        return code != null;
    }

    /** The quiet zone drawn, in modules. */
    int quiet() {
        return quiet;
    }

    /** Character columns (and half rows) per module. */
    int scale() {
        return scale;
    }

    /** Character columns the code takes, its quiet zone included; 0 when it does not fit. */
    public int columns() {
        return fits() ? (code.size + 2 * quiet) * scale : 0;
    }

    /** Character rows the code takes, its quiet zone included; 0 when it does not fit. */
    public int rows() {
        return (columns() + 1) / 2;
    }

    /**
     * Draws the code with its top left corner here, or, when the room was too small, one sentence
     * saying how much room it needs, wrapped to the room's width. Returns the next free row.
     *
     * @throws IllegalArgumentException when the text is longer than any QR code holds
     */
    public int draw(Canvas canvas, int col, int row, Messages msg) {
        if (!fits()) {
            Room need = needs(text);
            return canvas.paragraph(col, row, roomColumns, msg.get("screen.qr.toosmall", need.columns(), need.rows()), "");
        }
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns(); c++) {
                Cell cell = cell(c, r);
                canvas.cell(col + c, row + r, cell.glyph(), colour(cell.darkForeground()), colour(cell.darkBackground()));
            }
        }
        return row + rows();
    }

    private static TextColor colour(boolean dark) {
        return dark ? Colours.DARK : Colours.LIGHT;
    }

    /**
     * Dark and light modules in these colours on every cell, never the terminal's default ones: a
     * dark-themed terminal or a projector profile would otherwise show the code light on dark, which
     * many phone cameras do not read. Bright white, not ANSI white (a light grey in many themes), for
     * the strongest contrast. A holder of their own, because Lanterna's colours load AWT's (some
     * 45 ms), which line mode's text form has no need of.
     */
    static final class Colours {
        static final TextColor DARK = TextColor.ANSI.BLACK;
        static final TextColor LIGHT = TextColor.ANSI.WHITE_BRIGHT;

        private Colours() {
        }
    }

    /**
     * The code as lines of text for line mode, with its full quiet zone. With {@code colours} (a
     * terminal) every cell carries explicit black and white as ANSI escape sequences, so it reads
     * dark on light under any theme; without (a pipe, a file, a dumb terminal) the block characters
     * are the ink and spaces the paper, as on a printed page. The escapes must reach the terminal
     * as they are: write the lines past the writer that makes control characters visible.
     */
    public static List<String> lines(String text, boolean colours) {
        QrBlock block = whole(text);
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < block.rows(); r++) {
            StringBuilder line = new StringBuilder();
            String sgr = "";
            for (int c = 0; c < block.columns(); c++) {
                if (colours) {
                    Cell cell = block.cell(c, r);
                    String wanted = SGR[cell.darkForeground() ? 1 : 0][cell.darkBackground() ? 1 : 0];
                    if (!wanted.equals(sgr)) {
                        line.append(wanted);
                        sgr = wanted;
                    }
                    line.append(cell.glyph());
                } else {
                    line.append(ink(block.dark(c, 2 * r), block.dark(c, 2 * r + 1)));
                }
            }
            lines.add(colours ? line.append(SGR_RESET).toString() : line.toString());
        }
        return lines;
    }

    /**
     * Whether line mode's output gets the coloured form: only on a terminal that can show colours,
     * decided as for the full screen (an interactive console whose TERM is set and not dumb).
     */
    public static boolean colours(boolean interactive, String term) {
        return ScreenTerminals.unavailable(interactive, term).isEmpty();
    }

    /** Whether the module under this character column and half row is dark; the quiet zone and beyond are light. */
    private boolean dark(int column, int halfRow) {
        // getModule answers false (light) outside the code, which makes the quiet zone.
        return code.getModule(Math.floorDiv(column, scale) - quiet, Math.floorDiv(halfRow, scale) - quiet);
    }

    /** A character cell: its glyph and whether its foreground and background are the dark colour. */
    private record Cell(char glyph, boolean darkForeground, boolean darkBackground) {
    }

    /**
     * The cell at this column and row. Two equal halves are a space in that background colour, not
     * a full block: a font whose █ leaves a gap between lines would otherwise stripe the dark areas.
     * Two different halves are an upper half block, foreground the top module, background the bottom.
     */
    private Cell cell(int column, int row) {
        boolean top = dark(column, 2 * row);
        boolean bottom = dark(column, 2 * row + 1);
        return top == bottom ? new Cell(' ', !top, top) : new Cell('▀', top, bottom);
    }

    /** The glyph that inks the dark halves of a cell on a light page. */
    private static char ink(boolean top, boolean bottom) {
        if (top) {
            return bottom ? '█' : '▀';
        }
        return bottom ? '▄' : ' ';
    }
}
