package nl.beraad.ui.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;

/** Tab completion offers command words first, then participants' names where a command takes one. */
class CommandCompleterTest {
    private final CommandCompleter dutch = new CommandCompleter("nl",
            () -> List.of(new Participant(new ParticipantId(1), "Anouk de Vries", 1), new Participant(new ParticipantId(2), "José Öztürk", 2)));

    private List<String> complete(CommandCompleter completer, String typed) {
        List<Candidate> candidates = new ArrayList<>();
        DefaultParser parser = new DefaultParser();
        completer.complete(null, parser.parse(typed, typed.length(), org.jline.reader.Parser.ParseContext.COMPLETE),
                candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void theFirstWordCompletesToCommandsOfTheUiLanguage() {
        List<String> words = complete(dutch, "st");
        assertTrue(words.containsAll(List.of("stem", "stemmen", "stop")), words.toString());
        assertTrue(complete(new CommandCompleter("en", List::of), "vo").contains("vote"));
    }

    @Test
    void aVoteCompletesParticipantNamesWithDiacritics() {
        assertEquals(List.of("Anouk de Vries", "José Öztürk"), complete(dutch, "stem "));
    }

    @Test
    void anArgumentCompletesTheSideThenTheSpeakerFollowedByAColon() {
        assertEquals(List.of("A", "B", "N"), complete(dutch, "argument "));
        assertEquals(List.of("Anouk de Vries:", "José Öztürk:"), complete(dutch, "argument A "));
    }

    @Test
    void theNewCommandsCompleteTheirOwnWordsAndNames() {
        assertEquals(List.of("Anouk de Vries", "José Öztürk"), complete(dutch, "afwezig "));
        assertEquals(List.of("Anouk de Vries:", "José Öztürk:"), complete(dutch, "hernoem "));
        assertEquals(List.of("volgende", "weg", "Anouk de Vries", "José Öztürk"), complete(dutch, "spreker "));
        assertEquals(List.of("Anouk de Vries", "José Öztürk"), complete(dutch, "spreker weg "));
        assertEquals(List.of("start", "stop"), complete(dutch, "spreektijd "));
        assertEquals(List.of("titel", "orgaan", "plaats", "voorzitter", "secretaris"), complete(dutch, "gegevens "));
        CommandCompleter english = new CommandCompleter("en", List::of);
        assertEquals(List.of("next", "remove"), complete(english, "speaker "));
        assertEquals(List.of("title", "body", "place", "chair", "secretary"), complete(english, "details "));
        assertTrue(complete(english, "mi").contains("minority"));
        assertTrue(complete(dutch, "ha").contains("handen"));
        assertEquals(List.of("aan", "uit"), complete(dutch, "balken "));
        assertEquals(List.of("on", "off"), complete(english, "bars "));
    }

    @Test
    void aCorrectionCompletesTheWordForHandsOrANameAndReopenTheWordForYes() {
        assertEquals(List.of("handen", "Anouk de Vries", "José Öztürk"), complete(dutch, "corrigeer "));
        assertEquals(List.of("ja"), complete(dutch, "heropen "));
        CommandCompleter english = new CommandCompleter("en", List::of);
        assertEquals(List.of("hands"), complete(english, "correct "));
        assertEquals(List.of("yes"), complete(english, "reopen "));
        assertTrue(complete(dutch, "w").contains("wis"));
        assertTrue(complete(english, "ed").contains("edit"));
    }

    @Test
    void thePhoneCommandsCompleteThePagesWordsAndTheWordForWithoutAName() {
        assertEquals(List.of("aan", "uit", "qr"), complete(dutch, "telefoons "));
        assertEquals(List.of("anoniem"), complete(dutch, "openen "));
        assertEquals(List.of(), complete(dutch, "toestellen "));
        CommandCompleter english = new CommandCompleter("en", List::of);
        assertEquals(List.of("on", "off", "qr"), complete(english, "phones "));
        assertEquals(List.of("anonymous"), complete(english, "open "));
        assertTrue(complete(dutch, "ov").containsAll(List.of("overnemen", "overzicht")));
        assertTrue(complete(english, "pro").contains("proposals"));
    }

    @Test
    void commandsWithoutArgumentsOfferNothingMore() {
        assertEquals(List.of(), complete(dutch, "onthul "));
        assertEquals(List.of(), complete(dutch, "onbekend "));
    }

    @Test
    void theReaderIsBuiltSoDutchApostrophesAndBangsAreNotSpecial() {
        LineReader reader = LineTerminals.reader(LineTerminals.open(new java.io.ByteArrayInputStream(
                "argument A Anouk: dat is 'n goed idee!! echt\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new java.io.ByteArrayOutputStream(), false), null);
        assertEquals("argument A Anouk: dat is 'n goed idee!! echt", reader.readLine("> "));
    }

    /** What a person typing {@code keys} (Tab included) in a real terminal ends up with on the line. */
    private static String typedWithTab(String keys, String... names) throws Exception {
        List<Participant> people = new ArrayList<>();
        for (String name : names) {
            people.add(new Participant(new ParticipantId(people.size() + 1), name, people.size() + 1));
        }
        try (org.jline.terminal.Terminal terminal = nl.beraad.support.Keyboard.xterm(keys + "\n")) {
            LineReader reader = LineTerminals.reader(terminal, new LineTerminals.LineSessionCompletion("nl", () -> people));
            // JLine escapes the spaces of a completed name; LineSession reads "\\ " as " " the same way.
            return reader.readLine("> ").replace("\\ ", " ");
        }
    }

    @Test
    void tabCompletesANameWhateverItsCaseAndAccents() throws Exception {
        assertEquals("stem José Öztürk ", typedWithTab("stem jose\t", "Anouk de Vries", "José Öztürk"));
        assertEquals("stem Noël ", typedWithTab("stem NOE\t", "Anouk de Vries", "Noël"));
        assertEquals("stem Anouk de Vries ", typedWithTab("stem an\t", "Anouk de Vries", "Noël"));
    }

    @Test
    void tabNeverCompletesToSomeoneTheTypedStartDoesNotName() throws Exception {
        // JLine's own matcher takes "an" for a typo of "No": the vote would go to Noël.
        assertEquals("stem an", typedWithTab("stem an\t", "Noël"));
        assertEquals("stem bk", typedWithTab("stem bk\t", "Bakker"));
    }
}
