package nl.beraad.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;
import nl.beraad.domain.Argument;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.CleanText;

/**
 * Typed text with a cursor: one line (a name, a position, an argument) or several (a conclusion).
 * Letters (é and ë included) go in at the cursor; ← → Home End move it, ↑ ↓ move between the
 * rows as they are shown; Backspace and Delete remove. Control characters never get in. Text beyond
 * the field's maximum (a paste gone wrong) is refused: the rest is dropped, and the text is not
 * handed on until it has been edited.
 */
final class TextInput {
    private static final int MAX = Argument.MAX_LENGTH;
    /** The mark at the end of the text when the cursor is there, readable even where the cursor is hidden. */
    private static final String END_MARK = "_";

    private final boolean multiLine;
    private final int max;
    private final StringBuilder text = new StringBuilder();
    private int cursor;
    /** Whether typing ran past the maximum since the text was last cleared or edited. */
    private boolean overflow;
    /**
     * The refusal, made once and thrown for every key past the maximum: a paste of a million keys
     * keeps saying so without a million exceptions being built.
     */
    private BeraadException tooLong;
    /** The width the text was last drawn at, so ↑ and ↓ follow the rows a person sees. */
    private int shownWidth = 80;
    /** The first row shown of a multi-line text, kept between draws so the view does not jump. */
    private int top;
    /** Whether the text is drawn as stars: a secret position typed in view of the room. */
    private boolean masked;

    TextInput() {
        this(false, MAX);
    }

    /** One line of at most {@code max} characters. */
    TextInput(int max) {
        this(false, max);
    }

    private TextInput(boolean multiLine, int max) {
        this.multiLine = multiLine;
        this.max = max;
    }

    /** One line that is drawn as a star per character, so a position chosen in turn is not readable. */
    static TextInput masked() {
        TextInput input = new TextInput();
        input.masked = true;
        return input;
    }

    /** Text of several lines, Enter starting a new one, up to {@code max} characters. */
    static TextInput lines(int max) {
        return new TextInput(true, max);
    }

    /** True when the key changed the text. */
    boolean handle(KeyStroke key) {
        if (key.isAltDown()) {
            return false;
        }
        switch (key.getKeyType()) {
            case Character -> {
                char ch = key.getCharacter();
                return !key.isCtrlDown() && !Character.isISOControl(ch) && insert(ch);
            }
            case Enter -> {
                return multiLine && insert('\n');
            }
            case Backspace -> {
                if (cursor == 0) {
                    return false;
                }
                text.deleteCharAt(--cursor);
                overflow = false;
                return true;
            }
            case Delete -> {
                if (cursor == text.length()) {
                    return false;
                }
                text.deleteCharAt(cursor);
                overflow = false;
                return true;
            }
            case ArrowLeft -> cursor = Math.max(0, cursor - 1);
            case ArrowRight -> cursor = Math.min(text.length(), cursor + 1);
            case Home -> {
                List<Row> rows = rows(shownWidth);
                cursor = rows.get(rowOf(cursor, rows)).start();
            }
            case End -> {
                List<Row> rows = rows(shownWidth);
                cursor = last(rows, rowOf(cursor, rows));
            }
            case ArrowUp -> moveRows(-1);
            case ArrowDown -> moveRows(1);
            default -> {
                return false;
            }
        }
        return false;
    }

    private boolean insert(char ch) {
        if (text.length() >= max) {
            overflow = true;
            throw tooLong();
        }
        text.insert(cursor++, ch);
        return true;
    }

    /** Moves the cursor to the row above or below, keeping its column as far as that row allows. */
    private void moveRows(int delta) {
        List<Row> rows = rows(shownWidth);
        int r = rowOf(cursor, rows);
        int target = r + delta;
        if (!multiLine || target < 0 || target >= rows.size()) {
            return;
        }
        int column = cursor - rows.get(r).start();
        cursor = Math.min(rows.get(target).start() + column, last(rows, target));
    }

    /** The last cursor place in a row: before its line break or wrapping space; the text's end on the last row. */
    private static int last(List<Row> rows, int i) {
        Row row = rows.get(i);
        return i == rows.size() - 1 ? row.end() : row.end() - 1;
    }

    /**
     * The text as typed, one line, cleaned of anything that must not reach the terminal or the
     * database; refused while typing has run past the maximum, so a cut-off paste is never stored.
     */
    String value() {
        requireWhole();
        return shown();
    }

    /** The text as typed with its line breaks, for multi-line fields (the domain cleans it when stored). */
    String raw() {
        requireWhole();
        return text.toString();
    }

    /** The text cleaned for showing, whole or not. */
    String shown() {
        return CleanText.line(text.toString());
    }

    boolean isEmpty() {
        return shown().isEmpty();
    }

    void clear() {
        text.setLength(0);
        cursor = 0;
        top = 0;
        overflow = false;
    }

    /** Replaces the text, the cursor at its end (a field opened again to go on writing). */
    void set(String value) {
        clear();
        text.append(value, 0, Math.min(value.length(), max));
        cursor = text.length();
    }

    private void requireWhole() {
        if (overflow) {
            throw tooLong();
        }
    }

    private BeraadException tooLong() {
        if (tooLong == null) {
            tooLong = BeraadException.invalid("text.long", max);
        }
        return tooLong;
    }

    /** A label and, after it, the input, together {@code width} columns wide. */
    void drawField(Canvas c, int col, int row, int width, String label) {
        c.text(col, row, label);
        drawLine(c, col + label.length(), row, width - label.length());
    }

    /**
     * Draws one line of input from {@code col} over {@code width} columns and puts the cursor in it:
     * the part around the cursor when the text is longer than the field.
     */
    void drawLine(Canvas c, int col, int row, int width) {
        int room = Math.max(2, width);
        String shown = (masked ? "*".repeat(text.length()) : text) + (cursor == text.length() ? END_MARK : "");
        int start = 0;
        if (shown.length() > room) {
            // Keep the cursor in view, with "…" where text is cut off on the left.
            start = Math.max(0, Math.min(cursor - room + 2, shown.length() - room + 1));
        }
        String visible = start > 0 ? "…" + shown.substring(start + 1) : shown;
        c.text(col, row, Canvas.clip(visible, room));
        c.cursor(col + cursor - start, row);
    }

    /**
     * Draws the text as rows of {@code width} columns in {@code height} rows from ({@code col},
     * {@code row}); with {@code active}, the view follows the cursor and the cursor is placed.
     */
    void drawArea(Canvas c, int col, int row, int width, int height, boolean active) {
        shownWidth = Math.max(10, width);
        List<Row> rows = rows(shownWidth);
        int at = rowOf(cursor, rows);
        if (active) {
            top = Math.min(top, at);
            top = Math.max(top, at - height + 1);
        }
        top = Math.max(0, Math.min(top, rows.size() - 1));
        for (int i = top; i < rows.size() && i < top + height; i++) {
            Row r = rows.get(i);
            String line = text.substring(r.start(), r.end()).replace("\n", "");
            if (active && i == at && cursor == text.length()) {
                line += END_MARK;
            }
            c.text(col, row + i - top, line);
        }
        if (active) {
            c.cursor(col + cursor - rows.get(at).start(), row + at - top);
        }
    }

    /** A shown row: text offsets [start, end), its line break or wrapping space included. */
    private record Row(int start, int end) {
    }

    /** The text broken into rows: at line breaks, and at the last space that fits (mid-word if none). */
    private List<Row> rows(int width) {
        List<Row> rows = new ArrayList<>();
        int room = Math.max(2, multiLine ? width - 1 : Integer.MAX_VALUE - 1);
        int start = 0;
        int length = text.length();
        while (true) {
            int newline = text.indexOf("\n", start);
            int paragraphEnd = newline < 0 ? length : newline;
            if (paragraphEnd - start <= room) {
                int end = newline < 0 ? length : newline + 1;
                rows.add(new Row(start, end));
                if (newline < 0) {
                    return rows;
                }
                start = end;
                continue;
            }
            int cut = text.lastIndexOf(" ", start + room);
            if (cut > start) {
                rows.add(new Row(start, cut + 1));
                start = cut + 1;
            } else {
                rows.add(new Row(start, start + room));
                start += room;
            }
        }
    }

    /** The row a cursor place belongs to; a place where a row wraps belongs to the row that starts there. */
    private static int rowOf(int offset, List<Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (offset >= rows.get(i).start() && offset < rows.get(i).end()) {
                return i;
            }
        }
        return rows.size() - 1;
    }
}
