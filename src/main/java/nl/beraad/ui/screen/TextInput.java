package nl.beraad.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import nl.beraad.domain.CleanText;

/** One line of typed text: letters (é and ë included), Backspace, and nothing that could upset the terminal. */
final class TextInput {
    private static final int MAX = 4000;
    private final StringBuilder text = new StringBuilder();

    /** True when the key changed the text. */
    boolean handle(KeyStroke key) {
        if (key.getKeyType() == KeyType.Backspace && text.length() > 0) {
            text.deleteCharAt(text.length() - 1);
            return true;
        }
        if (key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown()
                && !Character.isISOControl(key.getCharacter()) && text.length() < MAX) {
            text.append(key.getCharacter());
            return true;
        }
        return false;
    }

    String value() {
        return CleanText.line(text.toString());
    }

    boolean isEmpty() {
        return value().isEmpty();
    }

    void clear() {
        text.setLength(0);
    }

    /** The text as shown in a field of {@code width} columns: its end, with a cursor mark. */
    String shown(int width) {
        String s = text + "_";
        return s.length() <= width ? s : "…" + s.substring(s.length() - width + 1);
    }
}
