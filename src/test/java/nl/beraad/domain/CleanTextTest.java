package nl.beraad.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Holds what {@link CleanText} strips from typed text and what it must leave alone. */
class CleanTextTest {

    // --- line ---

    @Test
    void lineTurnsControlCharactersIntoASingleSpace() {
        assertEquals("nul byte", CleanText.line("nul\u0000byte"));
        assertEquals("bel", CleanText.line("bel\u0007"));
        assertEquals("a b", CleanText.line("a\u0008\u007f\u0085b"));
        assertEquals("a b", CleanText.line("a\u009bb"));
    }

    @Test
    void lineRemovesTheEscOfAnEscapeSequenceSoTheTerminalCannotReadIt() {
        String cleaned = CleanText.line("\u001b[31mrood\u001b[0m \u001b]0;titel\u0007");

        assertEquals("[31mrood [0m ]0;titel", cleaned);
        assertFalse(cleaned.chars().anyMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f)), cleaned);
    }

    @Test
    void lineCollapsesEveryRunOfWhitespaceAndTrims() {
        assertEquals("a b c", CleanText.line("  a \t\t b\n\r\nc  "));
        assertEquals("a b", CleanText.line("a\u00a0\u2003\u3000b"));
        assertEquals("a b", CleanText.line("a\u2028\u2029b"));
    }

    @Test
    void lineOfOnlyWhitespaceOrControlsIsEmpty() {
        assertEquals("", CleanText.line(" \t\n\u0000\u001b "));
        assertEquals("", CleanText.line(""));
    }

    @Test
    void lineOfNullIsEmpty() {
        assertEquals("", CleanText.line(null));
        assertEquals("", CleanText.block(null));
    }

    @Test
    void lineRemovesBidiOverridesAndIsolatesSoANameCannotDisplayAsSomethingElse() {
        assertEquals("factuurfdp.exe", CleanText.line("factuur\u202Efdp.exe"));
        assertEquals("abcdefgh", CleanText.line("a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068\u2069h"));
        assertEquals("ab", CleanText.line("a\u200E\u200Fb"));
    }

    @Test
    void lineRemovesAByteOrderMark() {
        assertEquals("tekst", CleanText.line("\uFEFFtekst"));
        assertEquals("ab", CleanText.line("a\uFEFFb"));
    }

    @Test
    void lineRemovesLoneSurrogates() {
        assertEquals("ab", CleanText.line("a\uD800b"));
        assertEquals("ab", CleanText.line("a\uDC00b"));
    }

    @Test
    void lineKeepsDiacritics() {
        String dutch = "Zoë Ünal, één café, ĳsbeer, coördinatie, e\u0301";

        assertEquals(dutch, CleanText.line(dutch));
    }

    @Test
    void lineKeepsEmojiIncludingSkinTonesVariationSelectorsAndZwjSequences() {
        String family = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // woman ZWJ woman ZWJ girl
        String thumb = "\uD83D\uDC4D\uD83C\uDFFD"; // thumbs up, medium skin tone
        String heart = "\u2764\uFE0F";
        String text = "gezin " + family + " eens " + thumb + " " + heart;

        assertEquals(text, CleanText.line(text));
    }

    @Test
    void lineLeavesMarkdownAndBackslashesForTheReportToEscape() {
        assertEquals("# kop C:\\map\\ **vet**", CleanText.line("# kop C:\\map\\ **vet**"));
    }

    // --- block ---

    @Test
    void blockKeepsSingleLineBreaks() {
        assertEquals("regel 1\nregel 2\nregel 3", CleanText.block("regel 1\nregel 2\nregel 3"));
    }

    @Test
    void blockTreatsCrLfCrAndUnicodeSeparatorsAsLineBreaks() {
        assertEquals("a\nb\nc\nd\ne", CleanText.block("a\r\nb\rc\u2028d\u2029e"));
    }

    @Test
    void blockCollapsesARunOfBlankLinesToOneBlankLine() {
        assertEquals("a\n\nb", CleanText.block("a\n\n\n\n\nb"));
        assertEquals("a\n\nb", CleanText.block("a\n  \t \n\u0000\n\nb"));
    }

    @Test
    void blockDropsLeadingAndTrailingBlankLines() {
        assertEquals("a\n\nb", CleanText.block("\n\n  \na\n\nb\n\n \n"));
    }

    @Test
    void blockCleansEachLineAsLineDoes() {
        assertEquals("rood [0m\neen twee\nZoë",
                CleanText.block("  rood\u001b[0m  \n\u202Eeen \t twee\n\uFEFFZoë"));
    }

    // --- visible ---

    @Test
    void visibleLeavesOrdinaryTextTabsAndLineEndsAlone() {
        String text = "Eén plan,\tper \"huishouden\"\r\nZoë's \u00a0€ 5 \ud83d\udc4d\u200d ~{}|\n";

        assertSame(text, CleanText.visible(text));
    }

    @Test
    void visibleShowsC0ControlsAndDelAsControlPictures() {
        assertEquals("\u241b]0;titel\u2407 \u241b[2J \u2400 \u2408 \u2421",
                CleanText.visible("\u001b]0;titel\u0007 \u001b[2J \u0000 \u0008 \u007f"));
    }

    @Test
    void visibleNamesC1ControlsAndBidiCharactersByTheirCodePoint() {
        assertEquals("<U+009B>31m <U+0085> <U+202E>gnirts <U+2066>x<U+2069> <U+200F> <U+FEFF>",
                CleanText.visible("\u009b31m \u0085 \u202egnirts \u2066x\u2069 \u200f \ufeff"));
    }

    @Test
    void visibleOfVisibleTextChangesNothing() {
        String once = CleanText.visible("\u001b]52;c;SGVsbG8=\u0007\u009b\u202e");

        assertEquals(once, CleanText.visible(once));
    }

    @Test
    void everyCharacterLineStripsHasAStandInExceptLineEndsTabsSpacesAndSurrogates() {
        for (char c = 0; c < 0xffff; c++) {
            boolean stripped = CleanText.line("a" + c + "b").equals("ab") || CleanText.line("a" + c + "b").equals("a b");
            boolean keptForOutput = c == '\t' || c == '\n' || c == '\r' || Character.isSurrogate(c)
                    || Character.isSpaceChar(c);
            if (stripped && !keptForOutput) {
                assertNotNull(CleanText.standIn(c), String.format("U+%04X", (int) c));
            }
        }
    }
    // --- what shows ---

    @Test
    void textOfInvisibleCharactersOnlyHasNothingVisible() {
        for (String blank : new String[] {"\u200b", "\u200c\u200d", "\u2060\ufeff", "\u00ad", "\u3164", "\u115f\u1160",
                "\uffa0", "\u034f", "\ufe0f", "\udb40\udd00", "\u180e", "\u2800", "\udb40\udc41", " \t\u0007", ""}) {
            assertFalse(CleanText.hasVisible(blank), () -> "should be blank: " + blank.codePoints()
                    .mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void combiningMarksAloneShowNothingButOnALetterTheyDo() {
        assertFalse(CleanText.hasVisible("\u0301\u0308\u20dd"));
        assertTrue(CleanText.hasVisible("e\u0301"));
        assertTrue(CleanText.hasVisible("…"));
        assertTrue(CleanText.hasVisible("\uD83D\uDE00"));
    }

    @Test
    void visibleLineDropsInvisibleCharactersAndTheDoubleSpaceTheyLeave() {
        assertEquals("Anouk de Vries", CleanText.visibleLine("An\u200bouk \u2060 de\u00ad Vries\ufe0f"));
        assertEquals("Ümit", CleanText.visibleLine("Ümit"));
        assertEquals("", CleanText.visibleLine("\u3164"));
    }
}
