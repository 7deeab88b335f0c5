package nl.beraad.support;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for tests: records end in CRLF (the last one too), a quoted cell may
 * hold commas, doubled quotes and line breaks, and anything else (a quote inside an unquoted cell,
 * a bare LF, text after a closing quote) fails instead of being guessed at.
 */
public final class CsvReader {
    private CsvReader() {
    }

    public static List<List<String>> parse(String text) {
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
                while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    char c = text.charAt(i++);
                    if (c == '"' || c == '\n') {
                        throw new IllegalArgumentException("bare " + (c == '"' ? "quote" : "LF") + " at " + (i - 1));
                    }
                    cell.append(c);
                }
            }
            record.add(cell.toString());
            if (text.startsWith(",", i)) {
                i++;
            } else if (text.startsWith("\r\n", i)) {
                i += 2;
                records.add(record);
                record = new ArrayList<>();
            } else {
                throw new IllegalArgumentException("expected a comma or CRLF at " + i);
            }
        }
        if (!record.isEmpty()) {
            throw new IllegalArgumentException("the last record does not end in CRLF");
        }
        return records;
    }

    /**
     * Undoes the export's formula guard as the README tells a program to: one apostrophe is removed
     * where one stands at the start of the cell or right after a semicolon, tab or line break.
     */
    public static String unguard(String cell) {
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            boolean cellStart = i == 0 || ";\t\n\r".indexOf(cell.charAt(i - 1)) >= 0;
            if (!(cellStart && cell.charAt(i) == '\'')) {
                out.append(cell.charAt(i));
            }
        }
        return out.toString();
    }
}
