package nl.beraad.report;

import java.util.List;

/**
 * Cells and records of a CSV file in a {@link CsvFlavour}: cells between its separator, CRLF after
 * every record, a cell quoted when it holds a comma, semicolon, tab, quote, line break or edge
 * space, its quotes doubled. Wherever a spreadsheet might start a cell and run it as a formula, an
 * apostrophe goes first (see {@link #guard}).
 */
final class CsvText {
    private static final String FORMULA_STARTS = "=+-@\t\r'";

    private CsvText() {
    }

    /** One record: the cells (null is an empty cell), guarded and quoted, between the flavour's separator, then CRLF. */
    static void record(StringBuilder out, List<String> cells, CsvFlavour flavour) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(flavour.separator());
            }
            out.append(quote(guard(cells.get(i), flavour)));
        }
        out.append("\r\n");
    }

    /**
     * Formula injection: Excel, LibreOffice and Google Sheets run a cell that starts with = + - @
     * (and after a tab or CR) as a formula, e.g. =cmd|' /C calc'!A0. Such a cell gets a leading
     * apostrophe, which spreadsheets read as "this is text". Quoting protects a cell only from a
     * reader that splits on the separator the file uses: a spreadsheet that splits on the other
     * one (a Dutch one on ';' in a comma file, an English one on ',' in a semicolon file) sees a
     * quote inside a cell as an ordinary character, so the text a;=1+1 in a comma file still yields
     * the cell =1+1 there, and a line break inside the quotes ends the row. So the same apostrophe
     * goes after every such other separator, tab and line break that a formula character follows
     * (but not before a lone sign, see {@link #loneSign}). An apostrophe in one of these places gets
     * one too, so the rule can be undone exactly: remove one apostrophe at the start of the cell and
     * after every other separator, tab and line break.
     */
    static String guard(String cell, CsvFlavour flavour) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        String otherCellEnds = flavour.otherSeparator() + "\t\n\r";
        StringBuilder out = new StringBuilder(cell.length() + 8);
        for (int i = 0; i < cell.length(); i++) {
            boolean inside = i > 0 && otherCellEnds.indexOf(cell.charAt(i - 1)) >= 0;
            if ((i == 0 || inside) && FORMULA_STARTS.indexOf(cell.charAt(i)) >= 0 && !(inside && loneSign(cell, i))) {
                out.append('\'');
            }
            out.append(cell.charAt(i));
        }
        return out.toString();
    }

    /**
     * A '-' or '+' with nothing after it that a formula could be made of (the end, white space or a
     * separator), as in the Dutch price "€ 25,-": inside a cell it stays as it is, since a
     * spreadsheet cannot run it; an apostrophe there would show in every such text.
     */
    private static boolean loneSign(String cell, int i) {
        char c = cell.charAt(i);
        return (c == '-' || c == '+') && (i + 1 == cell.length() || " \t\n\r,;.".indexOf(cell.charAt(i + 1)) >= 0);
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
