package nl.beraad.domain;

import java.util.List;

/** A named, ordered collection of items that a session works through. */
public record DilemmaSet(String id, String title, String description, List<Item> items) {
    public DilemmaSet {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is required");
        }
        title = CleanText.line(title);
        description = CleanText.block(description);
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a set needs at least one item");
        }
    }
}
