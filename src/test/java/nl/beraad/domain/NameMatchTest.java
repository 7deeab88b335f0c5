package nl.beraad.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A person's name in every spelling (issue 15): which members carry it, and where a text mentions it. */
class NameMatchTest {
    private static NameMatch name(String typed) {
        return NameMatch.of(typed).orElseThrow();
    }

    private static String replaced(String typed, String text) {
        return NameMatch.replace(text, List.of(new NameMatch.Label(name(typed), "Deelnemer 1")));
    }

    @Test
    void aMemberCarriesTheNameWhateverItsCapitalsAndDiacriticsOrWithAnInitial() {
        NameMatch zoe = name("Zoë Öztürk");
        for (String member : List.of("Zoë Öztürk", "zoe ozturk", "ZOË ÖZTÜRK", "Z. Öztürk", "Zoë van Öztürk")) {
            assertTrue(zoe.matchesName(member), member);
        }
        for (String member : List.of("Zoë Jansen", "Bram Öztürk", "Zoë", "Z. Ö.")) {
            assertFalse(zoe.matchesName(member), member);
        }
        assertTrue(name("Öztürk").matchesName("Zoë Öztürk"), "a surname alone");
        assertTrue(name("zoe").matchesName("Zoë Öztürk"), "a first name alone");
    }

    @Test
    void aNameWithoutAWordThatCouldNameSomeoneIsNoName() {
        assertTrue(NameMatch.of("de").isEmpty());
        assertTrue(NameMatch.of("Z.").isEmpty());
        assertTrue(NameMatch.of("  ").isEmpty());
    }

    @Test
    void everyMentionInAnySpellingIsReplacedWholeAndNothingElse() {
        assertEquals("Deelnemer 1 zei het, en Deelnemer 1 ook; zoeken mag.",
                replaced("Zoë Öztürk", "Zoë Öztürk zei het, en ZOE ook; zoeken mag."));
        assertEquals("Secretaris: Deelnemer 1", replaced("Zoë Öztürk", "Secretaris: Z. Öztürk"));
        assertEquals("Het idee van Deelnemer 1.", replaced("Zoë Öztürk", "Het idee van Zoë-Öztürk."));
        assertEquals("Deelnemer 1's voorstel", replaced("Zoë Öztürk", "Zoe\u0308's voorstel"));
        assertEquals("Z. zei niets", replaced("Zoë Öztürk", "Z. zei niets"), "an initial alone names nobody");
    }

    @Test
    void littleWordsOfASurnameGoWithItButNotElsewhere() {
        assertEquals("Volgens Deelnemer 1 en Deelnemer 1 is de raad verdeeld.",
                replaced("Jan de Vries", "Volgens Jan de Vries en de Vries is de raad verdeeld."));
        assertEquals("Op verzoek van Deelnemer 1", replaced("Cor van Dam", "Op verzoek van Cor van Dam"));
        assertEquals("de raad van de stad", replaced("Jan de Vries", "de raad van de stad"));
    }

    @Test
    void whereThePersonWasNoMemberOnlyASurnameCounts() {
        NameMatch away = name("Zoë Öztürk").surnamesOnly();
        List<NameMatch.Label> labels = List.of(new NameMatch.Label(away, "Deelnemer 4"));
        assertEquals("Zoë had gelijk, zei Deelnemer 4.", NameMatch.replace("Zoë had gelijk, zei Öztürk.", labels));
        assertFalse(away.mentions("Zoë had gelijk"));
        assertTrue(away.mentions("ZOË ÖZTÜRK"));
    }

    @Test
    void ofTwoNamesTheLongerMentionWins() {
        List<NameMatch.Label> labels = List.of(new NameMatch.Label(name("Jan de Vries"), "Deelnemer 1"),
                new NameMatch.Label(name("Jan Bakker"), "Deelnemer 2"));
        assertEquals("Deelnemer 2 en Deelnemer 1", NameMatch.replace("Jan Bakker en Jan de Vries", labels));
    }
}
