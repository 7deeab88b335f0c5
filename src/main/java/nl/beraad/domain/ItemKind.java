package nl.beraad.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The forms an item can take; the word is how a dilemma set file names it. */
public enum ItemKind {
    /** Two poles with a scale between them. */
    DILEMMA("dilemma"),
    /** A statement on a scale from strongly disagree to strongly agree. */
    STATEMENT("stelling"),
    /** One option of several, or up to a maximum number of them. */
    CHOICE("keuze"),
    /** A number of points divided over the options. */
    ALLOCATION("verdeling"),
    /** All options in order of preference. */
    RANKING("rangorde"),
    /** An open question; answers are collected as text. */
    QUESTION("vraag");

    private final String word;

    ItemKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** Members place themselves on a scale (dilemma, statement). */
    public boolean isScaled() {
        return switch (this) {
            case DILEMMA, STATEMENT -> true;
            case CHOICE, ALLOCATION, RANKING, QUESTION -> false;
        };
    }

    /** Members respond to a list of options (choice, allocation, ranking). */
    public boolean hasOptions() {
        return switch (this) {
            case CHOICE, ALLOCATION, RANKING -> true;
            case DILEMMA, STATEMENT, QUESTION -> false;
        };
    }

    /** Members take a position that stays secret until the reveal; an open question collects answers instead. */
    public boolean takesPositions() {
        return switch (this) {
            case DILEMMA, STATEMENT, CHOICE, ALLOCATION, RANKING -> true;
            case QUESTION -> false;
        };
    }

    /**
     * What members write on the item is an answer to an open question, not an argument for a side:
     * lists, headings, counts and corrections name it by that word.
     */
    public boolean collectsAnswers() {
        return switch (this) {
            case QUESTION -> true;
            case DILEMMA, STATEMENT, CHOICE, ALLOCATION, RANKING -> false;
        };
    }

    /** A statement's sides are disagree and agree (and neutral), not pole A and pole B. */
    public boolean agreeSides() {
        return switch (this) {
            case STATEMENT -> true;
            case DILEMMA, CHOICE, ALLOCATION, RANKING, QUESTION -> false;
        };
    }

    /** The order in which sides are read: a statement agree first, a dilemma from pole A to pole B. */
    public List<Side> sideOrder() {
        return switch (this) {
            case STATEMENT -> List.of(Side.B, Side.A, Side.NONE);
            case DILEMMA, CHOICE, ALLOCATION, RANKING, QUESTION -> List.of(Side.A, Side.B, Side.NONE);
        };
    }

    public static Optional<ItemKind> fromWord(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }
}
