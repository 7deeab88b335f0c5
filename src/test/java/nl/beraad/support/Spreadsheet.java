package nl.beraad.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * CSV files opened as a clerk's spreadsheet opens them: LibreOffice Calc (headless) imports every
 * .csv file of a folder with a given separator into a flat ODS file beside it, whose cells a test
 * reads back. Needs LibreOffice (Debian: libreoffice-calc-nogui, which scripts/test installs);
 * without it the test is skipped and says why (under CI it fails: see {@link Tool}).
 */
public final class Spreadsheet {
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final long CONVERT_SECONDS = 120;

    private final Path soffice;
    private final Path profile;

    private Spreadsheet(Path soffice, Path profile) {
        this.soffice = soffice;
        this.profile = profile;
    }

    /** LibreOffice's soffice on the PATH, with its profile in the folder given; skips the test (under CI: fails), saying why, when there is none. */
    public static Spreadsheet libreOffice(Path profile) {
        return new Spreadsheet(Tool.require("soffice", "the CSV export was not opened in a spreadsheet: "
                + "install libreoffice-calc-nogui (scripts/test does so when it can)"), profile);
    }

    /**
     * Every .csv file in the folder to a .fods file beside it, in one LibreOffice run: split on the
     * separator, quotes '"', the first line included; the character set is "76" (UTF-8) or, when
     * empty, left for LibreOffice to detect, as it does for a file it opens by a double-click.
     */
    public void convert(Path folder, char separator, String charset) throws Exception {
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--nolockcheck",
                "--infilter=CSV:" + (int) separator + ",34," + charset + ",1", "--convert-to", "fods",
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

    /** What a spreadsheet holds: every formula, and the rows of cell texts (paragraphs joined by line breaks). */
    public record Cells(List<String> formulas, List<List<String>> rows) {
        /** Every cell's text, row after row. */
        public List<String> texts() {
            return rows.stream().flatMap(List::stream).toList();
        }
    }

    public static Cells cells(Path fods) throws Exception {
        assertTrue(Files.isRegularFile(fods), fods + " was not written");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList rows = factory.newDocumentBuilder().parse(fods.toFile()).getElementsByTagNameNS(TABLE, "table-row");
        List<String> formulas = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        for (int r = 0; r < rows.getLength(); r++) {
            NodeList cells = ((Element) rows.item(r)).getElementsByTagNameNS(TABLE, "table-cell");
            List<String> row = new ArrayList<>();
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
                row.add(String.join("\n", lines));
            }
            texts.add(row);
        }
        return new Cells(formulas, texts);
    }
}
