package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import nl.beraad.support.Beraad;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What 'sets validate' lets through can be stored: a set with every stored field exactly at its
 * database limit starts a session (and the rows hold it whole); one character more in any of them
 * is refused at its file:line:column, by 'validate' and by 'start', before anything is stored.
 */
@Timeout(120)
class SetLimitsTest {
    /** A set id (its file name) of exactly 200 characters, the session.set_id column. */
    private static final String ID = "grens-" + "a".repeat(194);
    /** 150 emoji: 300 UTF-16 units, as the database counts them. */
    private static final String EMOJI_TITLE = "\uD83D\uDE00".repeat(150);

    @TempDir
    Path dir;

    private Path sets;
    private Beraad beraad;

    @BeforeEach
    void setUp() throws IOException {
        sets = Files.createDirectories(dir.resolve("sets"));
        beraad = new Beraad(dir);
        beraad.env().put("BERAAD_SETS", sets.toString());
    }

    private static String x(int n) {
        return "x".repeat(n);
    }

    /**
     * The set with each limited field given; line numbers in the tests refer to this layout. The
     * second pole carries a bidi override and a bell that cleaning removes, so it is measured clean.
     */
    private static String set(String setTitle, String setSource, String itemId, String title, String poleA,
                              String poleB, String statement, String source, String question) {
        return "titel: " + setTitle + "\n"                          // 1
                + "bron: " + setSource + "\n"                       // 2
                + "items:\n"                                        // 3
                + "  - id: " + itemId + "\n"                        // 4
                + "    titel: " + title + "\n"                      // 5
                + "    context: Achtergrond.\n"                     // 6
                + "    pool_a: " + poleA + "\n"                     // 7
                + "    pool_b: \"\\u202E" + poleB + "\\a\"\n"       // 8
                + "  - id: stelling\n"                              // 9
                + "    soort: stelling\n"                           // 10
                + "    titel: Een stelling\n"                       // 11
                + "    context: Achtergrond.\n"                     // 12
                + "    stelling: " + statement + "\n"               // 13
                + "    bron: " + source + "\n"                      // 14
                + "  - id: vraag\n"                                 // 15
                + "    soort: vraag\n"                              // 16
                + "    titel: Een vraag\n"                          // 17
                + "    context: Achtergrond.\n"                     // 18
                + "    vraag: " + question + "\n";                  // 19
    }

    private static String atLimits() {
        return set(x(300), x(1000), "i".repeat(60), EMOJI_TITLE, x(1000), x(1000), x(1000), x(1000), x(1000));
    }

    private Path write(String id, String text) throws IOException {
        return Files.writeString(sets.resolve(id + ".yaml"), text, StandardCharsets.UTF_8);
    }

    @Test
    void aSetWithEveryStoredFieldAtItsLimitValidatesAndStartsAndIsStoredWhole() throws Exception {
        write(ID, atLimits());

        Beraad.Run validate = beraad.run("sets", "validate");
        Beraad.Run start = beraad.run("start", "--set", ID, "--plain");

        assertEquals(0, validate.code(), validate.err());
        assertEquals(0, start.code(), start.out() + start.err());
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("200|300|300"),
                    Rows.of(c, "SELECT LENGTH(set_id), LENGTH(set_title), LENGTH(title) FROM session"));
            assertEquals(List.of("60|300|1000|1000|1000|0", "8|12|0|0|1000|1000", "5|9|0|0|1000|1000"),
                    Rows.of(c, "SELECT LENGTH(item_key), LENGTH(title), LENGTH(pole_a), LENGTH(pole_b), "
                            + "LENGTH(source), LENGTH(prompt) FROM session_item ORDER BY item_no"));
        }
    }

    /** One field one character over its limit: the problem validate reports, and start refuses. */
    private void assertRefused(String text, String expectedProblem) throws IOException {
        Path file = write("over", text);
        Beraad.Run validate = beraad.run("sets", "validate", file.toString());
        Beraad.Run start = beraad.run("start", "--set", "over", "--plain");

        List<String> lines = validate.err().lines().toList();
        assertEquals(2, validate.code(), validate.err());
        assertEquals(2, lines.size(), "one problem and the count: " + validate.err());
        assertTrue(lines.get(0).endsWith("over.yaml:" + expectedProblem), lines.get(0));
        assertEquals(2, start.code(), start.err());
        assertTrue(start.err().contains("over.yaml:" + expectedProblem), start.err());
        assertFalse(start.err().contains("database"), start.err());
        assertFalse(Files.exists(beraad.db()), "nothing was stored");
    }

    @Test
    void aSetTitleOneOverIsRefusedAtItsValue() throws IOException {
        assertRefused(set(x(301), x(1000), "a", "T", "A", "B", "S", "B", "V"),
                "1:8: veld 'titel' is te lang: 301 tekens, hoogstens 300.");
    }

    @Test
    void aSetSourceOneOverIsRefusedBecauseItBecomesTheSourceOfItems() throws IOException {
        assertRefused(set("T", x(1001), "a", "T", "A", "B", "S", "B", "V"),
                "2:7: veld 'bron' is te lang: 1001 tekens, hoogstens 1000.");
    }

    @Test
    void anItemTitleOneUnitOverIsRefusedCountedAsTheDatabaseCountsEmoji() throws IOException {
        assertRefused(set("T", "B", "a", EMOJI_TITLE + "x", "A", "B", "S", "B", "V"),
                "5:12: veld 'titel' is te lang: 301 tekens, hoogstens 300.");
    }

    @Test
    void aPoleOneOverIsRefused() throws IOException {
        assertRefused(set("T", "B", "a", "T", x(1001), "B", "S", "B", "V"),
                "7:13: veld 'pool_a' is te lang: 1001 tekens, hoogstens 1000.");
    }

    @Test
    void aPoleIsMeasuredAfterCleaningSoOnlyVisibleExcessCounts() throws IOException {
        assertRefused(set("T", "B", "a", "T", "A", x(1001), "S", "B", "V"),
                "8:13: veld 'pool_b' is te lang: 1001 tekens, hoogstens 1000.");
    }

    @Test
    void aStatementOneOverIsRefused() throws IOException {
        assertRefused(set("T", "B", "a", "T", "A", "B", x(1001), "B", "V"),
                "13:15: veld 'stelling' is te lang: 1001 tekens, hoogstens 1000.");
    }

    @Test
    void anItemSourceOneOverIsRefused() throws IOException {
        assertRefused(set("T", "B", "a", "T", "A", "B", "S", x(1001), "V"),
                "14:11: veld 'bron' is te lang: 1001 tekens, hoogstens 1000.");
    }

    @Test
    void aQuestionOneOverIsRefused() throws IOException {
        assertRefused(set("T", "B", "a", "T", "A", "B", "S", "B", x(1001)),
                "19:12: veld 'vraag' is te lang: 1001 tekens, hoogstens 1000.");
    }

    @Test
    void aFileNameThatMakesASetIdOneOverIsRefused() throws IOException {
        String id = ID + "a";
        write(id, set("T", "B", "a", "T", "A", "B", "S", "B", "V"));

        Beraad.Run validate = beraad.run("sets", "validate");
        Beraad.Run start = beraad.run("start", "--set", id, "--plain");

        assertEquals(2, validate.code(), validate.err());
        assertTrue(validate.err().contains(id + ".yaml:1:1: de bestandsnaam maakt een set-id van 201 tekens, en er "
                + "passen er hoogstens 200; kies een kortere naam."), validate.err());
        assertEquals(2, start.code(), start.err());
        assertFalse(Files.exists(beraad.db()), "nothing was stored");
    }

    @Test
    void aTitleGivenWithStartIsHeldToTheSameLimit() throws IOException {
        write("goed", set("T", "B", "a", "T", "A", "B", "S", "B", "V"));

        Beraad.Run over = beraad.run("start", "--set", "goed", "--title", x(301), "--plain");
        Beraad.Run invisible = beraad.run("start", "--set", "goed", "--title", "\u0001\u200B", "--plain");
        Beraad.Run at = beraad.run("start", "--set", "goed", "--title", x(300), "--plain");

        assertEquals(2, over.code(), over.err());
        assertEquals("Een sessietitel is hoogstens 300 tekens lang.", over.err().strip());
        assertEquals(2, invisible.code(), invisible.err());
        assertEquals("Een sessie heeft een titel nodig.", invisible.err().strip());
        assertEquals(0, at.code(), at.err());
    }
}
