package nl.beraad.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;

/** One screen of the meeting UI: it draws itself and answers keys; a key may lead to another page. */
interface Page {
    /** A key and what it does, for the key bar and the help overlay. */
    record Key(String key, String meaning) {
    }

    /** The title bar's text. */
    String title();

    void draw(Canvas canvas);

    /** The page to show after this key: this one, another, or null to leave the meeting screen. */
    Page handle(KeyStroke key);

    /**
     * Stores what the keys since the last call changed, where a page stores as it goes (a
     * conclusion): called once after a key, or after a burst of keys that arrived together (a
     * paste), and before the page is left; always before the screen shows the change.
     */
    default void settle() {
    }

    /** The keys of this page; the first few also go in the key bar. */
    List<Key> keys();
}
