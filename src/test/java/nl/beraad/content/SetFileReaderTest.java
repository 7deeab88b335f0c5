package nl.beraad.content;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import nl.beraad.domain.DilemmaSet;
import nl.beraad.domain.Item;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.Problem;
import nl.beraad.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every rule of the dilemma set format, checked with the exact sentence and position a set author sees. */
class SetFileReaderTest {

    private static final Messages NL = Messages.forLanguage("nl");

    /** A valid set; each test breaks one thing in it. Line numbers in the tests refer to this text. */
    private static final String VALID = """
            titel: Proefset
            beschrijving: Een set om mee te testen.
            bron: Eigen tekst
            items:
              - id: eerste
                soort: dilemma
                titel: Eerste dilemma
                context: >-
                  Een korte achtergrond
                  over twee regels.
                pool_a: Kies A.
                pool_b: Kies B.
                vragen:
                  - Waarom A?
                  - Waarom B?
                aandachtspunten:
                  - Let op.
              - id: tweede
                titel: Tweede dilemma
                context: Nog een achtergrond.
                pool_a: Links.
                pool_b: Rechts.
                vragen:
                  - Wat nu?
            """;

    private static final String TWO_QUESTIONS = """
                vragen:
                  - Waarom A?
                  - Waarom B?
            """;

    @TempDir
    Path dir;

    // --- helpers ---

    private static SetFileReader.Result parse(String text) {
        return new SetFileReader().parse("x", text, "x.yaml");
    }

    private static List<String> rendered(List<Problem> problems) {
        return problems.stream().map(NL::problem).toList();
    }

    private static List<String> problems(String text) {
        return rendered(parse(text).problems());
    }

    /** The valid text with {@code part}, which must occur exactly once, replaced. */
    private static String broken(String part, String replacement) {
        int at = VALID.indexOf(part);
        assertTrue(at >= 0 && at == VALID.lastIndexOf(part), "the valid text should hold exactly one: " + part);
        return VALID.substring(0, at) + replacement + VALID.substring(at + part.length());
    }

    private static void assertOnlyProblem(String expected, String text) {
        SetFileReader.Result result = parse(text);
        assertEquals(List.of(expected), rendered(result.problems()));
        assertNull(result.set(), "a set with a problem is not a set");
    }

    private static void assertProblemsInAnyOrder(List<String> expected, String text) {
        List<String> actual = problems(text);
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(), String.valueOf(actual));
    }

    private static DilemmaSet validSet(String text) {
        SetFileReader.Result result = parse(text);
        assertEquals(List.of(), rendered(result.problems()));
        assertTrue(result.ok());
        return result.set();
    }

    private SetFileReader.Result readFile(byte[] content) throws IOException {
        Path file = dir.resolve("x.yaml");
        Files.write(file, content);
        return new SetFileReader().read(file, "x.yaml");
    }

    // --- the valid base ---

    @Test
    void validBaseTextIsASetWithTwoItemsAndDefaults() {
        DilemmaSet set = validSet(VALID);
        assertEquals("x", set.id());
        assertEquals("Proefset", set.title());
        assertEquals("Een set om mee te testen.", set.description());
        assertEquals(List.of("eerste", "tweede"), set.items().stream().map(Item::key).toList());
        Item second = set.items().get(1);
        assertEquals(ItemKind.DILEMMA, second.kind(), "soort defaults to dilemma");
        assertEquals("Eigen tekst", second.source(), "an item without bron takes the set's bron");
        assertEquals(5, second.form().scale().steps(), "schaal defaults to 5 steps");
        assertEquals(List.of(), second.attention());
    }

    // --- YAML syntax ---

    @Test
    void tabIndentationIsReportedWhereTheTabIs() {
        assertOnlyProblem("x.yaml:6:1: hier staat een tab; gebruik spaties om in te springen.",
                broken("    soort: dilemma", "\tsoort: dilemma"));
    }

    @Test
    void colonSpaceInUnquotedValueIsReportedAtTheColon() {
        assertOnlyProblem("x.yaml:11:19: onverwachte dubbele punt; zet tekst met ': ' tussen aanhalingstekens.",
                broken("pool_a: Kies A.", "pool_a: Let op: kies A."));
    }

    // --- required fields ---

    @Test
    void missingSetTitleIsReportedAtTheStartOfTheSet() {
        assertOnlyProblem("x.yaml:1:1: verplicht veld 'titel' ontbreekt.", broken("titel: Proefset\n", ""));
    }

    @Test
    void missingPoleBIsReportedAtTheStartOfItsItem() {
        assertOnlyProblem("x.yaml:5:5: verplicht veld 'pool_b' ontbreekt.", broken("    pool_b: Kies B.\n", ""));
    }

    @Test
    void missingSourceIsReportedForEveryItemWhenTheSetHasNoDefault() {
        assertEquals(List.of(
                        "x.yaml:4:5: verplicht veld 'bron' ontbreekt.",
                        "x.yaml:17:5: verplicht veld 'bron' ontbreekt."),
                problems(broken("bron: Eigen tekst\n", "")));
    }

    @Test
    void emptyRequiredFieldIsReportedAtItsValue() {
        assertAll(
                () -> assertOnlyProblem("x.yaml:1:7: veld 'titel' is leeg; vul het in.",
                        broken("titel: Proefset", "titel:")),
                () -> assertOnlyProblem("x.yaml:1:8: veld 'titel' is leeg; vul het in.",
                        broken("titel: Proefset", "titel: \"  \"")),
                () -> assertOnlyProblem("x.yaml:1:8: veld 'titel' is leeg; vul het in.",
                        broken("titel: Proefset", "titel: ~")),
                () -> assertOnlyProblem("x.yaml:11:12: veld 'pool_a' is leeg; vul het in.",
                        broken("pool_a: Kies A.", "pool_a:")));
    }

    // --- types ---

    @Test
    void listWhereTextIsExpectedIsAWrongType() {
        assertOnlyProblem("x.yaml:8:7: veld 'titel' moet tekst zijn, maar is een lijst.",
                broken("    titel: Eerste dilemma\n", "    titel:\n      - Eerste\n      - dilemma\n"));
    }

    @Test
    void textWhereTheQuestionListIsExpectedIsAWrongType() {
        assertOnlyProblem("x.yaml:13:13: veld 'vragen' moet een lijst zijn, maar is tekst.",
                broken(TWO_QUESTIONS, "    vragen: Waarom A?\n"));
    }

    @Test
    void mappingAsAQuestionIsAWrongType() {
        assertOnlyProblem("x.yaml:15:9: elke regel van 'vragen' moet tekst zijn, maar hier staat een groep velden.",
                broken("      - Waarom B?", "      - waarom: B?"));
    }

    @Test
    void itemThatIsTextInsteadOfFieldsIsReported() {
        assertOnlyProblem("x.yaml:18:5: hier hoort een item met velden (sleutel: waarde), maar er staat tekst.",
                broken("  - id: tweede\n", "  - gewoon een zin\n  - id: tweede\n"));
    }

    @Test
    void fileThatIsAListIsNotASet() {
        assertOnlyProblem("x.yaml:1:1: hier hoort de dilemmaset met velden (sleutel: waarde), maar er staat een lijst.",
                "- eerste\n- tweede\n");
    }

    // --- keys ---

    @Test
    void duplicateKeyIsReportedAtTheSecondKeyWithTheLineOfTheFirst() {
        assertOnlyProblem("x.yaml:13:5: sleutel 'pool_a' staat er twee keer (eerst op regel 11); haal er één weg.",
                broken("    pool_b: Kies B.", "    pool_b: Kies B.\n    pool_a: Nog eens A."));
    }

    @Test
    void unknownKeyCloseToAKnownOneSuggestsIt() {
        // The misspelt key also leaves the real one missing, reported at the start of the item.
        assertProblemsInAnyOrder(List.of(
                        "x.yaml:11:5: onbekende sleutel 'pool-a'; bedoelt u 'pool_a'?",
                        "x.yaml:5:5: verplicht veld 'pool_a' ontbreekt."),
                broken("pool_a: Kies A.", "pool-a: Kies A."));
        // 'vragen' is optional, so only the misspelling itself is reported.
        assertOnlyProblem("x.yaml:13:5: onbekende sleutel 'vraagen'; bedoelt u 'vragen'?",
                broken(TWO_QUESTIONS, TWO_QUESTIONS.replace("vragen:", "vraagen:")));
    }

    @Test
    void unknownKeyFarFromEveryKnownOneListsTheKeysThatAreAllowed() {
        assertOnlyProblem("x.yaml:7:5: onbekende sleutel 'foo'; mogelijk zijn: id, soort, titel, context, vragen, "
                        + "aandachtspunten, bron, pool_a, pool_b, schaal, stelling, opties, max, punten, vraag.",
                broken("    soort: dilemma", "    soort: dilemma\n    foo: bar"));
        assertOnlyProblem("x.yaml:4:1: onbekende sleutel 'foo'; mogelijk zijn: titel, beschrijving, bron, items.",
                broken("bron: Eigen tekst", "bron: Eigen tekst\nfoo: bar"));
    }

    // --- item rules ---

    @Test
    void itemIdWithCapitalsOrUnderscoresIsInvalid() {
        assertOnlyProblem("x.yaml:5:9: id 'Eerste_Item' mag alleen kleine letters, cijfers en streepjes bevatten "
                + "(bijvoorbeeld eigen-kracht).", broken("id: eerste", "id: Eerste_Item"));
        assertOnlyProblem("x.yaml:5:9: id '-eerste' mag alleen kleine letters, cijfers en streepjes bevatten "
                + "(bijvoorbeeld eigen-kracht).", broken("id: eerste", "id: -eerste"));
    }

    @Test
    void secondItemWithTheSameIdIsADuplicate() {
        assertOnlyProblem("x.yaml:18:9: id 'eerste' komt al eerder voor in deze set; elk item heeft een eigen id nodig.",
                broken("id: tweede", "id: eerste"));
    }

    @Test
    void unknownKindNamesTheKindsThatExist() {
        assertOnlyProblem("x.yaml:6:12: onbekende soort 'meerkeuze'; mogelijk zijn: dilemma, stelling, keuze, "
                        + "verdeling, rangorde, vraag.",
                broken("soort: dilemma", "soort: meerkeuze"));
        assertOnlyProblem("x.yaml:6:12: onbekende soort 'stellingen'; bedoelt u 'stelling'?",
                broken("soort: dilemma", "soort: stellingen"));
    }

    @Test
    void itemWithoutQuestionsIsRefused() {
        assertOnlyProblem("x.yaml:13:13: 'vragen' heeft 0 vragen; geef er 1 tot 10, of laat 'vragen' weg.",
                broken(TWO_QUESTIONS, "    vragen: []\n"));
    }

    @Test
    void itemWithElevenQuestionsIsRefusedButTenAreFine() {
        StringBuilder ten = new StringBuilder("    vragen:\n");
        for (int i = 1; i <= 10; i++) {
            ten.append("      - Vraag ").append(i).append("?\n");
        }
        assertEquals(10, validSet(broken(TWO_QUESTIONS, ten.toString())).items().get(0).questions().size());
        assertOnlyProblem("x.yaml:14:7: 'vragen' heeft 11 vragen; geef er 1 tot 10, of laat 'vragen' weg.",
                broken(TWO_QUESTIONS, ten + "      - Vraag 11?\n"));
    }

    @Test
    void scaleOutsideThreeToSevenStepsIsRefused() {
        assertOnlyProblem("x.yaml:13:13: 'schaal' is 2; kies 3 tot 7 stappen.",
                broken("    pool_b: Kies B.", "    pool_b: Kies B.\n    schaal: 2"));
        assertOnlyProblem("x.yaml:13:13: 'schaal' is 8; kies 3 tot 7 stappen.",
                broken("    pool_b: Kies B.", "    pool_b: Kies B.\n    schaal: 8"));
        assertEquals(3, validSet(broken("    pool_b: Kies B.", "    pool_b: Kies B.\n    schaal: 3"))
                .items().get(0).form().scale().steps());
        assertEquals(7, validSet(broken("    pool_b: Kies B.", "    pool_b: Kies B.\n    schaal: 7"))
                .items().get(0).form().scale().steps());
    }

    @Test
    void scaleThatIsNotANumberIsRefused() {
        assertOnlyProblem("x.yaml:13:13: veld 'schaal' moet een heel getal zijn, maar is tekst.",
                broken("    pool_b: Kies B.", "    pool_b: Kies B.\n    schaal: vijf"));
        assertOnlyProblem("x.yaml:13:13: veld 'schaal' moet een heel getal zijn, maar is een lijst.",
                broken("    pool_b: Kies B.", "    pool_b: Kies B.\n    schaal: [5]"));
    }

    // --- the file as a whole ---

    @Test
    void emptyFileIsReportedAsEmpty() {
        String expected = "x.yaml:1:1: het bestand is leeg; een set heeft minstens 'titel' en 'items' nodig.";
        assertOnlyProblem(expected, "");
        assertOnlyProblem(expected, "\n   \n");
        assertOnlyProblem(expected, "# alleen een opmerking\n");
    }

    @Test
    void emptyItemListIsRefused() {
        String head = VALID.substring(0, VALID.indexOf("items:"));
        assertOnlyProblem("x.yaml:4:8: 'items' is leeg; een set heeft minstens één item nodig.", head + "items: []\n");
        assertOnlyProblem("x.yaml:4:7: veld 'items' is leeg; vul het in.", head + "items:\n");
    }

    @Test
    void secondDocumentIsRefusedAtItsSeparator() {
        List<String> found = problems(VALID + "---\ntitel: Tweede set\n");
        assertEquals(1, found.size(), String.valueOf(found));
        assertTrue(found.get(0).startsWith("x.yaml:25:1: "), found.get(0));
        assertNotNull(validSet("---\n" + VALID), "one document with a leading --- is fine");
    }

    @Test
    void secondDocumentIsExplainedAsOneDocumentTooMany() {
        assertOnlyProblem("x.yaml:25:1: het bestand bevat meer dan één document (---); een set is één document.",
                VALID + "---\ntitel: Tweede set\n");
    }

    @Test
    void aliasBombIsRefusedQuicklyWithOneProblem() {
        String bomb = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """;
        SetFileReader.Result result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(bomb));
        assertEquals(List.of("x.yaml:1:1: het bestand bevat te veel verwijzingen (*naam); "
                + "een dilemmaset heeft ze niet nodig."), rendered(result.problems()));
        assertFalse(result.ok());
    }

    @Test
    void fileOverOneMebibyteIsRefusedAndOneOfExactlyOneMebibyteIsRead() throws IOException {
        StringBuilder text = new StringBuilder(VALID);
        while (text.length() < SetFileReader.MAX_BYTES) {
            text.append('#');
        }
        byte[] exact = text.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(1024 * 1024, exact.length);
        assertTrue(readFile(exact).ok(), "a file of exactly 1 MiB is still read");

        byte[] tooBig = Arrays.copyOf(exact, exact.length + 1);
        tooBig[tooBig.length - 1] = '\n';
        assertEquals(List.of("x.yaml: het bestand is groter dan 1024 KiB; een dilemmaset is nooit zo groot."),
                rendered(readFile(tooBig).problems()));
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAsAnEncodingProblem() throws IOException {
        byte[] latin1 = broken("titel: Proefset", "titel: Caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        SetFileReader.Result result = readFile(latin1);
        assertEquals(List.of("x.yaml: het bestand is geen UTF-8-tekst. Sla het op als UTF-8."),
                rendered(result.problems()));
        assertFalse(result.ok());
    }

    @Test
    void missingFileIsReportedNotThrown() {
        SetFileReader.Result result = new SetFileReader().read(dir.resolve("nergens.yaml"), "x.yaml");
        assertEquals(List.of("x.yaml: bestand niet gevonden."), rendered(result.problems()));
    }

    @Test
    void folderIsNotASetFile() {
        SetFileReader.Result result = new SetFileReader().read(dir, "x.yaml");
        assertEquals(List.of("x.yaml: dit is een map, geen bestand."), rendered(result.problems()));
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() throws IOException {
        String text = "\uFEFF" + broken("titel: Proefset", "titel: Caf\u00e9-set");
        SetFileReader.Result result = readFile(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), rendered(result.problems()));
        assertEquals("Caf\u00e9-set", result.set().title());
        assertEquals("x", result.set().id(), "the id is the file name without .yaml");
    }

    // --- reading values ---

    @Test
    void allProblemsOfAFileAreReportedInOneRunInLineOrder() {
        String text = broken("titel: Proefset", "titel:")
                .replace("soort: dilemma", "soort: meerkeuze")
                .replace("id: tweede", "id: Tweede");
        assertEquals(List.of(
                "x.yaml:1:7: veld 'titel' is leeg; vul het in.",
                "x.yaml:6:12: onbekende soort 'meerkeuze'; mogelijk zijn: dilemma, stelling, keuze, verdeling, "
                        + "rangorde, vraag.",
                "x.yaml:18:9: id 'Tweede' mag alleen kleine letters, cijfers en streepjes bevatten "
                        + "(bijvoorbeeld eigen-kracht)."), problems(text));
    }

    @Test
    void unquotedNoYesOnAndNumbersStayTheTextTheyAre() {
        DilemmaSet set = validSet(broken("titel: Proefset", "titel: no")
                .replace("pool_a: Kies A.", "pool_a: yes")
                .replace("pool_b: Kies B.", "pool_b: on")
                .replace("      - Let op.", "      - off\n      - 2025\n      - 1.50"));
        Item item = set.items().get(0);
        assertEquals("no", set.title());
        assertEquals("yes", item.form().poleA());
        assertEquals("on", item.form().poleB());
        assertEquals(List.of("off", "2025", "1.50"), item.attention());
    }

    @Test
    void foldedTextOverSeveralLinesIsJoinedWithSingleSpaces() {
        DilemmaSet set = validSet(broken("      - Waarom B?",
                "      - >-\n        Waarom zou iemand\n        voor B kiezen?"));
        Item item = set.items().get(0);
        assertEquals("Een korte achtergrond over twee regels.", item.context());
        assertEquals(List.of("Waarom A?", "Waarom zou iemand voor B kiezen?"), item.questions());
    }

    @Test
    void itemTitleOfOnlyInvisibleCharactersIsReportedAsEmpty() {
        assertOnlyProblem("x.yaml:7:12: veld 'titel' is leeg; vul het in.",
                broken("titel: Eerste dilemma", "titel: \"\\u200e\""));
    }

    @Test
    void titleOfZeroWidthCharactersOrFillersIsReportedAsEmpty() {
        assertOnlyProblem("x.yaml:7:12: veld 'titel' is leeg; vul het in.",
                broken("titel: Eerste dilemma", "titel: \"\\u200b\\u200d\\u2060\\u00ad\""));
        assertOnlyProblem("x.yaml:1:8: veld 'titel' is leeg; vul het in.",
                broken("titel: Proefset", "titel: \"\\u3164\\uffa0\\u2800\""));
    }

    @Test
    void poleOfOnlyCombiningMarksOrVariationSelectorsIsReportedAsEmpty() {
        assertOnlyProblem("x.yaml:11:13: veld 'pool_a' is leeg; vul het in.",
                broken("pool_a: Kies A.", "pool_a: \"\\u0301\\u0308\\u034f\""));
        assertOnlyProblem("x.yaml:12:13: veld 'pool_b' is leeg; vul het in.",
                broken("pool_b: Kies B.", "pool_b: \"\\ufe0f\\U000E0041\\u180e\""));
    }

    @Test
    void aTitleWithVisibleLettersBesideInvisibleOnesIsKept() {
        DilemmaSet set = validSet(broken("titel: Eerste dilemma", "titel: \"E\\u0301\\u200bn\""));
        assertEquals("E\u0301\u200bn", set.items().get(0).title());
    }

    // --- kinds ---

    /** One valid item of each kind, in enum order; line numbers in the kind tests refer to this text. */
    private static final String KINDS = """
            titel: Soorten
            bron: Eigen tekst
            items:
              - id: een-dilemma
                soort: dilemma
                titel: Een dilemma
                context: Achtergrond.
                pool_a: Links.
                pool_b: Rechts.
              - id: een-stelling
                soort: stelling
                titel: Een stelling
                context: Achtergrond.
                stelling: Iedereen doet mee.
              - id: een-keuze
                soort: keuze
                titel: Een keuze
                context: Achtergrond.
                opties:
                  - Jeugdhulp
                  - Schuldhulp
                  - Wmo-ondersteuning
              - id: een-verdeling
                soort: verdeling
                titel: Een verdeling
                context: Achtergrond.
                opties:
                  - Wonen
                  - Jeugd
                  - Bestaanszekerheid
                punten: 100
              - id: een-rangorde
                soort: rangorde
                titel: Een rangorde
                context: Achtergrond.
                opties:
                  - Eerst
                  - Dan
                  - Laatst
              - id: een-vraag
                soort: vraag
                titel: Een vraag
                context: Achtergrond.
                vraag: Waar loopt u tegenaan?
            """;

    private static final String CHOICE_OPTIONS = """
                opties:
                  - Jeugdhulp
                  - Schuldhulp
                  - Wmo-ondersteuning
            """;

    private static final String ALLOCATION_OPTIONS = """
                opties:
                  - Wonen
                  - Jeugd
                  - Bestaanszekerheid
            """;

    private static final String RANKING_OPTIONS = """
                opties:
                  - Eerst
                  - Dan
                  - Laatst
            """;

    /** The text with one item of each kind, with {@code part}, which must occur exactly once, replaced. */
    private static String brokenKinds(String part, String replacement) {
        int at = KINDS.indexOf(part);
        assertTrue(at >= 0 && at == KINDS.lastIndexOf(part), "the kinds text should hold exactly one: " + part);
        return KINDS.substring(0, at) + replacement + KINDS.substring(at + part.length());
    }

    /** An option list of {@code count} entries, as the choice item has it. */
    private static String choiceOptions(int count) {
        StringBuilder list = new StringBuilder("    opties:\n");
        for (int i = 1; i <= count; i++) {
            list.append("      - Optie ").append(i).append('\n');
        }
        return list.toString();
    }

    @Test
    void setWithOneItemOfEachKindReadsIntoSixFormsWithTheirDefaults() {
        DilemmaSet set = validSet(KINDS);
        assertEquals(List.of(ItemKind.DILEMMA, ItemKind.STATEMENT, ItemKind.CHOICE, ItemKind.ALLOCATION,
                ItemKind.RANKING, ItemKind.QUESTION), set.items().stream().map(Item::kind).toList());

        ItemForm dilemma = set.items().get(0).form();
        assertEquals("Links.", dilemma.poleA());
        assertEquals("Rechts.", dilemma.poleB());
        assertEquals(5, dilemma.scale().steps());

        ItemForm statement = set.items().get(1).form();
        assertEquals("Iedereen doet mee.", statement.prompt());
        assertEquals(5, statement.scale().steps(), "schaal defaults to 5 steps on a stelling too");

        ItemForm choice = set.items().get(2).form();
        assertEquals(List.of("Jeugdhulp", "Schuldhulp", "Wmo-ondersteuning"), choice.options());
        assertEquals(1, choice.maxChoices(), "max defaults to 1");

        ItemForm allocation = set.items().get(3).form();
        assertEquals(List.of("Wonen", "Jeugd", "Bestaanszekerheid"), allocation.options());
        assertEquals(100, allocation.points());

        ItemForm ranking = set.items().get(4).form();
        assertEquals(List.of("Eerst", "Dan", "Laatst"), ranking.options());

        ItemForm question = set.items().get(5).form();
        assertEquals("Waar loopt u tegenaan?", question.prompt());
        assertNull(question.scale(), "an open question has no scale");
    }

    @Test
    void statementWithItsOwnScaleAndChoiceWithItsOwnMaximumKeepThem() {
        DilemmaSet set = validSet(brokenKinds("    stelling: Iedereen doet mee.\n",
                "    stelling: Iedereen doet mee.\n    schaal: 7\n")
                .replace("      - Wmo-ondersteuning\n", "      - Wmo-ondersteuning\n    max: 3\n"));
        assertEquals(7, set.items().get(1).form().scale().steps());
        assertEquals(3, set.items().get(2).form().maxChoices(), "max may equal the number of options");
    }

    @Test
    void optionsOnADilemmaAskWhetherTheKindIsRight() {
        assertOnlyProblem("x.yaml:10:5: 'opties' hoort niet bij soort dilemma; daarbij horen: pool_a, pool_b, "
                        + "schaal. Klopt de soort?",
                brokenKinds("    pool_b: Rechts.\n", "    pool_b: Rechts.\n    opties:\n      - Ja\n      - Nee\n"));
    }

    @Test
    void poleOnAStatementAsksWhetherTheKindIsRight() {
        assertOnlyProblem("x.yaml:15:5: 'pool_a' hoort niet bij soort stelling; daarbij horen: stelling, schaal. "
                        + "Klopt de soort?",
                brokenKinds("    stelling: Iedereen doet mee.\n",
                        "    stelling: Iedereen doet mee.\n    pool_a: Ja.\n"));
    }

    @Test
    void choiceWithoutOptionsIsReportedAtTheStartOfItsItem() {
        assertOnlyProblem("x.yaml:15:5: een keuze heeft 'opties' nodig: een lijst van 2 tot 12 mogelijkheden, "
                + "elk op een eigen regel die begint met '- '.", brokenKinds(CHOICE_OPTIONS, ""));
    }

    @Test
    void allocationWithoutOptionsIsReportedAtTheStartOfItsItem() {
        assertOnlyProblem("x.yaml:23:5: een verdeling heeft 'opties' nodig: een lijst van 2 tot 12 mogelijkheden, "
                + "elk op een eigen regel die begint met '- '.", brokenKinds(ALLOCATION_OPTIONS, ""));
    }

    @Test
    void rankingWithoutOptionsIsReportedAtTheStartOfItsItem() {
        assertOnlyProblem("x.yaml:32:5: een rangorde heeft 'opties' nodig: een lijst van 2 tot 12 mogelijkheden, "
                + "elk op een eigen regel die begint met '- '.", brokenKinds(RANKING_OPTIONS, ""));
    }

    @Test
    void choiceWithOneOptionIsRefusedAtTheList() {
        assertOnlyProblem("x.yaml:20:7: 'opties' bevat er 1; geef 2 tot 12 opties.",
                brokenKinds(CHOICE_OPTIONS, choiceOptions(1)));
    }

    @Test
    void choiceWithThirteenOptionsIsRefusedAtTheListButTwelveAreFine() {
        assertEquals(12, validSet(brokenKinds(CHOICE_OPTIONS, choiceOptions(12))).items().get(2).form()
                .options().size());
        assertOnlyProblem("x.yaml:20:7: 'opties' bevat er 13; geef 2 tot 12 opties.",
                brokenKinds(CHOICE_OPTIONS, choiceOptions(13)));
    }

    @Test
    void optionThatDiffersOnlyInCaseIsADuplicateReportedWithTheLineOfTheFirst() {
        assertOnlyProblem("x.yaml:29:9: optie 'wonen' staat er al (regel 28); geef elke optie een eigen tekst.",
                brokenKinds("      - Jeugd\n", "      - wonen\n"));
    }

    @Test
    void optionThatDiffersOnlyByAZeroWidthSpaceIsADuplicate() {
        assertOnlyProblem("x.yaml:29:9: optie 'Wo\u200bnen' staat er al (regel 28); geef elke optie een eigen tekst.",
                brokenKinds("      - Jeugd\n", "      - \"Wo\\u200bnen\"\n"));
    }

    @Test
    void optionOfOnlyInvisibleCharactersIsReportedAsAnEmptyEntry() {
        assertOnlyProblem("x.yaml:29:9: een regel van 'opties' is leeg (of bevat alleen onzichtbare tekens); "
                        + "vul hem in of haal hem weg.",
                brokenKinds("      - Jeugd\n", "      - \"\\u200b\\u3164\"\n"));
    }

    @Test
    void statementAndQuestionOfOnlyInvisibleCharactersAreReportedAsEmpty() {
        assertOnlyProblem("x.yaml:14:15: veld 'stelling' is leeg; vul het in.",
                brokenKinds("stelling: Iedereen doet mee.", "stelling: \"\\u2060\\u00ad\""));
        assertOnlyProblem("x.yaml:44:12: veld 'vraag' is leeg; vul het in.",
                brokenKinds("vraag: Waar loopt u tegenaan?", "vraag: \"\\u115f\\u1160\""));
    }

    @Test
    void maximumOfZeroIsOutOfRange() {
        assertOnlyProblem("x.yaml:23:10: 'max' is 0; kies 1 tot 3 (het aantal opties).",
                brokenKinds("      - Wmo-ondersteuning\n", "      - Wmo-ondersteuning\n    max: 0\n"));
    }

    @Test
    void maximumAboveTheNumberOfOptionsIsOutOfRange() {
        assertOnlyProblem("x.yaml:23:10: 'max' is 4; kies 1 tot 3 (het aantal opties).",
                brokenKinds("      - Wmo-ondersteuning\n", "      - Wmo-ondersteuning\n    max: 4\n"));
    }

    @Test
    void maximumThatIsNotANumberIsAWrongType() {
        assertOnlyProblem("x.yaml:23:10: veld 'max' moet een heel getal zijn, maar is tekst.",
                brokenKinds("      - Wmo-ondersteuning\n", "      - Wmo-ondersteuning\n    max: twee\n"));
    }

    @Test
    void allocationWithoutPointsIsReportedAtTheStartOfItsItem() {
        assertOnlyProblem("x.yaml:23:5: een verdeling heeft 'punten' nodig: hoeveel punten elke deelnemer verdeelt, "
                + "bijvoorbeeld 'punten: 100'.", brokenKinds("    punten: 100\n", ""));
    }

    @Test
    void pointsOutsideTwoToAThousandAreRefused() {
        assertAll(
                () -> assertOnlyProblem("x.yaml:31:13: 'punten' is 1; kies 2 tot 1000.",
                        brokenKinds("punten: 100", "punten: 1")),
                () -> assertOnlyProblem("x.yaml:31:13: 'punten' is 1001; kies 2 tot 1000.",
                        brokenKinds("punten: 100", "punten: 1001")));
    }

    @Test
    void pointsOfTwoAndOfAThousandAreFine() {
        assertEquals(2, validSet(brokenKinds("punten: 100", "punten: 2")).items().get(3).form().points());
        assertEquals(1000, validSet(brokenKinds("punten: 100", "punten: 1000")).items().get(3).form().points());
    }

    @Test
    void pointsThatAreNotANumberAreAWrongType() {
        assertOnlyProblem("x.yaml:31:13: veld 'punten' moet een heel getal zijn, maar is tekst.",
                brokenKinds("punten: 100", "punten: honderd"));
    }

    @Test
    void statementWithoutItsStatementIsMissingAField() {
        assertOnlyProblem("x.yaml:10:5: verplicht veld 'stelling' ontbreekt.",
                brokenKinds("    stelling: Iedereen doet mee.\n", ""));
    }

    @Test
    void questionWithoutItsQuestionIsMissingAField() {
        assertOnlyProblem("x.yaml:40:5: verplicht veld 'vraag' ontbreekt.",
                brokenKinds("    vraag: Waar loopt u tegenaan?\n", ""));
    }

    @Test
    void statementScaleOutsideThreeToSevenStepsIsRefused() {
        assertOnlyProblem("x.yaml:15:13: 'schaal' is 9; kies 3 tot 7 stappen.",
                brokenKinds("    stelling: Iedereen doet mee.\n", "    stelling: Iedereen doet mee.\n    schaal: 9\n"));
        assertOnlyProblem("x.yaml:15:13: 'schaal' is 2; kies 3 tot 7 stappen.",
                brokenKinds("    stelling: Iedereen doet mee.\n", "    stelling: Iedereen doet mee.\n    schaal: 2\n"));
    }

    @Test
    void emptyScaleMeansTheDefaultAndEmptyPointsAreMissingNeverADroppedItem() {
        DilemmaSet set = validSet(brokenKinds("    stelling: Iedereen doet mee.\n",
                "    stelling: Iedereen doet mee.\n    schaal:\n"));
        assertEquals(6, set.items().size());
        assertEquals(5, set.items().get(1).form().scale().steps());
        assertEquals(6, validSet(brokenKinds("    pool_b: Rechts.\n", "    pool_b: Rechts.\n    schaal: ~\n"))
                .items().size());
        assertOnlyProblem("x.yaml:31:12: een verdeling heeft 'punten' nodig: hoeveel punten elke deelnemer verdeelt, "
                + "bijvoorbeeld 'punten: 100'.", brokenKinds("punten: 100", "punten:"));
    }

    @Test
    void unquotedNoYesOnAndNumbersAsOptionsStayTheTextTheyAre() {
        DilemmaSet set = validSet(brokenKinds(CHOICE_OPTIONS,
                "    opties:\n      - no\n      - yes\n      - on\n      - 100\n"));
        assertEquals(List.of("no", "yes", "on", "100"), set.items().get(2).form().options());
    }

    @Test
    void unknownKindCloseToARealOneSuggestsIt() {
        assertOnlyProblem("x.yaml:24:12: onbekende soort 'verdeeling'; bedoelt u 'verdeling'?",
                brokenKinds("soort: verdeling", "soort: verdeeling"));
        assertOnlyProblem("x.yaml:16:12: onbekende soort 'keuzes'; bedoelt u 'keuze'?",
                brokenKinds("soort: keuze", "soort: keuzes"));
    }

    @Test
    void everyProblemOfEveryKindIsReportedInFileOrder() {
        String text = """
                titel: Vol fouten
                bron: Eigen tekst
                items:
                  - id: Dilemma
                    titel: Een dilemma
                    context: Achtergrond.
                    pool_a: Links.
                    opties:
                      - Ja
                      - Nee
                  - id: een-stelling
                    soort: stelling
                    titel: Een stelling
                    context: Achtergrond.
                    pool_a: Links.
                    schaal: 9
                  - id: een-keuze
                    soort: keuze
                    titel: Een keuze
                    context: Achtergrond.
                    opties:
                      - Wonen
                      - wonen
                    max: twee
                  - id: een-verdeling
                    soort: verdeling
                    titel: Een verdeling
                    context: Achtergrond.
                    opties:
                      - Wonen
                    punten: 1
                  - id: een-rangorde
                    soort: rangorde
                    titel: Een rangorde
                    context: Achtergrond.
                    max: 2
                  - id: een-vraag
                    soort: vraag
                    titel: Een vraag
                    context: Achtergrond.
                    stelling: Iets.
                """;
        assertEquals(List.of(
                "x.yaml:4:5: verplicht veld 'pool_b' ontbreekt.",
                "x.yaml:4:9: id 'Dilemma' mag alleen kleine letters, cijfers en streepjes bevatten "
                        + "(bijvoorbeeld eigen-kracht).",
                "x.yaml:8:5: 'opties' hoort niet bij soort dilemma; daarbij horen: pool_a, pool_b, schaal. "
                        + "Klopt de soort?",
                "x.yaml:11:5: verplicht veld 'stelling' ontbreekt.",
                "x.yaml:15:5: 'pool_a' hoort niet bij soort stelling; daarbij horen: stelling, schaal. Klopt de soort?",
                "x.yaml:16:13: 'schaal' is 9; kies 3 tot 7 stappen.",
                "x.yaml:23:9: optie 'wonen' staat er al (regel 22); geef elke optie een eigen tekst.",
                "x.yaml:24:10: veld 'max' moet een heel getal zijn, maar is tekst.",
                "x.yaml:30:7: 'opties' bevat er 1; geef 2 tot 12 opties.",
                "x.yaml:31:13: 'punten' is 1; kies 2 tot 1000.",
                "x.yaml:32:5: een rangorde heeft 'opties' nodig: een lijst van 2 tot 12 mogelijkheden, "
                        + "elk op een eigen regel die begint met '- '.",
                "x.yaml:36:5: 'max' hoort niet bij soort rangorde; daarbij horen: opties. Klopt de soort?",
                "x.yaml:37:5: verplicht veld 'vraag' ontbreekt.",
                "x.yaml:41:5: 'stelling' hoort niet bij soort vraag; daarbij horen: vraag. Klopt de soort?"),
                problems(text));
    }

    // --- the shipped set ---

    @Test
    void shippedScpSetHasFourCompleteItems() {
        SetFileReader.Result result = new SetFileReader().read(Path.of("dilemmas", "scp-dilemmas-2022.yaml"),
                "dilemmas/scp-dilemmas-2022.yaml");
        assertEquals(List.of(), rendered(result.problems()));
        DilemmaSet set = result.set();
        assertEquals("scp-dilemmas-2022", set.id());
        assertEquals(List.of("eigen-kracht", "prioriteren", "integraal-werken", "menselijke-maat"),
                set.items().stream().map(Item::key).toList());
        for (Item item : set.items()) {
            assertFalse(item.source().isBlank(), item.key() + " has a source");
            int questions = item.questions().size();
            assertTrue(questions >= 2 && questions <= 4, item.key() + " has 2-4 questions, not " + questions);
        }
    }
}
