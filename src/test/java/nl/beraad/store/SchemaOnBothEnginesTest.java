package nl.beraad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import nl.beraad.support.Postgres;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations make the same schema on H2 and on PostgreSQL (issue 14): the same tables, the same
 * columns in the same order with equivalent types (arrays with their element types), nullability and
 * defaults, the same primary, unique and foreign keys, checks and indexes, as each engine's own
 * catalogue tells them. The only differences allowed are the two types {@link Dialect#script}
 * rewrites: TEXT for CHARACTER LARGE OBJECT, and no timestamp finer than PostgreSQL's microseconds.
 */
@Timeout(60)
class SchemaOnBothEnginesTest {
    private static final String WHY = "the schema cannot be compared between H2 and PostgreSQL";

    @Test
    void aNewH2FileAndANewPostgresqlDatabaseGetTheSameSchema(@TempDir Path dir) throws Exception {
        List<String> h2;
        List<String> h2Scripts;
        try (Connection c = Database.h2("jdbc:h2:file:" + dir.resolve("beraad"))) {
            new Migrations().apply(c);
            h2 = schema(c);
            h2Scripts = Rows.of(c, "SELECT version, script FROM schema_version ORDER BY version");
        }
        try (Postgres pg = Postgres.fresh(WHY); Connection c = pg.connect()) {
            new Migrations().apply(c);
            List<String> postgresql = schema(c);

            List<String> onlyH2 = new ArrayList<>(h2);
            onlyH2.removeAll(postgresql);
            List<String> onlyPostgresql = new ArrayList<>(postgresql);
            onlyPostgresql.removeAll(h2);
            assertTrue(onlyH2.isEmpty() && onlyPostgresql.isEmpty(), "only on H2:\n  " + String.join("\n  ", onlyH2)
                    + "\nonly on PostgreSQL:\n  " + String.join("\n  ", onlyPostgresql));
            assertEquals(h2, postgresql);
            assertEquals(h2Scripts, Rows.of(c, "SELECT version, script FROM schema_version ORDER BY version"));
            assertEquals(OptionalInt.of(Migrations.latest()), Migrations.version(c));
        }
    }

    @Test
    void migratingAPostgresqlDatabaseAgainChangesNothing() throws Exception {
        try (Postgres pg = Postgres.fresh(WHY); Connection c = pg.connect()) {
            assertEquals(OptionalInt.empty(), Migrations.version(c));
            new Migrations().apply(c);
            List<String> schema = schema(c);
            String recorded = "SELECT version, script, checksum, applied_at FROM schema_version ORDER BY version";
            List<String> versions = Rows.of(c, recorded);

            new Migrations().apply(c);

            assertEquals(schema, schema(c));
            assertEquals(versions, Rows.of(c, recorded));
            assertEquals(Migrations.latest(), versions.size());
        }
    }

    /** Two connections stand for two Beraads started at once against one new database on the server. */
    @Test
    void twoStartsAtOnceOnANewPostgresqlDatabaseBothFindItMigrated() throws Exception {
        try (Postgres pg = Postgres.fresh(WHY); Connection one = pg.connect(); Connection two = pg.connect()) {
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<Void>> both = new ArrayList<>();
            for (Connection c : List.of(one, two)) {
                both.add(CompletableFuture.runAsync(() -> {
                    try {
                        together.await();
                        new Migrations().apply(c);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            for (CompletableFuture<Void> f : both) {
                f.get();
            }
            assertEquals(OptionalInt.of(Migrations.latest()), Migrations.version(one));
            assertEquals(List.of(String.valueOf(Migrations.latest())), Rows.of(one, "SELECT COUNT(*) FROM schema_version"));
        }
    }

    /** Beraad's schema as the engine's catalogue describes it, one sorted line per column, key, check or index. */
    static List<String> schema(Connection c) throws SQLException {
        Dialect dialect = Dialect.of(c);
        String schema = dialect.schema(c);
        List<String> out = new ArrayList<>();
        Map<String, String> elements = elementTypes(c, dialect, schema);
        Map<String, Integer> seen = new TreeMap<>();
        // A column's place among its table's columns: PostgreSQL keeps counting the places of dropped columns.
        for (List<String> col : query(c, "SELECT table_name, ordinal_position, column_name, data_type, "
                + "character_maximum_length, datetime_precision, is_nullable, is_identity, column_default "
                + "FROM information_schema.columns WHERE table_schema = ? ORDER BY table_name, ordinal_position", schema)) {
            int place = seen.merge(col.get(0), 1, Integer::sum);
            String type = col.get(3).equals("array") ? "array of " + elements.get(col.get(0) + "." + col.get(2))
                    : type(col.get(3), col.get(4), col.get(5));
            out.add(col.get(0) + " column " + String.format("%02d", place) + " " + col.get(2) + " " + type
                    + (col.get(6).equals("yes") ? "" : " not null") + (col.get(7).equals("yes") ? " identity" : "")
                    + (col.get(8) == null ? "" : " default " + col.get(8).replaceAll("::[a-z ]+", "")));
        }
        out.addAll(grouped(query(c, "SELECT tc.table_name, tc.constraint_type, tc.constraint_name, k.column_name "
                + "FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage k "
                + "ON k.constraint_schema = tc.constraint_schema AND k.constraint_name = tc.constraint_name "
                + "AND k.table_name = tc.table_name WHERE tc.table_schema = ? "
                + "AND tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE') ORDER BY tc.constraint_name, k.ordinal_position",
                schema)));
        // Each foreign key column with the column it refers to, and what deleting that row does.
        out.addAll(grouped(query(c, "SELECT k.table_name, 'foreign key', r.constraint_name, "
                + "k.column_name || ' -> ' || u.table_name || '.' || u.column_name, r.delete_rule "
                + "FROM information_schema.referential_constraints r "
                + "JOIN information_schema.key_column_usage k ON k.constraint_schema = r.constraint_schema "
                + "AND k.constraint_name = r.constraint_name "
                + "JOIN information_schema.key_column_usage u ON u.constraint_schema = r.unique_constraint_schema "
                + "AND u.constraint_name = r.unique_constraint_name AND u.ordinal_position = k.position_in_unique_constraint "
                + "WHERE r.constraint_schema = ? ORDER BY r.constraint_name, k.ordinal_position", schema)));
        out.addAll(grouped(query(c, "SELECT tc.table_name, 'check', tc.constraint_name, u.column_name "
                + "FROM information_schema.table_constraints tc JOIN information_schema.constraint_column_usage u "
                + "ON u.constraint_schema = tc.constraint_schema AND u.constraint_name = tc.constraint_name "
                + "WHERE tc.table_schema = ? AND tc.constraint_type = 'CHECK' ORDER BY tc.constraint_name, u.column_name",
                schema)));
        out.addAll(indexes(c, dialect, schema));
        out.sort(null);
        return out;
    }

    /**
     * The element type of each ARRAY column ("table.column"). Both catalogues name it in the standard
     * element_types view; PostgreSQL leaves its length out there, and keeps it in pg_attribute.
     */
    private static Map<String, String> elementTypes(Connection c, Dialect dialect, String schema) throws SQLException {
        List<List<String>> rows = switch (dialect) {
            case H2 -> query(c, "SELECT c.table_name, c.column_name, e.data_type, e.character_maximum_length "
                    + "FROM information_schema.columns c JOIN information_schema.element_types e "
                    + "ON e.object_schema = c.table_schema AND e.object_name = c.table_name "
                    + "AND e.collection_type_identifier = c.dtd_identifier WHERE c.table_schema = ? AND c.data_type = 'ARRAY'",
                    schema);
            case POSTGRESQL -> query(c, "SELECT c.table_name, c.column_name, e.data_type, "
                    + "CASE WHEN a.atttypmod > 4 THEN CAST(a.atttypmod - 4 AS VARCHAR) END "
                    + "FROM information_schema.columns c JOIN information_schema.element_types e "
                    + "ON e.object_schema = c.table_schema AND e.object_name = c.table_name "
                    + "AND e.collection_type_identifier = c.dtd_identifier "
                    + "JOIN pg_attribute a ON a.attrelid = CAST(quote_ident(c.table_schema) || '.' || "
                    + "quote_ident(c.table_name) AS regclass) AND a.attname = c.column_name "
                    + "WHERE c.table_schema = ? AND c.data_type = 'ARRAY'", schema);
        };
        Map<String, String> out = new TreeMap<>();
        for (List<String> row : rows) {
            out.put(row.get(0) + "." + row.get(1), type(row.get(2), row.get(3), null));
        }
        return out;
    }

    private static String type(String dataType, String length, String precision) {
        return switch (dataType) {
            case "character large object", "text" -> "text";
            case "character varying" -> "varchar(" + length + ")";
            // PostgreSQL keeps at most microseconds; its scripts say TIMESTAMP(6) where H2's say (9).
            case "timestamp with time zone" -> "timestamptz(" + Math.min(6, Integer.parseInt(precision)) + ")";
            default -> dataType;
        };
    }

    /**
     * Rows of (table, kind, constraint name, column[, rule]) folded into one line per constraint:
     * "table kind (columns)", the engine's name for it left out (H2 and PostgreSQL name them differently).
     */
    private static List<String> grouped(List<List<String>> rows) {
        Map<String, String> lines = new TreeMap<>();
        Map<String, List<String>> columns = new TreeMap<>();
        for (List<String> row : rows) {
            String name = row.get(0) + "/" + row.get(2);
            columns.computeIfAbsent(name, n -> new ArrayList<>()).add(row.get(3));
            lines.put(name, row.get(0) + " " + row.get(1) + (row.size() > 4 ? " on delete " + row.get(4) : ""));
        }
        List<String> out = new ArrayList<>();
        lines.forEach((name, line) -> out.add(line + " (" + String.join(", ", columns.get(name)) + ")"));
        return out;
    }

    /** The indexes the scripts made by name (not those behind a key), with their columns and order. */
    private static List<String> indexes(Connection c, Dialect dialect, String schema) throws SQLException {
        List<List<String>> rows = switch (dialect) {
            case H2 -> query(c, "SELECT i.table_name, 'index', i.index_name, "
                    + "ic.column_name || CASE WHEN ic.ordering_specification = 'DESC' THEN ' desc' ELSE '' END "
                    + "FROM information_schema.indexes i JOIN information_schema.index_columns ic "
                    + "ON ic.index_schema = i.index_schema AND ic.index_name = i.index_name "
                    + "WHERE i.index_schema = ? AND i.index_type_name = 'INDEX' AND i.index_name NOT LIKE 'CONSTRAINT%' "
                    + "AND i.index_name NOT LIKE 'FK%' ORDER BY i.index_name, ic.ordinal_position", schema);
            case POSTGRESQL -> query(c, "SELECT t.relname, 'index', i.relname, a.attname || CASE WHEN "
                    + "x.indoption[k.n] & 1 = 1 THEN ' desc' ELSE '' END "
                    + "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
                    + "JOIN pg_namespace s ON s.oid = t.relnamespace "
                    + "CROSS JOIN LATERAL generate_subscripts(x.indkey, 1) AS k(n) "
                    + "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = x.indkey[k.n] "
                    + "WHERE s.nspname = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint o WHERE o.conindid = i.oid) "
                    + "ORDER BY i.relname, k.n", schema);
        };
        return grouped(rows).stream().map(line -> line + " named").toList();
    }

    /** The rows of a query with one text parameter, every value lower-cased (H2 keeps names in upper case). */
    private static List<List<String>> query(Connection c, String sql, String parameter) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        String value = rs.getString(i);
                        row.add(value == null ? null : value.toLowerCase(Locale.ROOT));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
