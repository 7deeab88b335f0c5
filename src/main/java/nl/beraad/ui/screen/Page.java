package nl.beraad.ui.screen;

/**
 * One screen of the meeting UI: it draws itself and answers keys; a key may lead to another page.
 * A page answers keys only through its key table, which also makes its key bar and help.
 */
interface Page {
    /** A key and what it does, as the key bar and the help overlay show it. */
    record Key(String key, String meaning) {
    }

    /** The title bar's text. */
    String title();

    void draw(Canvas canvas);

    /**
     * The page's keys as they stand now (they may depend on the item or on what is being typed): the
     * screen hands every key to this table, and shows it in the key bar and the help.
     */
    KeyTable keys();

    /**
     * Stores what the keys since the last call changed, where a page stores as it goes (a
     * conclusion): called once after a key, or after a burst of keys that arrived together (a
     * paste), and before the page is left; always before the screen shows the change.
     */
    default void settle() {
    }
}
