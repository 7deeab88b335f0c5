package nl.beraad.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names that look alike are one person, names that show no letter are no name, and real names stay as typed. */
class ParticipantTest {

    private static String refusal(String name) {
        BeraadException e = assertThrows(BeraadException.class, () -> Participant.validName(name),
                () -> "should be refused: " + name.codePoints().mapToObj(Integer::toHexString).toList());
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        return e.problems().get(0).key();
    }

    private static void assertSamePerson(String a, String b) {
        assertEquals(Participant.matchKey(a), Participant.matchKey(b), a + " / " + b);
    }

    @Test
    void aZeroWidthSpaceInsideANameIsRemovedAndTheNameIsTheSamePerson() {
        assertEquals("Anouk", Participant.validName("An\u200bouk"));
        assertSamePerson("An\u200bouk", "Anouk");
    }

    @Test
    void everyInvisibleCharacterInsideANameIsTheSamePersonAsWithout() {
        for (String hidden : List.of("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u034f", "\ufe0f",
                "\u180e", "\u3164", "\u115f", "\u1160", "\uffa0", "\udb40\udc41", "\udb40\udd00")) {
            String spoof = "An" + hidden + "ouk";
            assertAll(() -> assertEquals("Anouk", Participant.validName(spoof), spoof),
                    () -> assertSamePerson(spoof, "Anouk"));
        }
    }

    @Test
    void aSoftHyphenInsideANameIsRemoved() {
        assertEquals("Anouk", Participant.validName("Ano\u00aduk"));
        assertSamePerson("Ano\u00aduk", "Anouk");
    }

    @Test
    void aHangulFillerOrOtherBlankCharacterAloneIsNoName() {
        for (String blank : List.of("\u3164", "\u115f\u1160", "\uffa0", "\u2800", "\u200b\u200d", " \u3164 ")) {
            assertEquals("participant.name.letter", refusal(blank));
        }
    }

    @Test
    void aNameOfOnlyCombiningMarksIsNoName() {
        assertEquals("participant.name.letter", refusal("\u0301\u0308"));
        assertEquals("participant.name.letter", refusal("\u20dd"));
    }

    @Test
    void aNameWithoutAnyLetterIsNoName() {
        assertEquals("participant.name.letter", refusal("!!!"));
        assertEquals("participant.name.letter", refusal("\uD83D\uDE00"));
        assertEquals("participant.name.number", refusal("12"));
        assertEquals("participant.name.empty", refusal(" \t "));
    }

    @Test
    void aFullwidthNameIsTheSamePersonAsTheOrdinaryOne() {
        assertEquals("Ａｎｏｕｋ", Participant.validName("Ａｎｏｕｋ"));
        assertSamePerson("Ａｎｏｕｋ", "Anouk");
        assertSamePerson("ａｎｏｕｋ", "ANOUK");
    }

    @Test
    void ordinaryDutchNamesStayAsTypedAndAccentsAndCaseStillMakeNoDifference() {
        for (String name : List.of("Anouk", "Anoûk", "Ümit", "Ĳsbrand", "IJsbrand", "d'Hondt", "van der Berg",
                "José Öztürk", "Anouk de Vries")) {
            assertEquals(name, Participant.validName(name));
        }
        assertSamePerson("Anoûk", "Anouk");
        assertSamePerson("Ĳsbrand", "IJsbrand");
        assertSamePerson("ijsbrand", "IJSBRAND");
        assertSamePerson("D'HONDT", "d'Hondt");
        assertNotEquals(Participant.matchKey("Ümit"), Participant.matchKey("Umut"));
        assertNotEquals(Participant.matchKey("van der Berg"), Participant.matchKey("van den Berg"));
    }

    @Test
    void aNameTypedDecomposedIsStoredComposed() {
        assertEquals("Anoûk", Participant.validName("Anou\u0302k"));
    }

    @Test
    void aJoinerThatAScriptNeedsStaysButItIsStillIgnoredInComparing() {
        String persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645";
        assertEquals(persian, Participant.validName(persian));
        assertSamePerson(persian, persian.replace("\u200c", ""));
    }

    @Test
    void aNameThatUnfoldsIntoMoreThanEightyLettersIsTooLong() {
        // U+FDFA is one character that stands for eighteen; compared, ten of them are 180 letters.
        assertEquals("participant.name.long", refusal("\ufdfa".repeat(10)));
        assertEquals("Anouk", Participant.validName("Anouk"));
    }

    @Test
    void aNameStoredUnderOlderRulesStillLoads() {
        assertEquals("\u3164", new Participant(new ParticipantId(1), "\u3164", 1).name());
        assertEquals("Anouk", new Participant(new ParticipantId(2), "An\u200bouk", 2).name());
    }
}
