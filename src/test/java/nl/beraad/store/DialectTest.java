package nl.beraad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import nl.beraad.support.Postgres;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link Dialect} says each engine's way does the same on both (issue 14): an upsert stores a
 * new row and changes the one with the same key, leaving the others; a repeated key is known as
 * such, and no other failure is.
 */
@Timeout(60)
class DialectTest {
    private static final List<String> KEY = List.of("session_id", "item_no");
    private static final List<String> COLUMNS = List.of("session_id", "item_no", "text");

    @Test
    void onH2(@TempDir Path dir) throws Exception {
        try (Connection c = Database.h2("jdbc:h2:file:" + dir.resolve("dialect"))) {
            upsertsAndRepeatedKeys(c, Dialect.H2);
        }
    }

    @Test
    void onPostgresql() throws Exception {
        try (Postgres pg = Postgres.fresh("the store's SQL cannot be tried on PostgreSQL"); Connection c = pg.connect()) {
            upsertsAndRepeatedKeys(c, Dialect.POSTGRESQL);
        }
    }

    @Test
    void anUpsertWithNothingButItsKeyKeepsTheRowThatIsThere() {
        assertTrue(Dialect.POSTGRESQL.upsert("claim", List.of("id"), List.of("id")).endsWith("ON CONFLICT (id) DO NOTHING"));
    }

    private static void upsertsAndRepeatedKeys(Connection c, Dialect dialect) throws SQLException {
        assertEquals(dialect, Dialect.of(c));
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE note (session_id INT NOT NULL, item_no INT NOT NULL, text VARCHAR(40) NOT NULL, "
                    + "PRIMARY KEY (session_id, item_no))");
        }
        Sql sql = new Sql(() -> c);
        assertEquals(dialect, sql.dialect());

        assertEquals(1, sql.upsert("note", KEY, COLUMNS, 1, 1, "eerste versie"));
        sql.upsert("note", KEY, COLUMNS, 1, 2, "ander item");
        sql.upsert("note", KEY, COLUMNS, 1, 1, "tweede versie");

        assertEquals(List.of("1|1|tweede versie", "1|2|ander item"),
                Rows.of(c, "SELECT session_id || '|' || item_no || '|' || text FROM note ORDER BY item_no"));

        SQLException repeated = assertThrows(SQLException.class,
                () -> sql.update("INSERT INTO note (session_id, item_no, text) VALUES (?, ?, ?)", 1, 2, "dubbel"));
        assertTrue(Dialect.duplicateKey(repeated), repeated.getSQLState() + " " + repeated.getMessage());
        SQLException other = assertThrows(SQLException.class,
                () -> sql.update("INSERT INTO note (session_id, item_no, text) VALUES (?, ?, ?)", 1, 3, null));
        assertFalse(Dialect.duplicateKey(other), other.getSQLState() + " " + other.getMessage());
    }
}
