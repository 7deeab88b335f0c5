package nl.beraad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.beraad.domain.Participant;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Side;
import nl.beraad.support.CsvReader;
import nl.beraad.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    /** The separator, the quote, UTF-8 (76) and the first line: LibreOffice's CSV import options. */
    private static final String FILTER = "CSV:%d,34,76,1";
    private static final long CONVERT_SECONDS = 120;

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
        Path soffice = soffice();
        String csv = hostileExport();
        Path semicolon = Files.createDirectories(dir.resolve("puntkomma"));
        Path comma = Files.createDirectories(dir.resolve("komma"));
        for (Path folder : List.of(semicolon, comma)) {
            Files.writeString(folder.resolve("export.csv"), csv, StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("controle.csv"), "=1+1\r\n", StandardCharsets.UTF_8);
        }

        Path profile = dir.resolve("profiel");
        convert(soffice, profile, ';', semicolon);
        convert(soffice, profile, ',', comma);

        // The import runs formulas: the control file's one cell is one.
        for (Path folder : List.of(semicolon, comma)) {
            assertEquals(List.of("of:=1+1"), cells(folder.resolve("controle.fods")).formulas(), folder.toString());
        }
        Cells bySemicolon = cells(semicolon.resolve("export.fods"));
        assertEquals(List.of(), bySemicolon.formulas(), "formulas when read on ';'");
        // Read on ';' the rows split at the semicolons inside texts, and the guarded pieces stay text.
        assertTrue(bySemicolon.texts().contains("'=1+1"), bySemicolon.texts().toString());
        assertTrue(bySemicolon.texts().contains("'=2+3"), bySemicolon.texts().toString());
        Cells byComma = cells(comma.resolve("export.fods"));
        assertEquals(List.of(), byComma.formulas(), "formulas when read on ','");
        // Read on ',' every text is one cell, and undoing the guard gives back what was typed.
        for (String text : Stream.concat(ARGUMENTS.stream(), Stream.of(CONCLUSION, MINORITY, ACTIONS)).toList()) {
            assertTrue(byComma.texts().contains(CsvText.guard(text)), text + " in " + byComma.texts());
            assertEquals(text, CsvReader.unguard(CsvText.guard(text)));
        }
    }

    /** A real session with every kind of item, its hostile texts and these. */
    private String hostileExport() {
        try (ExportSessions sessions = new ExportSessions(dir)) {
            long id = sessions.allKinds();
            Participant anouk = sessions.service.participants(id).get(0);
            for (String text : ARGUMENTS) {
                sessions.service.addArgument(id, 1, anouk, Side.A, text);
            }
            sessions.service.conclude(id, 3, CONCLUSION, MINORITY, ACTIONS);
            SessionRecord r = sessions.record(id);
            return new CsvExport().render(r, ReportNames.of(r, false, NL), Instant.parse("2026-11-22T15:00:00Z"));
        }
    }

    /** Every .csv file in the folder to a flat ODS file beside it, in one LibreOffice run. */
    private static void convert(Path soffice, Path profile, char separator, Path folder) throws Exception {
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--nolockcheck",
                "--infilter=" + String.format(FILTER, (int) separator), "--convert-to", "fods",
                "--outdir", folder.toString()));
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.toString().endsWith(".csv")).sorted().forEach(f -> command.add(f.toString()));
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(CONVERT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("LibreOffice took longer than " + CONVERT_SECONDS + " s: "
                    + Files.readString(folder.resolve("soffice.log")));
        }
        assertEquals(0, p.exitValue(), () -> log(folder));
    }

    private static String log(Path folder) {
        try {
            return Files.readString(folder.resolve("soffice.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** What a spreadsheet holds: every formula, and every cell's text (paragraphs joined by line breaks). */
    private record Cells(List<String> formulas, List<String> texts) {
    }

    private static Cells cells(Path fods) throws Exception {
        assertTrue(Files.isRegularFile(fods), fods + " was not written");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList cells = factory.newDocumentBuilder().parse(fods.toFile()).getElementsByTagNameNS(TABLE, "table-cell");
        List<String> formulas = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < cells.getLength(); i++) {
            Element cell = (Element) cells.item(i);
            if (cell.hasAttributeNS(TABLE, "formula")) {
                formulas.add(cell.getAttributeNS(TABLE, "formula"));
            }
            NodeList paragraphs = cell.getElementsByTagNameNS(TEXT, "p");
            List<String> lines = new ArrayList<>();
            for (int j = 0; j < paragraphs.getLength(); j++) {
                lines.add(paragraphs.item(j).getTextContent());
            }
            texts.add(String.join("\n", lines));
        }
        return new Cells(formulas, texts);
    }

    /** LibreOffice's soffice on the PATH; skips the test, saying why, when there is none. */
    private static Path soffice() {
        Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(d -> !d.isEmpty()).map(d -> Path.of(d, "soffice")).filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) {
            String why = "LibreOffice (soffice) is not installed, so the CSV export was not opened in a spreadsheet: "
                    + "install libreoffice-calc-nogui (scripts/test does so when it can)";
            System.err.println("CsvSpreadsheetTest skipped: " + why);
            assumeTrue(false, why);
        }
        return found.get();
    }
}
