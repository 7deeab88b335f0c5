package nl.beraad.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** Small helpers to read key strokes: letter keys regardless of case. */
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
}
