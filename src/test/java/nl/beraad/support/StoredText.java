package nl.beraad.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every row of every table of a database, as text (see {@link Rows}), to find whether a word was
 * stored anywhere at all: a name in an anonymous session must be in no column of any table.
 */
public final class StoredText {
    private StoredText() {
    }

    /** Each row of each table, prefixed by the table's name, in lower case and without accents ("zoë" reads "zoe"). */
    public static List<String> everyRow(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("no tables found in schema " + c.getSchema());
        }
        List<String> rows = new ArrayList<>();
        for (String table : tables) {
            for (String row : Rows.of(c, "SELECT * FROM " + table)) {
                rows.add(fold(table + ": " + row));
            }
        }
        return rows;
    }

    /** The rows of {@link #everyRow} that hold any of the words as a word (in lower case, without accents). */
    public static List<String> rowsHolding(Connection c, List<String> words) throws SQLException {
        List<java.util.regex.Pattern> folded = words.stream().map(w -> java.util.regex.Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(fold(w)) + "(?![\\p{L}\\p{N}])")).toList();
        return everyRow(c).stream().filter(row -> folded.stream().anyMatch(p -> p.matcher(row).find())).toList();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
