package nl.beraad.domain;

import java.util.List;

/** One item of a dilemma set as the board sees it: a dilemma with two poles, its context and source. */
public record Item(
        String key,
        ItemKind kind,
        String title,
        String context,
        String poleA,
        String poleB,
        List<String> questions,
        List<String> attention,
        String source,
        Scale scale) {

    public Item {
        key = required(key, "key");
        title = required(CleanText.line(title), "title");
        context = CleanText.block(context);
        poleA = required(CleanText.line(poleA), "poleA");
        poleB = required(CleanText.line(poleB), "poleB");
        questions = questions.stream().map(CleanText::line).filter(s -> !s.isEmpty()).toList();
        attention = attention.stream().map(CleanText::line).filter(s -> !s.isEmpty()).toList();
        source = CleanText.line(source);
        if (kind == null || scale == null) {
            throw new IllegalArgumentException("kind and scale are required");
        }
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
