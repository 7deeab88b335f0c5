package nl.beraad.domain;

import java.util.Arrays;
import java.util.Optional;

/** The forms an item can take; the word is how a dilemma set file names it. */
public enum ItemKind {
    DILEMMA("dilemma");

    private final String word;

    ItemKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<ItemKind> fromWord(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }
}
