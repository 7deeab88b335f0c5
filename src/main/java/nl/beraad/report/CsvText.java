package nl.beraad.report;

import java.util.List;

/**
 * Cells and records of an RFC 4180 CSV file: comma-separated, CRLF after every record, a cell
 * quoted when it holds a comma, quote, line break or edge space, its quotes doubled. A cell that a
 * spreadsheet would run as a formula gets a leading apostrophe (see {@link #guard}).
 */
final class CsvText {
    private static final String FORMULA_STARTS = "=+-@\t\r'";

    private CsvText() {
    }

    /** One record: the cells (null is an empty cell), guarded and quoted, then CRLF. */
    static void record(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(guard(cells.get(i))));
        }
        out.append("\r\n");
    }

    /**
     * Formula injection: Excel, LibreOffice and Google Sheets run a cell that starts with = + - @
     * (and after a tab or CR) as a formula, e.g. =cmd|' /C calc'!A0. Such a cell gets a leading
     * apostrophe, which spreadsheets read as "this is text". A cell that already starts with an
     * apostrophe gets one too, so the rule can be undone exactly: remove one leading apostrophe
     * from every cell that has one.
     */
    static String guard(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String quote(String cell) {
        String text = wellFormed(cell);
        boolean needs = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || (!text.isEmpty() && (text.charAt(0) == ' '
                || text.charAt(text.length() - 1) == ' '));
        return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** A lone surrogate has no UTF-8 form (writing it would fail): it becomes U+FFFD. */
    private static String wellFormed(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                out.setCharAt(i, '\ufffd');
            }
        }
        return out == null ? s : out.toString();
    }
}
