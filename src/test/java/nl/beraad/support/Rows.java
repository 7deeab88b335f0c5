package nl.beraad.support;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads query results as lines of text ("a|b|c"), so a test can state the rows it expects. An SQL
 * array reads as its elements joined by commas ("1,3"; nothing for an empty one), alike on H2 and
 * PostgreSQL, which spell arrays differently ([1, 3] and {1,3}).
 */
public final class Rows {
    private Rows() {
    }

    public static List<String> of(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (i > 1) {
                        row.append('|');
                    }
                    row.append(rs.getObject(i) instanceof Array array ? elements(array) : rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static String elements(Array array) throws SQLException {
        StringBuilder out = new StringBuilder();
        for (Object element : (Object[]) array.getArray()) {
            out.append(out.length() > 0 ? "," : "").append(element);
        }
        return out.toString();
    }
}
