package nl.beraad.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.beraad.domain.SessionId;
import nl.beraad.support.Beraad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A meeting whose texts name its participants in other spellings than they were added with
 * ("ZOË", "zoe", "mevrouw Bakker", "Van den Berg"), held in line mode and, for the minority
 * position and the action points, on the meeting screen; then its anonymous report in every format.
 * No name may show in any spelling, while words that only look like names stay as they were typed.
 */
@Timeout(120)
class AnonymousMeetingTest {
    /** Every participant's name and each part and spelling of it, lower case. */
    private static final List<String> TRACES = List.of("zoë", "zoe", "jansen", "sjoerd", "bakker", "noël", "noel",
            "van den berg", "berg", "fatima", "amrani");

    @TempDir
    Path dir;

    @Test
    void anAnonymousReportInEveryFormatHasNoNameInAnySpelling() throws Exception {
        Beraad beraad = new Beraad(dir);
        Beraad.Run meeting = beraad.withInput(String.join("\n",
                "deelnemer Zoë Jansen, Sjoerd Bakker, Noël van den Berg, Fatima el Amrani",
                "antwoord Zoë: Ik sprak mevrouw Bakker en VAN DEN BERG hierover.",
                "antwoord Sjoerd: zoe had gelijk, zegt ook FATIMA.",
                "conclusie ZOË en mevrouw El Amrani vatten het samen.",
                "ga 4",
                "stem Zoë 1", "stem Sjoerd 2", "stem Noël 4", "stem Fatima o",
                "onthul",
                "argument A Sjoerd: Zoe Jansen heeft gelijk, en Jansens buurman ook.",
                "argument B Noël: Van den Berg zei het al; Amrani ook.",
                "argument N Dit zei Noel Van Den Berg in maart.",
                "conclusie Het advies van dhr. Bakker, gesteund door ZOE.",
                "stop", ""), "start", "--set", "raadsrol-2018", "--plain", "--title", "Gesprek met ZOË en mevrouw Bakker");
        assertEquals(0, meeting.code(), meeting.err());
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").resume(new SessionId(1))) {
            d.key('c').press(KeyType.Tab).type("Noël en mevrouw Bakker willen eerst een proef.")
                    .press(KeyType.Tab).type("zoë belt de wethouder").enter().type("Van den Berg schrijft een notitie")
                    .press(KeyType.Escape);
        }
        Beraad.Run edit = beraad.run("sessions", "edit", "1", "--body", "Werkgroep van Fatima", "--place",
                "Huize Van den Berg", "--facilitator", "Sjoerd Bakker", "--secretary", "Ellen Visser");
        assertEquals(0, edit.code(), edit.err());

        // The names are really in the texts: the named report shows them as typed.
        String named = report(beraad, "md", false);
        for (String typed : List.of("ZOË en mevrouw El Amrani vatten het samen.", "Noël en mevrouw Bakker willen",
                "- zoë belt de wethouder", "Van den Berg schrijft", "Huize Van den Berg", "Werkgroep van Fatima")) {
            assertTrue(named.contains(typed), typed + " in\n" + named);
        }

        for (String format : List.of("md", "html", "csv", "json")) {
            String text = report(beraad, format, true);
            String lower = (format.equals("json") ? texts(text) : text).toLowerCase(Locale.ROOT);
            for (String trace : TRACES) {
                // As a word (the set's own text says "zoeken"), with or without a possessive s.
                assertFalse(Pattern.compile("(?<!\\p{L})" + trace + "s?(?!\\p{L})").matcher(lower).find(),
                        format + ": " + trace + " in\n" + text);
            }
        }
        String md = report(beraad, "md", true);
        for (String replaced : List.of("# Verslag: Gesprek met Deelnemer 1 en Deelnemer 2",
                "- Deelnemer 1: Ik sprak Deelnemer 2 en Deelnemer 3 hierover.",
                "- Deelnemer 2: Deelnemer 1 had gelijk, zegt ook Deelnemer 4.",
                "Deelnemer 1 en Deelnemer 4 vatten het samen.",
                "- Deelnemer 2: Deelnemer 1 heeft gelijk, en Deelnemer 1's buurman ook.",
                "- Deelnemer 3: Deelnemer 3 zei het al; Deelnemer 4 ook.",
                "- Anoniem: Dit zei Deelnemer 3 in maart.",
                "Het advies van Deelnemer 2, gesteund door Deelnemer 1.",
                "**Minderheidsstandpunt:** Deelnemer 3 en Deelnemer 2 willen eerst een proef.",
                "- Deelnemer 1 belt de wethouder", "- Deelnemer 3 schrijft een notitie",
                "| Deelnemer 2 |", "| Ellen Visser |", "| Huize Deelnemer 3 |", "| Werkgroep van Deelnemer 4 |")) {
            assertTrue(md.contains(replaced), replaced + " in\n" + md);
        }
    }

    @Test
    void namesThatAreOrdinaryWordsAreReplacedOnlyWhereTheyAreWrittenAsNames() throws Exception {
        Beraad beraad = new Beraad(dir);
        String ordinary = "Ik wil dat de gemeente van harte meedoet; de berg werk is groot en de bakker helpt.";
        String sentenceStart = "Van de twaalf leden wil de helft door, van Berg tot Bakker.";
        Beraad.Run meeting = beraad.withInput(String.join("\n",
                "deelnemer Wil Hendriks, Karin Berg, Van Nguyen, Bas Bakker, Tom Bakker",
                "ga 4",
                "argument A " + ordinary,
                "argument B " + sentenceStart,
                "argument N Wil vindt dat Berg gelijk heeft, en Nguyen ook.",
                "conclusie Van Nguyen en mevrouw Berg schrijven het advies; wil Bas dat ook? Bakker twijfelt.",
                "stop", ""), "start", "--set", "raadsrol-2018", "--plain");
        assertEquals(0, meeting.code(), meeting.err());

        // An anonymous session stores no name to find (issue 15): the report is made anonymous instead.
        String md = report(beraad, "md", true);

        for (String kept : List.of("- Anoniem: " + ordinary,
                "- Anoniem: Van de twaalf leden wil de helft door, van Deelnemer 2 tot Deelnemer 4 of 5.",
                "- Anoniem: Deelnemer 1 vindt dat Deelnemer 2 gelijk heeft, en Deelnemer 3 ook.",
                "Deelnemer 3 en Deelnemer 2 schrijven het advies; wil Deelnemer 4 dat ook? Deelnemer 4 of 5 twijfelt.")) {
            assertTrue(md.contains(kept), kept + " in\n" + md);
        }
    }

    private String report(Beraad beraad, String format, boolean anonymous) {
        List<String> args = new ArrayList<>(List.of("report", "1", "--format", format));
        if (anonymous) {
            args.add("--anonymous");
        }
        Beraad.Run run = beraad.run(args.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        return run.out();
    }

    /** Every text value and key of a JSON document, one a line, so that escapes such as \u00eb are read. */
    private static String texts(String json) throws Exception {
        StringBuilder out = new StringBuilder();
        collect(new ObjectMapper().readTree(json), out);
        return out.toString();
    }

    private static void collect(JsonNode node, StringBuilder out) {
        if (node.isTextual()) {
            out.append(node.asText()).append('\n');
        }
        node.fieldNames().forEachRemaining(name -> out.append(name).append('\n'));
        node.forEach(child -> collect(child, out));
    }
}
