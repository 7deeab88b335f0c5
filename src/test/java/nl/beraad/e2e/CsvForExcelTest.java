package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nl.beraad.report.CsvExport;
import nl.beraad.support.Beraad;
import nl.beraad.support.CsvReader;
import nl.beraad.support.Spreadsheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'report --format csv' as a Dutch clerk double-clicks it: by default under --lang nl the cells are
 * separated by ';' and the file starts with a UTF-8 byte-order mark (the two things a Dutch Excel
 * needs to split the columns and show é and ë); under --lang en by ','; '--csv rfc4180' gives the
 * plain file for programs. Each is read back, by the strict test reader and by LibreOffice Calc
 * with its Dutch separator and the character set left to it to detect. LibreOffice also reads a
 * file without a BOM as UTF-8, so the BOM itself is checked as bytes; that Excel needs it is
 * documented, not tested here. Names with accents and texts that would be formulas go through it.
 */
@Timeout(300)
class CsvForExcelTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    @Test
    void theDefaultCsvUnderDutchSplitsOnSemicolonsAndStartsWithAByteOrderMark() throws Exception {
        Beraad beraad = meeting();
        Path folder = Files.createDirectories(dir.resolve("nl"));
        Path file = folder.resolve("sessie-1.csv");

        Beraad.Run run = beraad.run("report", "1", "--format", "csv", "-o", file.toString());
        assertEquals(0, run.code(), run.err());
        byte[] bytes = Files.readAllBytes(file);
        byte[] stdout = beraad.bytesWithInput("", "report", "1", "--format", "csv").out();

        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3), "a UTF-8 byte-order mark first");
        assertArrayEquals(bytes, stdout, "standard output gets the same bytes, the byte-order mark as bytes");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = CsvReader.parse(text, ';');
        assertEquals(CsvExport.COLUMNS, rows.get(0));
        assertTrue(rows.stream().anyMatch(r -> r.contains("Zoë Öztürk")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("Prijs € 25,-; ook 'n idee")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("a,'=1+1")), "guarded after the comma: " + rows);

        Spreadsheet calc = Spreadsheet.libreOffice(dir.resolve("profiel"));
        calc.convert(folder, ';', "");
        Spreadsheet.Cells cells = Spreadsheet.cells(folder.resolve("sessie-1.fods"));
        assertEquals(List.of(), cells.formulas());
        assertEquals(CsvExport.COLUMNS, cells.rows().get(0).subList(0, CsvExport.COLUMNS.size()),
                "the columns split, and the first is 'type', not a byte-order mark and 'type'");
        assertTrue(cells.texts().contains("Zoë Öztürk"), cells.texts().toString());
        assertTrue(cells.texts().contains("Prijs € 25,-; ook 'n idee"), cells.texts().toString());

        // Opened by a spreadsheet that splits on commas instead, no cell runs as a formula either.
        Path other = Files.createDirectories(dir.resolve("komma"));
        Files.write(other.resolve("sessie-1.csv"), bytes);
        calc.convert(other, ',', "");
        assertEquals(List.of(), Spreadsheet.cells(other.resolve("sessie-1.fods")).formulas());
    }

    @Test
    void englishGetsCommasWithAByteOrderMarkAndProgramsAskForPlainRfc4180() throws Exception {
        Beraad beraad = meeting();

        byte[] english = beraad.bytesWithInput("", "--lang", "en", "report", "1", "--format", "csv").out();
        byte[] plain = beraad.bytesWithInput("", "report", "1", "--format", "csv", "--csv", "rfc4180").out();
        byte[] dutch = beraad.bytesWithInput("", "report", "1", "--format", "csv", "--csv", "excel-nl").out();

        assertArrayEquals(BOM, Arrays.copyOf(english, 3));
        String englishText = new String(english, 3, english.length - 3, StandardCharsets.UTF_8);
        assertEquals(CsvExport.COLUMNS, CsvReader.parse(englishText).get(0));
        String plainText = new String(plain, StandardCharsets.UTF_8);
        assertFalse(plainText.startsWith("\ufeff"), "no byte-order mark for programs");
        assertEquals(englishText, plainText, "the same table, with and without the byte-order mark");
        assertArrayEquals(beraad.bytesWithInput("", "report", "1", "--format", "csv").out(), dutch);
        Beraad.Run wrong = beraad.run("report", "1", "--format", "csv", "--csv", "excel");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("excel-nl, excel-en, rfc4180"), wrong.err());
    }

    private Beraad meeting() {
        Beraad beraad = new Beraad(dir);
        Beraad.Run run = beraad.withInput(String.join("\n",
                "deelnemer Zoë Öztürk, Noël van den Berg",
                "stem Zoë 1", "stem Noël 5", "onthul",
                "argument A Zoë: Prijs € 25,-; ook 'n idee",
                "argument B Noël: a,=1+1",
                "argument B =HYPERLINK(\"http://example.com\";\"klik\")",
                "conclusie Eerste regel, met komma",
                "afronden", ""), "start", "--set", "scp-dilemmas-2022", "--plain");
        assertEquals(0, run.code(), run.err());
        return beraad;
    }
}
