package nl.beraad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which spellings of a participant's name are found inside a text, and which ordinary words are left alone. */
class TypedNamesTest {
    private static final TypedNames NAMES = new TypedNames(List.of(new Participant(new ParticipantId(1), "Zoë Jansen-Smit", 1),
            new Participant(new ParticipantId(2), "Noël van den Berg", 2), new Participant(new ParticipantId(3), "Sjoerd Bakker", 3),
            new Participant(new ParticipantId(4), "Wil Bakker", 4), new Participant(new ParticipantId(5), "Van Nguyen", 5)), List.of("Tom Bakker"));

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
        "ZOË zei het = [1] zei het",
        "zoe, Zoe en Zoë = [1], [1] en [1]",
        "Ｚｏｅ en Zo\u00ADë = [1] en [1]",
        "Jansen en smit = [1] en [1]",
        "Zoë Jansen-Smit = [1]",
        "Noëls idee = [2]'s idee",
        "NOEL VAN DEN BERG = [2]",
        "mevrouw van den Berg en dhr. Van den Berg = [2] en [2]",
        "de heer Bakker = [3, 4]",
        "S. Bakker en Sjoerd = [3, 4] en [3]",
        "Tom Bakker notuleert, Bakker niet = Tom Bakker notuleert, [3, 4] niet",
        "Wil vindt dat = [4] vindt dat",
        "ik wil de bakker op de hoek = ik wil de bakker op de hoek",
        "de berg werk en de Berg = de berg werk en de [2]",
        "Van de twaalf leden, van Nguyen = Van de twaalf leden, [5]",
        "Van Nguyen en NGUYEN = [5] en [5]",
        "Jansens, Zoëtje en Bergen = [1]'s, Zoëtje en Bergen",
    })
    void findsEverySpellingAndLeavesOrdinaryWords(String typed, String shown) {
        assertEquals(shown, NAMES.replace(typed, who -> who.stream().map(p -> String.valueOf(p.id()))
                .collect(Collectors.joining(", ", "[", "]"))));
    }
}
