package nl.beraad.domain;

import java.util.List;

/** A named, ordered collection of items that a session works through. */
public record DilemmaSet(String id, String title, String description, List<Item> items) {
    /** The longest id and title a session can hold (its set_id and set_title columns), in UTF-16 units. */
    public static final int MAX_ID = 200;
    public static final int MAX_TITLE = 300;

    public DilemmaSet {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is required");
        }
        title = CleanText.line(title);
        // The set reader refuses these with the place in the file; reaching here is a bug, not a database error.
        Item.requireFits("id", id, MAX_ID);
        Item.requireFits("title", title, MAX_TITLE);
        description = CleanText.block(description);
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a set needs at least one item");
        }
    }
}
