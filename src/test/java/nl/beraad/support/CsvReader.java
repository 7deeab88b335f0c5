package nl.beraad.support;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for tests, with a comma or another separator: records end in CRLF (the
 * last one too), a quoted cell may hold separators, doubled quotes and line breaks, and anything
 * else (a quote inside an unquoted cell, a bare LF, text after a closing quote, a byte-order mark)
 * fails instead of being guessed at.
 */
public final class CsvReader {
    private CsvReader() {
    }

    public static List<List<String>> parse(String text) {
        return parse(text, ',');
    }

    public static List<List<String>> parse(String text, char separator) {
        if (text.startsWith("\ufeff")) {
            throw new IllegalArgumentException("a byte-order mark; take it off first");
        }
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            StringBuilder cell = new StringBuilder();
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("unclosed quote");
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        cell.append(c);
                    }
                }
            } else {
                while (i < text.length() && text.charAt(i) != separator && text.charAt(i) != '\r') {
                    char c = text.charAt(i++);
                    if (c == '"' || c == '\n') {
                        throw new IllegalArgumentException("bare " + (c == '"' ? "quote" : "LF") + " at " + (i - 1));
                    }
                    cell.append(c);
                }
            }
            record.add(cell.toString());
            if (i < text.length() && text.charAt(i) == separator) {
                i++;
            } else if (text.startsWith("\r\n", i)) {
                i += 2;
                records.add(record);
                record = new ArrayList<>();
            } else {
                throw new IllegalArgumentException("expected '" + separator + "' or CRLF at " + i);
            }
        }
        if (!record.isEmpty()) {
            throw new IllegalArgumentException("the last record does not end in CRLF");
        }
        return records;
    }

    /** {@link #unguard(String, char)} for a comma-separated file. */
    public static String unguard(String cell) {
        return unguard(cell, ',');
    }

    /**
     * Undoes the export's formula guard as the README tells a program to: one apostrophe is removed
     * where one stands at the start of the cell or right after the other separator (a semicolon in
     * a comma-separated file, a comma in a semicolon-separated one), a tab or a line break.
     */
    public static String unguard(String cell, char separator) {
        String cellEnds = (separator == ',' ? ";" : ",") + "\t\n\r";
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            boolean cellStart = i == 0 || cellEnds.indexOf(cell.charAt(i - 1)) >= 0;
            if (!(cellStart && cell.charAt(i) == '\'')) {
                out.append(cell.charAt(i));
            }
        }
        return out.toString();
    }
}
