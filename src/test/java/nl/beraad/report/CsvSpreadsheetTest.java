package nl.beraad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nl.beraad.domain.ItemNo;
import nl.beraad.support.Unlogged;
import nl.beraad.domain.Participant;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Side;
import nl.beraad.support.CsvReader;
import nl.beraad.support.Spreadsheet;
import nl.beraad.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV export opened as a clerk's spreadsheet opens it: LibreOffice Calc (headless) imports it
 * once with ';' as the separator (Dutch Excel's and LibreOffice's default) and once with ',', and
 * not one cell may come out as a formula. A file of one bare formula goes through the same import,
 * to show that this import does run formulas. Needs LibreOffice (Debian: libreoffice-calc-nogui,
 * which scripts/test installs); without it the test is skipped and says why.
 */
@Timeout(300)
class CsvSpreadsheetTest {
    private static final Messages NL = Messages.forLanguage("nl");

    /** Texts that became formulas in LibreOffice when read on ';', and their relatives. */
    private static final List<String> ARGUMENTS = List.of("a;=1+1;", "x;=2+3;y", "=3+3", "@SUM(4+4)", "-5+5",
            "+6+6", "b,=7+7", "c;\"=8+8\"", "d;-9+9", "e;'=10+10", "'f;;@11");
    private static final String CONCLUSION = "Eerste regel\n=12+12\n+13";
    private static final String MINORITY = "-14; =15+15";
    private static final String ACTIONS = "Actie;=16+16\n@SUM(17)";

    @TempDir
    Path dir;

    @Test
    void noCellOfTheExportRunsAsAFormulaWhicheverSeparatorTheSpreadsheetUses() throws Exception {
        Spreadsheet soffice = Spreadsheet.libreOffice(dir.resolve("profiel"));
        String csv = hostileExport();
        Path semicolon = Files.createDirectories(dir.resolve("puntkomma"));
        Path comma = Files.createDirectories(dir.resolve("komma"));
        for (Path folder : List.of(semicolon, comma)) {
            Files.writeString(folder.resolve("export.csv"), csv, StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("controle.csv"), "=1+1\r\n", StandardCharsets.UTF_8);
        }

        soffice.convert(semicolon, ';', "76");
        soffice.convert(comma, ',', "76");

        // The import runs formulas: the control file's one cell is one.
        for (Path folder : List.of(semicolon, comma)) {
            assertEquals(List.of("of:=1+1"), Spreadsheet.cells(folder.resolve("controle.fods")).formulas(), folder.toString());
        }
        Spreadsheet.Cells bySemicolon = Spreadsheet.cells(semicolon.resolve("export.fods"));
        assertEquals(List.of(), bySemicolon.formulas(), "formulas when read on ';'");
        // Read on ';' the rows split at the semicolons inside texts, and the guarded pieces stay text.
        assertTrue(bySemicolon.texts().contains("'=1+1"), bySemicolon.texts().toString());
        assertTrue(bySemicolon.texts().contains("'=2+3"), bySemicolon.texts().toString());
        Spreadsheet.Cells byComma = Spreadsheet.cells(comma.resolve("export.fods"));
        assertEquals(List.of(), byComma.formulas(), "formulas when read on ','");
        // Read on ',' every text is one cell, and undoing the guard gives back what was typed.
        for (String text : Stream.concat(ARGUMENTS.stream(), Stream.of(CONCLUSION, MINORITY, ACTIONS)).toList()) {
            assertTrue(byComma.texts().contains(CsvText.guard(text, CsvFlavour.RFC4180)), text + " in " + byComma.texts());
            assertEquals(text, CsvReader.unguard(CsvText.guard(text, CsvFlavour.RFC4180)));
        }
    }

    /** A real session with every kind of item, its hostile texts and these. */
    private String hostileExport() {
        try (ExportSessions sessions = new ExportSessions()) {
            SessionId id = sessions.allKinds();
            Participant anouk = sessions.service.participants(id).get(0);
            for (String text : ARGUMENTS) {
                sessions.service.addArgument(id, ItemNo.of(1), anouk, Side.A, text);
            }
            sessions.service.conclude(id, ItemNo.of(3), CONCLUSION, MINORITY, ACTIONS);
            SessionRecord r = sessions.record(id);
            return new CsvExport(CsvFlavour.RFC4180).render(r, Unlogged.of(r), ReportNames.of(r, false, NL), Instant.parse("2026-11-22T15:00:00Z"));
        }
    }
}
