package nl.beraad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where text is broken into lines, and that breaking a pasted megabyte takes no time to speak of. */
class TextWrapTest {

    @Test
    void breaksAtTheLastSpaceThatFitsAndIndentsTheContinuation() {
        assertEquals(List.of("De raad adviseert", "  maatwerk per", "  huishouden."),
                TextWrap.lines("De raad adviseert maatwerk per huishouden.", 17, "  "));
    }

    @Test
    void aWordLongerThanALineIsBrokenMidWord() {
        assertEquals(List.of("abcdefghij", "klmnopqrst", "uv"), TextWrap.lines("abcdefghijklmnopqrstuv", 10, ""));
    }

    @Test
    void spacesAtABreakAreDroppedAndATextThatFitsIsOneLine() {
        assertEquals(List.of("een twee", "drie"), TextWrap.lines("een twee     drie", 10, ""));
        assertEquals(List.of("  1. kort"), TextWrap.lines("  1. kort", 80, "     "));
    }

    @Test
    void anIndentWiderThanTheLineStillMovesOnInsteadOfLoopingForever() {
        List<String> lines = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> TextWrap.lines("a b c d e f g h i j k l m n o p", 10, " ".repeat(12)));
        assertEquals("a b c d e", lines.get(0));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith(" ".repeat(12))), lines.toString());
    }

    @Test
    void wrappingFourMegabytesWithAndWithoutSpacesIsLinear() {
        String word = "x".repeat(4_000_000);
        String words = "woord ".repeat(700_000);
        // Cutting the rest off after every line copied it again: 3 s for one megabyte, quadratic.
        List<String> lines = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> TextWrap.lines(word, 80, "  "));
        List<String> more = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> TextWrap.lines(words, 80, "  "));
        assertEquals(4_000_000, lines.stream().mapToInt(l -> l.strip().length()).sum());
        assertTrue(more.size() > 50_000, "lines: " + more.size());
    }
}
