package nl.beraad.ui.screen;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import nl.beraad.domain.CleanText;
import nl.beraad.text.TextWrap;

/**
 * Where a page draws: text clipped to the window, paragraphs wrapped at word boundaries, and a
 * title and key bar that stand out with or without colour.
 */
public final class Canvas {
    /** Left and right margin of the body text. */
    static final int MARGIN = 2;

    private final TextGraphics g;
    private final TerminalSize size;
    private TerminalPosition cursor;

    Canvas(TextGraphics g, TerminalSize size) {
        this.g = g;
        this.size = size;
    }

    public int width() {
        return size.getColumns();
    }

    public int height() {
        return size.getRows();
    }

    /** The last row body text may use: above the two status rows and the key bar. */
    public int bottom() {
        return height() - 4;
    }

    /** Puts the terminal's cursor here (where typing goes); without a call it stays hidden. */
    public void cursor(int col, int row) {
        if (col >= 0 && row >= 0 && col < width() && row < height()) {
            cursor = new TerminalPosition(col, row);
        }
    }

    /** Where the page put the cursor, or null when it is hidden. */
    TerminalPosition cursor() {
        return cursor;
    }

    /** Text at a position, cut off at the right edge. */
    public void text(int col, int row, String text) {
        if (row < 0 || row >= height() || col >= width()) {
            return;
        }
        g.putString(col, row, clip(shown(text), width() - col));
    }

    public void bold(int col, int row, String text) {
        g.enableModifiers(SGR.BOLD);
        text(col, row, text);
        g.disableModifiers(SGR.BOLD);
    }

    /** A row of a list: in bold when it is the chosen one, so the choice reads without colour. */
    public void row(int col, int row, String text, boolean chosen) {
        if (chosen) {
            bold(col, row, text);
        } else {
            text(col, row, text);
        }
    }

    /**
     * A full-width line, the title bar at the top and the key bar at the bottom: white on blue where
     * the terminal has colour, and because that is reverse video of blue on white, plain reverse
     * video where it has none (vt100). White on blue keeps a strong contrast for every kind of
     * colour blindness and on a pale projector; no meaning anywhere rests on colour alone.
     */
    public void bar(int row, String text) {
        g.setForegroundColor(TextColor.ANSI.BLUE);
        g.setBackgroundColor(TextColor.ANSI.WHITE);
        g.enableModifiers(SGR.REVERSE);
        g.putString(0, row, pad(" " + shown(text), width()));
        g.disableModifiers(SGR.REVERSE);
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
    }

    /**
     * One character cell in these colours instead of the terminal's own: a QR code must stay dark on
     * light under a dark theme or on a projector, so it never leaves a colour to the terminal.
     */
    void cell(int col, int row, char c, TextColor foreground, TextColor background) {
        if (col < 0 || row < 0 || col >= width() || row >= height()) {
            return;
        }
        g.setForegroundColor(foreground);
        g.setBackgroundColor(background);
        g.setCharacter(col, row, c);
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
    }

    /** Writes text wrapped to {@code wrapWidth}; returns the next free row. Rows beyond the body are dropped. */
    public int paragraph(int col, int row, int wrapWidth, String text, String indent) {
        for (String line : TextWrap.lines(text, wrapWidth, indent)) {
            if (row > bottom()) {
                return row;
            }
            text(col, row++, line);
        }
        return row;
    }

    /** A frame with a title, for overlays such as the help. */
    public void box(int col, int row, int boxWidth, int boxHeight, String title) {
        g.fillRectangle(new TerminalPosition(col, row), new TerminalSize(boxWidth, boxHeight), ' ');
        String horizontal = "-".repeat(Math.max(0, boxWidth - 2));
        text(col, row, "+" + horizontal + "+");
        text(col, row + boxHeight - 1, "+" + horizontal + "+");
        for (int r = row + 1; r < row + boxHeight - 1; r++) {
            text(col, r, "|");
            text(col + boxWidth - 1, r, "|");
        }
        bold(col + 2, row, " " + title + " ");
    }

    /**
     * Lanterna refuses a control character with an exception, which would end the meeting screen,
     * and interprets a CSI sequence as colours: whatever the database holds is drawn visibly instead.
     */
    private static String shown(String text) {
        return CleanText.visible(text);
    }

    /**
     * A title bar's text in {@code room} columns. Titles end in what the facilitator steers by (the
     * round's progress, the discussion's clock) after a last " · "; when the whole does not fit,
     * that part stays whole and what stands before it is cut.
     */
    static String fitTitle(String title, int room) {
        int last = title.lastIndexOf(" · ");
        if (title.length() <= room || last < 0) {
            return clip(title, room);
        }
        String status = title.substring(last);
        int before = room - status.length();
        return before < MIN_TITLE_LEAD ? clip(title, room) : clip(title.substring(0, last), before) + status;
    }

    /** Below this many columns for what precedes the status, the title is cut at its end as any text. */
    private static final int MIN_TITLE_LEAD = 12;

    static String clip(String text, int room) {
        if (room <= 0) {
            return "";
        }
        return text.length() <= room ? text : text.substring(0, Math.max(0, room - 1)) + "…";
    }

    static String pad(String text, int width) {
        String clipped = clip(text, width);
        return clipped + " ".repeat(Math.max(0, width - clipped.length()));
    }
}
