package nl.beraad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.beraad.domain.Problem;
import org.junit.jupiter.api.Test;

/** Holds that the English UI text matches the Dutch key for key and placeholder for placeholder. */
class MessagesTest {

    private static final String DUTCH = "/nl/beraad/text/messages.properties";
    private static final String ENGLISH = "/nl/beraad/text/messages_en.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyDutchKeyHasAnEnglishText() throws IOException {
        Set<String> missing = new TreeSet<>(load(DUTCH).stringPropertyNames());
        missing.removeAll(load(ENGLISH).stringPropertyNames());

        assertTrue(missing.isEmpty(), "not in messages_en.properties: " + missing);
    }

    @Test
    void everyEnglishKeyExistsInDutch() throws IOException {
        Set<String> extra = new TreeSet<>(load(ENGLISH).stringPropertyNames());
        extra.removeAll(load(DUTCH).stringPropertyNames());

        assertTrue(extra.isEmpty(), "not in messages.properties: " + extra);
    }

    @Test
    void eachKeyHasTheSamePlaceholdersInBothLanguages() throws IOException {
        Properties dutch = load(DUTCH);
        Properties english = load(ENGLISH);
        List<String> differ = new ArrayList<>();
        for (String key : new TreeSet<>(dutch.stringPropertyNames())) {
            String en = english.getProperty(key);
            if (en != null && !placeholders(dutch.getProperty(key)).equals(placeholders(en))) {
                differ.add(key + " nl" + placeholders(dutch.getProperty(key)) + " en" + placeholders(en));
            }
        }

        assertTrue(differ.isEmpty(), "placeholders differ: " + differ);
    }

    @Test
    void leadingAndTrailingSpacesMatchTheDutch() throws IOException {
        Properties dutch = load(DUTCH);
        Properties english = load(ENGLISH);
        List<String> differ = new ArrayList<>();
        for (String key : new TreeSet<>(dutch.stringPropertyNames())) {
            String nl = dutch.getProperty(key);
            String en = english.getProperty(key, nl);
            if (nl.startsWith(" ") != en.startsWith(" ") || nl.endsWith(" ") != en.endsWith(" ")) {
                differ.add(key);
            }
        }

        assertTrue(differ.isEmpty(), "leading or trailing space differs: " + differ);
        assertEquals("Position of Anouk: ", Messages.forLanguage("en").get("poll.prompt", "Anouk"));
        assertEquals(" (has voted in round 2)", Messages.forLanguage("en").get("participants.voted", 2));
    }

    @Test
    void englishTextNamesNoDutchCommandWord() throws IOException {
        Properties english = load(ENGLISH);
        List<String> dutchWords = List.of("'ronde2'", "'stop'", "'stem ", "'stemmen'", "'onthul'", "'volgende'",
                "'afronden'", "'conclusie", "'deelnemer", ": deelnemer", "'toon'", "'overzicht'", "'hulp'");
        List<String> found = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            for (String word : dutchWords) {
                if (english.getProperty(key).contains(word)) {
                    found.add(key + " has " + word);
                }
            }
        }

        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void englishNamesTheEnglishCommandWordsWhereTheDutchHardCodesThem() {
        Messages en = Messages.forLanguage("en");

        assertTrue(en.get("vote.revealed", 1).contains("'round2'"), en.get("vote.revealed", 1));
        assertTrue(en.get("session.in.use", 3).contains("'quit'"), en.get("session.in.use", 3));
        assertTrue(en.get("poll.intro", 5).contains("'quit'"), en.get("poll.intro", 5));
        assertEquals("There is no participant 'Anouk'. Add them with: participant Anouk",
                en.get("participant.unknown", "Anouk"));
    }

    @Test
    void englishCallsAnAbstentionAnAbstention() {
        assertEquals("abstention", Messages.forLanguage("en").get("scale.abstain"));
    }

    @Test
    void englishReportDateReadsAsABritishDate() {
        String pattern = Messages.forLanguage("en").get("report.datetime.pattern");

        assertEquals("d MMMM yyyy 'at' HH:mm", pattern);
        assertEquals("4 March 2025 at 09:05",
                DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(LocalDateTime.of(2025, 3, 4, 9, 5)));
    }

    @Test
    void dutchApostrophesSurviveSubstitution() {
        Messages nl = Messages.forLanguage("nl");

        assertEquals("Onbekend commando 'x'. Typ 'help' voor de lijst.", nl.get("cmd.unknown", "x", "help"));
        assertEquals("Typ 'help' voor alle commando's.", nl.get("session.hint.help", "help"));
        assertEquals("Demonstratie: vier dilemma's in het sociaal domein", nl.get("demo.title"));
    }

    @Test
    void anArgumentCannotSmuggleAControlIntoAMessage() {
        Messages nl = Messages.forLanguage("nl");

        assertEquals("Verslag geschreven: \u241b]0;x\u2407<U+202E>.md", nl.get("report.written", "\u001b]0;x\u0007\u202e.md"));
        assertEquals("\u241b[2J.yaml:1:2: " + nl.get("set.dir.empty"),
                nl.problem(Problem.at("\u001b[2J.yaml:1:2", "set.dir.empty")));
    }

    @Test
    void englishApostrophesSurviveSubstitution() {
        Messages en = Messages.forLanguage("en");

        assertEquals("Unknown command 'x'. Type 'help' for the list.", en.get("cmd.unknown", "x", "help"));
        assertEquals("Records a participant's position (or changes it).", en.get("cmd.vote"));
    }

    @Test
    void englishFillsEveryPlaceholder() throws IOException {
        Messages en = Messages.forLanguage("en");
        Object[] args = {"a0", "a1", "a2", "a3", "a4", "a5", "a6"};

        for (String key : load(ENGLISH).stringPropertyNames()) {
            String text = en.get(key, args);
            assertFalse(PLACEHOLDER.matcher(text).find(), key + ": " + text);
            assertFalse(text.equals(key), key);
        }
    }

    /** Calls that take a message key as a literal: msg.get("..."), invalid("..."), Problem.at(where, "..."), ... */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:\\.(?:get|counted|has)|invalid|conflict|Problem\\.of|BeraadException\\(ExitCode\\.\\w+,)\\(?\\s*\"([^\"]+)\""
                    + "|Problem\\.at\\([^,]+,\\s*\"([^\"]+)\""
                    + "|\"((?:[a-z][a-z0-9_]*\\.)+[a-z0-9_]+)\"");
    /** Dotted literals in the code that are not message keys (a property, the bundle, an SQL column). */
    private static final Set<String> NOT_KEYS = Set.of("java.version", "java.home", "java.class.path", "nl.beraad.text.messages", "v.item_no",
            "sun.net.httpserver.nodelay", "user.name");

    @Test
    void everyMessageKeyNamedInTheCodeExistsInBothLanguages() throws IOException {
        Properties nl = load(DUTCH);
        Properties en = load(ENGLISH);
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(java.nio.file.Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    // A key built at run time ("answer.hint." + kind) is checked where it is used.
                    if (NOT_KEYS.contains(key) || key.endsWith(".") || key.contains(" ") || !key.contains(".")) {
                        continue;
                    }
                    found++;
                    if (!nl.containsKey(key) || !en.containsKey(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertTrue(found > 100, "the scan finds the keys in the code (" + found + ")");
        assertEquals(List.of(), missing);
    }
}
