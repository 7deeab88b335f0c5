package nl.beraad.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Set;
import java.util.function.Predicate;

/** Small helpers to read key strokes: letter keys regardless of case, and the tests a key table binds. */
final class Keys {
    private Keys() {
    }

    static boolean is(KeyStroke key, char letter) {
        return key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown()
                && Character.toLowerCase(key.getCharacter()) == letter;
    }

    static boolean ctrl(KeyStroke key, char letter) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown()
                && Character.toLowerCase(key.getCharacter()) == letter;
    }

    /** The letter key, either case, without Ctrl or Alt. */
    static Predicate<KeyStroke> letter(char letter) {
        return key -> is(key, letter);
    }

    /** Ctrl and the letter. */
    static Predicate<KeyStroke> control(char letter) {
        return key -> ctrl(key, letter);
    }

    /** Any of these special keys (Enter, Esc, the arrows, ...). */
    static Predicate<KeyStroke> type(KeyType first, KeyType... more) {
        Set<KeyType> types = java.util.EnumSet.of(first, more);
        return key -> types.contains(key.getKeyType());
    }
}
