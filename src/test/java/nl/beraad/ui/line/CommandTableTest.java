package nl.beraad.ui.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.beraad.text.Messages;
import org.junit.jupiter.api.Test;

/**
 * The command table that drives line mode's interpreter, help and completion: every command has a
 * word, a usage line and a help text in both languages, and each word finds its own command (no
 * word is taken by an earlier one, in either language).
 */
class CommandTableTest {

    @Test
    void everyCommandHasItsTextsInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (String language : List.of("nl", "en")) {
            Messages msg = Messages.forLanguage(language);
            for (Command c : Command.values()) {
                for (String key : List.of(c.helpKey(), c.helpKey() + ".usage", c.helpKey() + ".word")) {
                    if (!msg.has(key)) {
                        missing.add(language + ":" + key);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), missing.toString());
    }

    @Test
    void eachWordFindsItsOwnCommandInEitherLanguage() {
        for (Command c : Command.values()) {
            assertEquals(c, Command.find(c.word("nl")).orElseThrow(), c.word("nl"));
            assertEquals(c, Command.find(c.word("en")).orElseThrow(), c.word("en"));
            assertEquals(c, Command.find(c.word("en").toUpperCase(java.util.Locale.ROOT)).orElseThrow());
        }
    }
}
