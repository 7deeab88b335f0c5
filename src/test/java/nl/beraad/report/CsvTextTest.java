package nl.beraad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.beraad.support.CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Holds where the CSV formula guard puts its apostrophes, which cells are quoted, and that the guard can be undone. */
class CsvTextTest {

    @Test
    void anApostropheGoesWhereverASpreadsheetMayStartACell() {
        assertEquals("'=cmd|' /C calc'!A0", CsvText.guard("=cmd|' /C calc'!A0", CsvFlavour.RFC4180));
        assertEquals("a;'=1+1;", CsvText.guard("a;=1+1;", CsvFlavour.RFC4180));
        assertEquals("x;'=2+3;y", CsvText.guard("x;=2+3;y", CsvFlavour.RFC4180));
        assertEquals("Actie een\n'+Actie twee\n'@actie drie", CsvText.guard("Actie een\n+Actie twee\n@actie drie", CsvFlavour.RFC4180));
        assertEquals("''t Is;''s avonds", CsvText.guard("'t Is;'s avonds", CsvFlavour.RFC4180));
    }

    @Test
    void textWithoutAFormulaStartAfterASeparatorIsLeftAlone() {
        for (String text : List.of("50;30;20", "ja; -1 is te weinig", "a,=1+1", "Hij zei: \"nee\"; 50% = te veel", "")) {
            assertEquals(text, CsvText.guard(text, CsvFlavour.RFC4180));
        }
    }

    @Test
    void aCellWithACommaSemicolonOrTabIsQuoted() {
        StringBuilder out = new StringBuilder();

        CsvText.record(out, Arrays.asList("a,b", "a;=1+1;", "c\td", "gewoon", null), CsvFlavour.RFC4180);

        assertEquals("\"a,b\",\"a;'=1+1;\",\"c\td\",gewoon,\r\n", out.toString());
    }

    @ParameterizedTest
    @EnumSource(CsvFlavour.class)
    void theGuardIsUndoneExactlyAndLeavesNoFormulaStartAtAnyCellStart(CsvFlavour flavour) {
        String otherCellEnds = (flavour.separator() == ',' ? ";" : ",") + "\t\n\r";
        for (String text : allStrings("=;,'\n\ta-", 6)) {
            String guarded = CsvText.guard(text, flavour);

            assertEquals(text, CsvReader.unguard(guarded, flavour.separator()), () -> "round trip of " + text.replace("\n", "\\n"));
            for (int i = 0; i < guarded.length(); i++) {
                boolean cellStart = i == 0 || otherCellEnds.indexOf(guarded.charAt(i - 1)) >= 0;
                int at = i;
                boolean loneSign = i > 0 && "-+".indexOf(guarded.charAt(i)) >= 0
                        && (i + 1 == guarded.length() || " \t\n\r,;.".indexOf(guarded.charAt(i + 1)) >= 0);
                assertTrue(!cellStart || "=+-@\t\r".indexOf(guarded.charAt(i)) < 0 || loneSign,
                        () -> "unguarded at " + at + ": " + guarded.replace("\n", "\\n"));
            }
        }
    }

    @Test
    void inASemicolonFileTheGuardGoesAfterCommasAndTheCellsAreSplitBySemicolons() {
        assertEquals("a,'=1+1;=2", CsvText.guard("a,=1+1;=2", CsvFlavour.EXCEL_NL));
        StringBuilder out = new StringBuilder();

        CsvText.record(out, Arrays.asList("a;b", "Zoë, =1", "gewoon", null), CsvFlavour.EXCEL_NL);

        assertEquals("\"a;b\";\"Zoë, =1\";gewoon;\r\n", out.toString());
    }

    /** Every string of up to {@code length} characters drawn from {@code alphabet}. */
    private static List<String> allStrings(String alphabet, int length) {
        List<String> all = new ArrayList<>(List.of(""));
        List<String> previous = List.of("");
        for (int n = 1; n <= length; n++) {
            List<String> next = new ArrayList<>();
            for (String s : previous) {
                for (char c : alphabet.toCharArray()) {
                    next.add(s + c);
                }
            }
            all.addAll(next);
            previous = next;
        }
        return all;
    }
}
