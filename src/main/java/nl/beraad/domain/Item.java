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
