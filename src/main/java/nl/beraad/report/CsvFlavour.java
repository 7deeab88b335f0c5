package nl.beraad.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the CSV export is written, for whoever opens it. A spreadsheet that opens a CSV file by a
 * double-click splits it on the list separator of its language (a Dutch Excel or LibreOffice on
 * ';', an English one on ',') and reads it as UTF-8 only when the file starts with a byte-order
 * mark; a program wants plain RFC 4180. Every flavour ends records with CRLF and guards formulas.
 */
public enum CsvFlavour {
    /** For a Dutch spreadsheet: ';' between cells, UTF-8 with a byte-order mark. */
    EXCEL_NL("excel-nl", ';', true),
    /** For an English spreadsheet: ',' between cells, UTF-8 with a byte-order mark. */
    EXCEL_EN("excel-en", ',', true),
    /** For programs and archives (RFC 4180): ',' between cells, UTF-8 without a byte-order mark. */
    RFC4180("rfc4180", ',', false);

    private final String word;
    private final char separator;
    private final boolean byteOrderMark;

    CsvFlavour(String word, char separator, boolean byteOrderMark) {
        this.word = word;
        this.separator = separator;
        this.byteOrderMark = byteOrderMark;
    }

    /** The flavour named on the command line (excel-nl, excel-en, rfc4180, in any case), if there is one by that name. */
    public static Optional<CsvFlavour> named(String word) {
        return Arrays.stream(values()).filter(f -> f.word.equalsIgnoreCase(word)).findFirst();
    }

    /** The names of all flavours, for a message: "excel-nl, excel-en, rfc4180". */
    public static String names() {
        return Arrays.stream(values()).map(CsvFlavour::toString).collect(Collectors.joining(", "));
    }

    /** The spreadsheet flavour of the report's language: Dutch ';', any other ','. */
    public static CsvFlavour forLanguage(Locale locale) {
        return locale.getLanguage().equals("nl") ? EXCEL_NL : EXCEL_EN;
    }

    public char separator() {
        return separator;
    }

    /** The other separator a spreadsheet may split on: the one that is not used between cells. */
    char otherSeparator() {
        return separator == ',' ? ';' : ',';
    }

    /** What goes before the first record: a byte-order mark, or nothing. */
    public String start() {
        return byteOrderMark ? "\ufeff" : "";
    }

    /** The name on the command line ({@code --csv excel-nl}). */
    @Override
    public String toString() {
        return word;
    }
}
