package nl.beraad.domain;

import java.util.List;

/**
 * One thing wrong with some input, as a message key with arguments and an optional location
 * ("file:line:column"); the user interface turns the key into a sentence in the chosen language.
 */
public record Problem(String location, String key, List<Object> args) {
    public Problem {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("problem key is required");
        }
        args = List.copyOf(args);
    }

    public static Problem at(String location, String key, Object... args) {
        return new Problem(location, key, List.of(args));
    }

    public static Problem of(String key, Object... args) {
        return new Problem(null, key, List.of(args));
    }

    /** An argument that is itself a word to translate, such as the name of a type ("text", "list"). */
    public record Term(String key) {
    }
}
