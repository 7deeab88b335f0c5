package nl.beraad.report;

import java.util.List;

/**
 * Cells and records of an RFC 4180 CSV file: comma-separated, CRLF after every record, a cell
 * quoted when it holds a comma, semicolon, tab, quote, line break or edge space, its quotes doubled.
 * Wherever a spreadsheet might start a cell and run it as a formula, an apostrophe goes first (see
 * {@link #guard}).
 */
final class CsvText {
    private static final String FORMULA_STARTS = "=+-@\t\r'";
    /**
     * What may end a cell in a spreadsheet that reads this file with another separator than the
     * comma: a Dutch Excel or LibreOffice splits on semicolons, and then a quote after a comma is
     * just a character, so line breaks inside the quotes end the row there too.
     */
    private static final String OTHER_CELL_ENDS = ";\t\n\r";

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
     * apostrophe, which spreadsheets read as "this is text". Quoting does not protect text after a
     * semicolon or line break: read with ';' as the separator, the quotes of a comma-separated cell
     * are not at a cell's start, so the text a;=1+1, written as "a;=1+1", still yields the cell =1+1.
     * So the same apostrophe goes after every semicolon, tab and line break that such a character
     * follows. An apostrophe in one of these places gets one too, so the rule can be undone exactly:
     * remove one apostrophe at the start of the cell and after every semicolon, tab and line break.
     */
    static String guard(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(cell.length() + 8);
        for (int i = 0; i < cell.length(); i++) {
            boolean cellStart = i == 0 || OTHER_CELL_ENDS.indexOf(cell.charAt(i - 1)) >= 0;
            if (cellStart && FORMULA_STARTS.indexOf(cell.charAt(i)) >= 0) {
                out.append('\'');
            }
            out.append(cell.charAt(i));
        }
        return out.toString();
    }

    private static String quote(String cell) {
        String text = wellFormed(cell);
        // Quoted on a semicolon or tab too: a spreadsheet told to split on both (LibreOffice offers
        // several separators at once) then keeps the cell whole.
        boolean needs = text.indexOf(',') >= 0 || text.indexOf(';') >= 0 || text.indexOf('\t') >= 0
                || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || (!text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' '));
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
