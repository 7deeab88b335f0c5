package nl.beraad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.beraad.domain.Conclusion;
import nl.beraad.support.Unlogged;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionRecord;
import nl.beraad.support.CsvReader;
import nl.beraad.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The CSV export of real sessions is strict RFC 4180: one header row, one row per record, text that round-trips. */
@Timeout(60)
class CsvExportTest {
    private static final Messages NL = Messages.forLanguage("nl");
    private static final Instant NOW = Instant.parse("2026-11-22T15:00:00Z");

    @Test
    void theDemoSessionHasOneHeaderRowAndARowPerPositionArgumentAndConclusion() {
        try (ExportSessions sessions = new ExportSessions()) {
            SessionRecord r = sessions.record(sessions.demo());
            String csv = render(r, false);
            List<List<String>> rows = CsvReader.parse(csv);

            assertFalse(csv.startsWith("\ufeff"), "no byte-order mark");
            assertEquals(CsvExport.COLUMNS, rows.get(0));
            assertEquals(1 + 35 + 11 + 4 + 1, rows.size());
            assertEquals(r.votes().size() + r.handCounts().size() + r.arguments().size() + r.conclusions().size(),
                    rows.size() - 2, "a header, a row per record, and the log's row");
            List<String> log = rows.get(rows.size() - 1);
            assertEquals("log", log.get(0));
            assertTrue(log.get(CsvExport.COLUMNS.indexOf("text")).startsWith("beraad-report/1 session=" + r.session().uid()),
                    log.toString());
            rows.forEach(row -> assertEquals(CsvExport.COLUMNS.size(), row.size(), row.toString()));
            assertEquals(1, rows.stream().filter(row -> row.get(0).equals("type")).count(), "one header row");
            assertEquals(Map.of("position", 35L, "argument", 11L, "conclusion", 4L, "log", 1L), rows.stream().skip(1)
                    .collect(Collectors.groupingBy(row -> row.get(0), Collectors.counting())));

            List<String> abstention = rows.stream().filter(row -> row.get(col("abstain")).equals("true"))
                    .findFirst().orElseThrow();
            assertEquals(List.of("position", "1", "1", "Priya Ramdin", "", ""), List.of(abstention.get(0),
                    abstention.get(col("item")), abstention.get(col("round")), abstention.get(col("participant")),
                    abstention.get(col("step")), abstention.get(col("side"))));
            List<String> first = rows.get(1);
            assertEquals(r.votes().get(0).castAt(), Instant.parse(first.get(col("timestamp"))));
            assertEquals("Anouk de Vries", first.get(col("participant")));
        }
    }

    @Test
    void everyKindHostileTextAndAwkwardNamesRoundTripAndNoCellCanRunAsAFormula() {
        try (ExportSessions sessions = new ExportSessions()) {
            SessionRecord r = sessions.record(sessions.allKinds());
            String csv = render(r, false);
            List<List<String>> rows = CsvReader.parse(csv);

            assertEquals(1 + 18 + 3 + 6 + 2 + 1, rows.size());
            assertEquals(Map.of("position", 18L, "hand_count", 3L, "argument", 6L, "conclusion", 2L, "log", 1L), rows.stream()
                    .skip(1).collect(Collectors.groupingBy(row -> row.get(0), Collectors.counting())));
            for (List<String> row : rows) {
                for (String cell : row) {
                    assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "unguarded: " + cell);
                }
            }
            assertTrue(csv.contains(",'=cmd|' /C calc'!A0,"), csv);
            assertEquals(List.of("hand_count/1", "hand_count/1", "hand_count/1", "position/2", "position/2",
                    "position/2", "position/2", "argument/"), rows.stream()
                    .filter(row -> row.get(col("item")).equals("2"))
                    .map(row -> row.get(0) + "/" + row.get(col("round"))).toList(), "an item's rounds in order");

            List<List<String>> arguments = ofType(rows, "argument");
            assertEquals(r.arguments().stream().map(a -> a.text()).toList(),
                    arguments.stream().map(row -> CsvReader.unguard(row.get(col("text")))).toList());
            assertEquals(List.of("Anouk de Vries", "", "", "Anouk de Vries", "Jan \"de Hamer\", jr.",
                    "Fatima el Amrani"),
                    arguments.stream().map(row -> row.get(col("participant"))).toList());
            assertEquals("''t Is te veel papier", arguments.get(4).get(col("text")));

            Conclusion stored = r.conclusion(ItemNo.of(1)).orElseThrow();
            List<String> conclusion = ofType(rows, "conclusion").get(0);
            assertEquals("Eerste regel, met komma\n\"Tweede\" regel\nDerde regel", conclusion.get(col("text")));
            assertEquals(stored.minority(), CsvReader.unguard(conclusion.get(col("minority"))));
            assertEquals(String.join("\n", stored.actionPoints()), CsvReader.unguard(conclusion.get(col("action_points"))));
            // Each line may become a cell of its own in a spreadsheet that splits on ';', so each is guarded.
            assertEquals("Actie één\n'+Actie twee\n'@actie drie", conclusion.get(col("action_points")));

            Map<String, List<String>> byKey = ofType(rows, "position").stream().collect(Collectors.toMap(
                    row -> row.get(col("item_kind")) + "/" + row.get(col("round")) + "/"
                            + CsvReader.unguard(row.get(col("participant"))),
                    Function.identity()));
            assertEquals("50;30;20", byKey.get("verdeling/1/Anouk de Vries").get(col("numbers")));
            assertEquals("1;3", byKey.get("keuze/1/Anouk de Vries").get(col("numbers")));
            assertEquals("3", byKey.get("dilemma/1/@SUM(1+1)").get(col("step")));
            assertEquals("'@SUM(1+1)", rows.stream().filter(row -> row.get(col("participant")).contains("SUM"))
                    .findFirst().orElseThrow().get(col("participant")), "the raw cell is guarded");
            assertEquals("true", byKey.get("stelling/2/Fatima el Amrani").get(col("abstain")));
            assertEquals(List.of("0|true|1", "4|false|1", "5|false|2"), ofType(rows, "hand_count").stream()
                    .map(row -> (row.get(col("step")).isEmpty() ? "0" : row.get(col("step"))) + "|"
                            + row.get(col("abstain")) + "|" + row.get(col("hands"))).toList());
        }
    }

    @Test
    void anAnonymousExportHasNoNameAnywhereAndTheSameNumberForTheSamePerson() {
        try (ExportSessions sessions = new ExportSessions()) {
            SessionId id = sessions.allKinds();
            String csv = render(sessions.record(id), true);

            NameCheck.assertNoName(csv, ExportSessions.ALL_KINDS_NAMES);
            assertTrue(csv.contains(",\"Volgende keer een inwoner uitnodigen, zoals Deelnemer 4 voorstelde.\","), csv);
            List<List<String>> rows = CsvReader.parse(csv);
            assertEquals(1 + 18 + 3 + 6 + 2 + 1, rows.size());
            Map<String, String> numberById = rows.stream().skip(1)
                    .filter(row -> !row.get(col("participant_id")).isEmpty())
                    .collect(Collectors.toMap(row -> row.get(col("participant_id")), row -> row.get(col("participant")),
                            (a, b) -> {
                                assertEquals(a, b);
                                return a;
                            }));
            assertEquals(4, numberById.size());
            assertTrue(numberById.values().stream().allMatch(n -> n.matches("Deelnemer [1-4]")), numberById.toString());
        }
    }

    @Test
    void aDemoSessionCannotBeMadeAnonymousAfterwardsAndExportsWithoutNamesWhenAsked() {
        try (ExportSessions sessions = new ExportSessions()) {
            SessionId id = sessions.demo();
            // Its names may be typed in its texts too: only a session anonymous from its start stores none (issue 15).
            nl.beraad.domain.BeraadException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    nl.beraad.domain.BeraadException.class, () -> sessions.makeAnonymous(id, "Anouk de Vries"));
            assertEquals("details.names.stored", refused.problems().get(0).key());
            NameCheck.assertNoName(render(sessions.record(id), true), ExportSessions.DEMO_NAMES);
        }
    }

    @Test
    void anAnonymousSessionExportsItsNumberedMembersWithoutBeingAsked() {
        try (ExportSessions sessions = new ExportSessions()) {
            String csv = render(sessions.record(sessions.anonymous()), false);
            assertTrue(csv.contains("Deelnemer 1") && csv.contains("Deelnemer 3"), csv);
        }
    }

    @Test
    void theFormulaGuardCoversEveryRiskyStartAndCanBeUndone() {
        for (String risky : List.of("=1+1", "+31", "-2", "@SUM(A1)", "\tx", "\rx", "'s-Hertogenbosch")) {
            String guarded = CsvText.guard(risky, CsvFlavour.RFC4180);
            assertEquals("'" + risky, guarded);
            assertEquals(risky, CsvReader.unguard(guarded));
        }
        assertEquals("Gewoon tekst", CsvText.guard("Gewoon tekst", CsvFlavour.RFC4180));
        assertEquals("", CsvText.guard(null, CsvFlavour.RFC4180));
    }

    private static String render(SessionRecord r, boolean anonymous) {
        return new CsvExport(CsvFlavour.RFC4180).render(r, Unlogged.of(r), ReportNames.of(r, anonymous, NL), NOW);
    }

    private static int col(String name) {
        return CsvExport.COLUMNS.indexOf(name);
    }

    private static List<List<String>> ofType(List<List<String>> rows, String type) {
        return rows.stream().filter(row -> row.get(0).equals(type)).toList();
    }
}
