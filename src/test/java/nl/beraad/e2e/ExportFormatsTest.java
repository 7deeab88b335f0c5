package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import nl.beraad.support.Beraad;
import nl.beraad.support.CsvReader;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'report --format json|csv' on the demo session writes a valid file with one record per stored
 * position, argument and conclusion; --anonymous leaves no name in it. Needs the --format option.
 */
@Timeout(60)
class ExportFormatsTest {
    private static final List<String> NAMES = List.of("Anouk de Vries", "José Öztürk", "Sjoerd Bakker",
            "Fatima el Amrani", "Ingrid Jansen-Smit", "Noël van den Berg", "Priya Ramdin");

    @Test
    void theDemoAsJsonParsesAndHoldsEveryStoredRecord(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        assertEquals(0, beraad.run("demo").code());
        Path file = dir.resolve("sessie-1.json");

        Beraad.Run run = beraad.run("report", "1", "--format", "json", "-o", file.toString());

        assertEquals(0, run.code(), run.err());
        assertEquals("", run.out());
        JsonNode doc = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals("beraad-session/2", doc.get("format").asText());
        try (Connection c = beraad.jdbc()) {
            assertEquals(count(c, "participant"), doc.get("participants").size());
            assertEquals(count(c, "vote"), doc.get("positions").size());
            assertEquals(count(c, "argument"), doc.get("arguments").size());
            assertEquals(count(c, "conclusion"), doc.get("conclusions").size());
        }
        assertEquals(35, doc.get("positions").size());
        assertEquals("Anouk de Vries", doc.at("/participants/0/name").asText());
    }

    @Test
    void theDemoAsCsvHasOneHeaderRowAndOneRowPerStoredRecord(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        assertEquals(0, beraad.run("demo").code());
        Path file = dir.resolve("sessie-1.csv");

        Beraad.Run run = beraad.run("report", "1", "--format", "csv", "-o", file.toString());

        assertEquals(0, run.code(), run.err());
        // By default (Dutch) for a spreadsheet: a byte-order mark, then cells between semicolons.
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\ufeff"), "a byte-order mark");
        List<List<String>> rows = CsvReader.parse(text.substring(1), ';');
        assertEquals("type", rows.get(0).get(0));
        assertEquals(1, rows.stream().filter(r -> r.get(0).equals("type")).count(), "one header row");
        try (Connection c = beraad.jdbc()) {
            int expected = count(c, "vote") + count(c, "hand_count") + count(c, "argument") + count(c, "conclusion");
            assertEquals(1 + expected + 1, rows.size(), "a header, a row per record, and the log's row");
        }
        assertEquals(1 + 35 + 11 + 4 + 1, rows.size());
    }

    @Test
    void anAnonymousExportInEitherFormatHasNoNameAnywhereInTheFile(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        assertEquals(0, beraad.run("demo").code());
        for (String format : List.of("json", "csv")) {
            Path file = dir.resolve("anoniem." + format);
            Beraad.Run run = beraad.run("report", "1", "--anonymous", "--format", format, "-o", file.toString());
            assertEquals(0, run.code(), run.err());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.contains("Deelnemer 7"), format);
            for (String name : NAMES) {
                for (String part : name.split("[^\\p{L}]+")) {
                    assertFalse(part.length() >= 4 && text.contains(part), format + ": " + part);
                }
            }
        }
    }

    private static int count(Connection c, String table) throws Exception {
        return Integer.parseInt(Rows.of(c, "SELECT COUNT(*) FROM " + table).get(0));
    }
}
