package nl.beraad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.beraad.content.SetFileReader;
import nl.beraad.domain.DilemmaSet;
import nl.beraad.domain.Item;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 'sets' commands (list, show, validate) and 'start' with an unknown set, run through Cli.run. */
class SetsCommandTest {

    private static final String GOOD = """
            titel: Proefset
            bron: Eigen tekst
            items:
              - id: eerste
                titel: Eerste dilemma
                context: Een korte achtergrond.
                pool_a: Kies A.
                pool_b: Kies B.
                vragen:
                  - Waarom A?
              - id: tweede
                titel: Tweede dilemma
                context: Nog een achtergrond.
                pool_a: Links.
                pool_b: Rechts.
                vragen:
                  - Wat nu?
            """;

    /** GOOD with three mistakes, on lines 1, 4 and 11. */
    private static final String BROKEN = GOOD
            .replace("titel: Proefset", "titel:")
            .replace("id: eerste", "id: Eerste")
            .replace("id: tweede", "id: eerste_2");

    private static final Path SHIPPED_SETS = Path.of("dilemmas");

    @TempDir
    Path dir;

    private Path sets;

    private record Run(int code, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        sets = Files.createDirectories(dir.resolve("sets"));
    }

    /** Runs Beraad with the sets folder and the database in the temporary folder; never a stack trace. */
    private Run beraad(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = Map.of(
                "BERAAD_HOME", dir.toString(),
                "BERAAD_SETS", sets.toString(),
                "BERAAD_DB", dir.resolve("db").resolve("beraad").toString());
        int code = Cli.run(args, new ByteArrayInputStream(new byte[0]), out, err, env, false,
                Clock.fixed(Instant.parse("2025-01-15T10:00:00Z"), ZoneOffset.UTC));
        Run run = new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        for (String text : List.of(run.out(), run.err())) {
            assertFalse(text.contains("Exception"), "no exception shown: " + text);
            assertFalse(text.contains("\tat "), "no stack trace shown: " + text);
        }
        return run;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(sets.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void assertLineEndsWith(String expectedEnd, String line) {
        assertTrue(line.endsWith(expectedEnd), "expected a line ending in [" + expectedEnd + "] but got [" + line + "]");
    }

    // --- sets validate ---

    @Test
    void validateOnAFolderPrintsEveryProblemOfTheBrokenFileWithItsPositionAndExits2() throws IOException {
        write("goed.yaml", GOOD);
        write("kapot.yaml", BROKEN);

        Run run = beraad("sets", "validate");

        assertEquals(2, run.code());
        assertEquals("", run.out());
        List<String> lines = run.errLines();
        assertEquals(4, lines.size(), run.err());
        assertLineEndsWith("kapot.yaml:1:7: veld 'titel' is leeg; vul het in.", lines.get(0));
        assertLineEndsWith("kapot.yaml:4:9: id 'Eerste' mag alleen kleine letters, cijfers en streepjes bevatten "
                + "(bijvoorbeeld eigen-kracht).", lines.get(1));
        assertLineEndsWith("kapot.yaml:11:9: id 'eerste_2' mag alleen kleine letters, cijfers en streepjes bevatten "
                + "(bijvoorbeeld eigen-kracht).", lines.get(2));
        assertEquals("3 problemen gevonden in 2 bestand(en).", lines.get(3));
        assertFalse(run.err().contains("goed.yaml"), "the good file has nothing to report");
    }

    @Test
    void validateOnAGoodFileExits0AndSaysThereAreNoProblems() throws IOException {
        Path good = write("goed.yaml", GOOD);

        Run run = beraad("sets", "validate", good.toString());

        assertEquals(0, run.code());
        assertEquals(List.of("1 set gecontroleerd: geen problemen."), run.outLines());
        assertEquals("", run.err());
    }

    @Test
    void validateOnAMissingFileExits2WithOneClearSentence() {
        Run run = beraad("sets", "validate", "missing.yaml");

        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertEquals(List.of("missing.yaml: bestand niet gevonden.", "1 probleem gevonden in 0 bestand(en)."),
                run.errLines());
    }

    @Test
    void validateOnHostileAndUnreadableFilesReportsEachWithoutAStackTrace() throws IOException {
        Files.write(sets.resolve("latin1.yaml"), GOOD.replace("Proefset", "Caf\u00e9").getBytes(StandardCharsets.ISO_8859_1));
        byte[] big = new byte[SetFileReader.MAX_BYTES + 1];
        Arrays.fill(big, (byte) '#');
        Files.write(sets.resolve("groot.yaml"), big);
        write("tab.yaml", GOOD.replace("    context: Een", "\tcontext: Een"));
        write("bom.yaml", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n");

        Run run = beraad("sets", "validate");

        assertEquals(2, run.code());
        List<String> lines = run.errLines();
        assertEquals(5, lines.size(), run.err());
        assertLineEndsWith("bom.yaml:1:1: het bestand bevat te veel verwijzingen (*naam); "
                + "een dilemmaset heeft ze niet nodig.", lines.get(0));
        assertLineEndsWith("groot.yaml: het bestand is groter dan 1024 KiB; een dilemmaset is nooit zo groot.",
                lines.get(1));
        assertLineEndsWith("latin1.yaml: het bestand is geen UTF-8-tekst. Sla het op als UTF-8.", lines.get(2));
        assertLineEndsWith("tab.yaml:6:1: hier staat een tab; gebruik spaties om in te springen.", lines.get(3));
        assertEquals("4 problemen gevonden in 4 bestand(en).", lines.get(4));
    }

    @Test
    void validateOnAFolderWithoutSetsExits2() {
        Run run = beraad("sets", "validate");

        assertEquals(2, run.code());
        assertEquals(2, run.errLines().size(), run.err());
        assertLineEndsWith("sets: in deze map staan geen dilemmasets (*.yaml).", run.errLines().get(0));
        assertEquals("1 probleem gevonden in 0 bestand(en).", run.errLines().get(1));
    }

    @Test
    void validateReportsATitleOfOnlyInvisibleCharactersAsEmpty() throws IOException {
        write("onzichtbaar.yaml", GOOD.replace("titel: Eerste dilemma", "titel: \"\\u200e\""));

        Run run = beraad("sets", "validate");

        assertEquals(2, run.code());
        assertLineEndsWith("onzichtbaar.yaml:5:12: veld 'titel' is leeg; vul het in.", run.errLines().get(0));
    }

    // --- sets list ---

    @Test
    void listShowsIdItemCountKindsAndTitleAndMarksABrokenSetInvalidButExits0() throws IOException {
        write("goed.yaml", GOOD);
        write("kapot.yaml", BROKEN);
        write("LEESMIJ.md", "geen set");

        Run run = beraad("sets", "list");

        assertEquals(0, run.code());
        assertEquals(List.of(
                "goed    2 items  dilemma  Proefset",
                "kapot  ONGELDIG (3 problemen)"), run.outLines());
        assertEquals(List.of("1 set bevat fouten; bekijk die met: beraad sets validate"), run.errLines());
    }

    @Test
    void listTakesTheFolderFromTheSetsOptionAndReadsYmlFilesToo() throws IOException {
        Path other = Files.createDirectories(dir.resolve("andere"));
        Files.writeString(other.resolve("elders.yml"), GOOD);

        Run run = beraad("sets", "list", "--sets", other.toString());

        assertEquals(0, run.code());
        assertEquals(List.of("elders   2 items  dilemma  Proefset"), run.outLines());
    }

    @Test
    void aYamlAndAYmlFileWithOneIdAreBothRefusedSoStartNeverGuesses() throws IOException {
        write("twee.yaml", GOOD);
        write("twee.yml", GOOD.replace("Proefset", "Andere set"));

        Run validate = beraad("sets", "validate");
        Run list = beraad("sets", "list");
        Run start = beraad("start", "--set", "twee", "--plain");

        assertEquals(2, validate.code(), validate.err());
        List<String> lines = validate.errLines();
        assertEquals(3, lines.size(), validate.err());
        assertLineEndsWith("twee.yaml:1:1: set 'twee' staat twee keer in deze map, ook als twee.yml; haal één van "
                + "de twee weg of geef hem een andere naam.", lines.get(0));
        assertLineEndsWith("twee.yml:1:1: set 'twee' staat twee keer in deze map, ook als twee.yaml; haal één van "
                + "de twee weg of geef hem een andere naam.", lines.get(1));
        assertEquals(2, list.outLines().stream().filter(l -> l.startsWith("twee") && l.contains("ONGELDIG")).count(),
                list.out());
        assertEquals(2, start.code(), start.err());
        assertTrue(start.err().contains("twee.yaml:1:1: set 'twee' staat twee keer"), start.err());
    }

    @Test
    void aSetElsewhereWithTheIdOfAShippedSetButOtherContentIsRefusedWhereverItIsChecked() throws IOException {
        Path shipped = Files.createDirectories(dir.resolve("dilemmas"));
        Files.writeString(shipped.resolve("proef.yaml"), GOOD, StandardCharsets.UTF_8);
        write("proef.yaml", GOOD.replace("Kies A.", "Kies toch A."));
        Path loose = Files.writeString(Files.createDirectories(dir.resolve("los")).resolve("proef.yml"),
                GOOD.replace("Links.", "Rechts af."), StandardCharsets.UTF_8);

        Run validate = beraad("sets", "validate");
        Run validateLoose = beraad("sets", "validate", loose.toString());
        Run start = beraad("start", "--set", "proef", "--plain");

        String expected = ":1:1: set-id 'proef' is al van de meegeleverde set " + shipped.resolve("proef.yaml")
                + ", met een andere inhoud; geef dit bestand een andere naam, zodat sessies en vergelijkingen de "
                + "twee sets niet verwarren.";
        assertEquals(2, validate.code(), validate.err());
        assertLineEndsWith("proef.yaml" + expected, validate.errLines().get(0));
        assertEquals(2, validateLoose.code(), validateLoose.err());
        assertLineEndsWith("proef.yml" + expected, validateLoose.errLines().get(0));
        assertEquals(2, start.code(), start.err());
        assertTrue(start.err().contains("proef.yaml" + expected), start.err());
    }

    @Test
    void anExactCopyOfAShippedSetElsewhereIsTheSameSetAndFine() throws IOException {
        Path shipped = Files.createDirectories(dir.resolve("dilemmas"));
        Files.writeString(shipped.resolve("proef.yaml"), GOOD, StandardCharsets.UTF_8);
        write("proef.yaml", GOOD);

        Run validate = beraad("sets", "validate");
        Run validateShipped = beraad("sets", "validate", shipped.resolve("proef.yaml").toString());

        assertEquals(0, validate.code(), validate.err());
        assertEquals(0, validateShipped.code(), validateShipped.err());
    }

    // --- sets show ---

    @Test
    void showPrintsEveryItemTitleAndBothPolesOfTheShippedSet() {
        DilemmaSet shipped = new SetFileReader().read(SHIPPED_SETS.resolve("scp-dilemmas-2022.yaml"), "scp").set();

        Run run = beraad("sets", "show", "scp-dilemmas-2022", "--sets", SHIPPED_SETS.toString());

        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertEquals("Vier dilemma's in het sociaal domein (SCP, 2022) (scp-dilemmas-2022)", run.outLines().get(0));
        // Long lines are wrapped at 80 columns; join them again to find each text whole.
        String joined = run.out().replaceAll(" *\\R *", " ");
        List<String> missing = new ArrayList<>();
        int n = 1;
        for (Item item : shipped.items()) {
            for (String expected : List.of("Item " + n + " van 4: " + item.title(),
                    "Pool A: " + item.form().poleA(), "Pool B: " + item.form().poleB())) {
                if (!joined.contains(expected)) {
                    missing.add(expected);
                }
            }
            n++;
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void showOfABrokenSetPrintsItsProblemsAndExits2() throws IOException {
        write("kapot.yaml", BROKEN);

        Run run = beraad("sets", "show", "kapot");

        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertEquals(3, run.errLines().size(), run.err());
        assertLineEndsWith("kapot.yaml:1:7: veld 'titel' is leeg; vul het in.", run.errLines().get(0));
    }

    // --- start ---

    @Test
    void startWithAnUnknownSetExits2AndCreatesNoSession() throws IOException {
        write("goed.yaml", GOOD);

        Run start = beraad("start", "--set", "nope", "--plain");

        assertEquals(2, start.code());
        assertEquals("", start.out());
        assertEquals(List.of("Er is geen dilemmaset 'nope'. Beschikbaar: goed"), start.errLines());
        assertFalse(Files.exists(dir.resolve("db")), "the database is not even opened");

        Run sessions = beraad("sessions");
        assertEquals(0, sessions.code());
        assertEquals("", sessions.out());
        assertEquals(List.of("Er zijn nog geen sessies. Begin er een met: beraad start --set ID, of bekijk: beraad demo"),
                sessions.errLines());
    }

    @Test
    void startWithABrokenSetExits2WithItsProblemsAndCreatesNoSession() throws IOException {
        write("kapot.yaml", BROKEN);

        Run start = beraad("start", "--set", "kapot", "--plain");

        assertEquals(2, start.code());
        assertEquals(3, start.errLines().size(), start.err());
        assertLineEndsWith("kapot.yaml:1:7: veld 'titel' is leeg; vul het in.", start.errLines().get(0));
        assertFalse(Files.exists(dir.resolve("db")), "the database is not even opened");
    }

    // --- sets new ---

    @Test
    void newWritesATemplateWithOneItemOfEveryKindThatIsValidAsItStands() throws IOException {
        Path file = dir.resolve("mijn-set.yaml");

        Run run = beraad("sets", "new", file.toString());

        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("Sjabloon geschreven: " + file,
                "Vul het in en controleer het met: beraad sets validate " + file), run.outLines());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# Nieuwe dilemmaset voor Beraad."), text);
        assertEquals(0, beraad("sets", "validate", file.toString()).code());
        DilemmaSet set = new SetFileReader().read(file, "mijn-set.yaml").set();
        assertEquals(List.of("dilemma", "stelling", "keuze", "verdeling", "rangorde", "vraag"),
                set.items().stream().map(i -> i.kind().word()).toList());
    }

    @Test
    void newNeverOverwritesAnExistingFile() throws IOException {
        Path file = Files.writeString(dir.resolve("klaar.yaml"), "titel: Al ingevuld\n", StandardCharsets.UTF_8);

        Run run = beraad("sets", "new", file.toString());

        assertEquals(2, run.code());
        assertEquals(List.of("Het bestand " + file + " bestaat al en blijft ongemoeid; kies een andere naam."),
                run.errLines());
        assertEquals("titel: Al ingevuld\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void newRefusesANameThatIsNotAYamlFileAndAFolderThatDoesNotExist() {
        Run wrongName = beraad("sets", "new", dir.resolve("set.txt").toString());
        Run noFolder = beraad("sets", "new", dir.resolve("nergens").resolve("set.yaml").toString());

        assertEquals(2, wrongName.code());
        assertLineEndsWith("(niet " + dir.resolve("set.txt") + ").", wrongName.errLines().get(0));
        assertFalse(Files.exists(dir.resolve("set.txt")));
        assertEquals(1, noFolder.code());
        assertEquals(List.of("Het sjabloon kan niet worden geschreven naar " + dir.resolve("nergens").resolve("set.yaml")
                + ". Bestaat de map en mag u daar schrijven?"), noFolder.errLines());
    }

    // --- the shipped sets ---

    @Test
    void shippedSetsAreValidAndTogetherCoverEveryKindWithASourceOnEveryItem() {
        sets = SHIPPED_SETS.toAbsolutePath();

        Run validate = beraad("sets", "validate", SHIPPED_SETS.toString());
        Run list = beraad("sets", "list");

        assertEquals(0, validate.code(), validate.err());
        assertTrue(list.outLines().size() >= 5, list.out());
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        for (String line : list.outLines()) {
            String id = line.substring(0, line.indexOf(' '));
            DilemmaSet set = new SetFileReader().read(SHIPPED_SETS.resolve(id + ".yaml"), id).set();
            for (Item item : set.items()) {
                kinds.add(item.kind().word());
                assertFalse(item.source().isBlank(), id + "/" + item.key() + " has no source");
                assertTrue(line.contains(item.kind().word()), line);
            }
        }
        assertEquals(new java.util.TreeSet<>(List.of("dilemma", "stelling", "keuze", "verdeling", "rangorde", "vraag")),
                kinds);
    }

    // --- the format guide in dilemmas/README.md ---

    @Test
    void readmeExampleIsAValidSet() throws IOException {
        Path file = write("bibliotheek.yaml", readmeBlock("## Example", "```yaml"));

        Run run = beraad("sets", "validate", file.toString());

        assertEquals(0, run.code(), run.err());
    }

    @Test
    void readmeHasOneValidExampleForEveryKind() throws IOException {
        String readme = Files.readString(SHIPPED_SETS.resolve("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("\n## Item kinds\n"), readme.indexOf("\n## Example\n"));
        StringBuilder set = new StringBuilder("titel: Voorbeelden\nbron: README\nitems:\n");
        List<String> kinds = new java.util.ArrayList<>();
        for (String block : section.split("```yaml\n")) {
            if (block.startsWith("  - id:")) {
                set.append(block, 0, block.indexOf("```"));
                kinds.add(block.replaceAll("(?s).*?soort: (\\w+).*", "$1"));
            }
        }
        Path file = write("voorbeelden.yaml", set.toString());

        Run run = beraad("sets", "validate", file.toString());

        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("dilemma", "stelling", "keuze", "verdeling", "rangorde", "vraag"), kinds);
    }

    @Test
    void readmeErrorExampleIsWhatValidatePrints() throws IOException {
        String example = readmeBlock("## Example", "```yaml");
        assertTrue(example.contains("    pool_a:"));
        Path file = write("bibliotheek.yaml", example.replace("    pool_a:", "    pool-a:"));

        Run run = beraad("sets", "validate", file.toString());

        assertEquals(2, run.code());
        List<String> documented = withoutFolder(readmeBlock("## Errors", "```").lines().toList());
        assertEquals(documented, withoutFolder(run.errLines()));
    }

    /** The first fenced block that opens with {@code fence} after {@code heading} in dilemmas/README.md. */
    private static String readmeBlock(String heading, String fence) throws IOException {
        String readme = Files.readString(SHIPPED_SETS.resolve("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("\n" + heading + "\n");
        assertTrue(section >= 0, "README has a section " + heading);
        int open = readme.indexOf("\n" + fence + "\n", section);
        assertTrue(open >= 0, "section " + heading + " has a " + fence + " block");
        int start = open + fence.length() + 2;
        int end = readme.indexOf("\n```\n", start);
        return readme.substring(start, end + 1);
    }

    /** Lines with the folder in front of "bibliotheek.yaml" taken off, so README and a temp folder compare. */
    private static List<String> withoutFolder(List<String> lines) {
        return lines.stream().map(line -> line.replaceFirst("^\\S*bibliotheek\\.yaml:", "bibliotheek.yaml:")).toList();
    }
}
