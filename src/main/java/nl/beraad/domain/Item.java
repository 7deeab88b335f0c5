package nl.beraad.domain;

import java.util.List;

/** One item of a dilemma set as the board sees it: title, context, what members respond to, and its source. */
public record Item(
        String key,
        String title,
        String context,
        ItemForm form,
        List<String> questions,
        List<String> attention,
        String source) {
    /**
     * The longest title and source a session can hold (its session_item columns), counted as the
     * database counts: in UTF-16 units of the cleaned text, so a character outside the basic plane
     * (an emoji) counts twice.
     */
    public static final int MAX_TITLE = 300;
    public static final int MAX_SOURCE = 1000;

    public Item {
        key = required(key, "key");
        title = required(CleanText.line(title), "title");
        context = CleanText.block(context);
        questions = questions.stream().map(CleanText::line).filter(s -> !s.isEmpty()).toList();
        attention = attention.stream().map(CleanText::line).filter(s -> !s.isEmpty()).toList();
        source = CleanText.line(source);
        if (form == null) {
            throw new IllegalArgumentException("form is required");
        }
        requireFits("title", title, MAX_TITLE);
        requireFits("source", source, MAX_SOURCE);
    }

    /** A cleaned text longer than its column would fail only when a session is stored: fail now. */
    static void requireFits(String name, String cleaned, int max) {
        if (cleaned.length() > max) {
            throw new IllegalArgumentException(name + " is longer than " + max + " characters");
        }
    }

    public ItemKind kind() {
        return form.kind();
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
