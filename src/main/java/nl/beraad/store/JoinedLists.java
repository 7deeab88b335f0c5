package nl.beraad.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The second half of schema version 14 (V14__lists.sql), which SQL cannot do alike on both
 * engines: every list that an older Beraad joined into one text is split into the array beside
 * it, exactly as that Beraad read it back, and the joined columns are dropped. {@link Migrations}
 * runs it after the script, in the script's transaction: on PostgreSQL a kill leaves the whole
 * version or none of it; on H2 an upgrade runs on a file whose copy the next start puts back
 * when a kill cut it off ({@link Opening}).
 */
final class JoinedLists {
    /** How many rows are changed in one batch: the rows of a large database are not all held at once. */
    private static final int BATCH = 500;

    /**
     * One list column: its name (the joined text's is name_joined), its element type, the separator
     * the older Beraad joined it with, an SQL expression for the array of a text without that
     * separator, and how the older Beraad split the text.
     */
    private record Column(String name, String type, String separator, String single, Function<String, List<?>> split) {
        String joined() {
            return name + "_joined";
        }
    }

    /** The table whose list columns these are, and the columns that pick out one of its rows. */
    private record Table(String name, List<String> key, List<Column> columns) {
    }

    private static final List<Table> TABLES = List.of(
            new Table("session_item", List.of("session_id", "item_no"), List.of(
                    itemList("questions"), itemList("attention"), itemList("options"))),
            new Table("vote", List.of("session_id", "item_no", "participant_id", "round"), List.of(
                    new Column("numbers", "INTEGER", ",", "ARRAY[CAST(numbers_joined AS INTEGER)]", JoinedLists::numbers))),
            new Table("conclusion", List.of("session_id", "item_no"), List.of(
                    new Column("actions", "VARCHAR", "\n", "ARRAY[actions_joined]",
                            text -> ConclusionRows.lines(text == null ? "" : text)))));

    private JoinedLists() {
    }

    /** Splits every joined list into its array, drops the joined columns and makes the arrays required. */
    static void split(Connection c) throws SQLException {
        Sql sql = new Sql(() -> c);
        for (Table table : TABLES) {
            for (Column column : table.columns()) {
                // Most lists are empty (a step of a scale has no numbers) or of one element: those are
                // set by one statement each; only the rest go through Java one row at a time.
                sql.update("UPDATE " + table.name() + " SET " + column.name() + " = ? WHERE " + column.joined()
                        + " IS NULL OR LENGTH(" + column.joined() + ") = 0", new Sql.ArrayOf(column.type(), List.of()));
                sql.update("UPDATE " + table.name() + " SET " + column.name() + " = " + column.single() + " WHERE "
                        + column.name() + " IS NULL AND POSITION(? IN " + column.joined() + ") = 0", column.separator());
            }
            splitOneByOne(c, sql, table);
            try (Statement st = c.createStatement()) {
                for (Column column : table.columns()) {
                    st.execute("ALTER TABLE " + table.name() + " DROP COLUMN " + column.joined());
                    st.execute("ALTER TABLE " + table.name() + " ALTER COLUMN " + column.name() + " SET NOT NULL");
                }
            }
        }
    }

    /** Splits, in Java as the older Beraad did, the rows that the statements of {@link #split} left. */
    private static void splitOneByOne(Connection c, Sql sql, Table table) throws SQLException {
        String select = "SELECT " + String.join(", ", table.key()) + ", "
                + String.join(", ", table.columns().stream().map(Column::joined).toList()) + " FROM " + table.name()
                + " WHERE " + String.join(" OR ", table.columns().stream().map(column -> column.name() + " IS NULL").toList());
        String update = "UPDATE " + table.name() + " SET "
                + String.join(", ", table.columns().stream().map(column -> column.name() + " = ?").toList()) + " WHERE "
                + String.join(" AND ", table.key().stream().map(k -> k + " = ?").toList());
        List<Object[]> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(select)) {
            int keys = table.key().size();
            while (rs.next()) {
                Object[] row = new Object[table.columns().size() + keys];
                for (int i = 0; i < table.columns().size(); i++) {
                    Column column = table.columns().get(i);
                    row[i] = new Sql.ArrayOf(column.type(), column.split().apply(rs.getString(keys + i + 1)));
                }
                for (int k = 0; k < keys; k++) {
                    row[table.columns().size() + k] = rs.getObject(k + 1);
                }
                rows.add(row);
                if (rows.size() == BATCH) {
                    sql.batch(update, rows);
                    rows.clear();
                }
            }
        }
        if (!rows.isEmpty()) {
            sql.batch(update, rows);
        }
    }

    /** A list of an item kept as lines: questions, attention points or options. */
    private static Column itemList(String name) {
        return new Column(name, "VARCHAR", "\n", "ARRAY[" + name + "_joined]", JoinedLists::lines);
    }

    /** Questions, attention points or options as the older Beraad read them: split at line breaks. */
    private static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    /** A position's numbers as the older Beraad read them: split at commas; none when NULL. */
    private static List<Integer> numbers(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(n -> Integer.valueOf(n.strip())).toList();
    }
}
