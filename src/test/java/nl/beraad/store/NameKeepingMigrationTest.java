package nl.beraad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import nl.beraad.support.Beraad;
import nl.beraad.support.Postgres;
import nl.beraad.support.Rows;
import nl.beraad.support.StoredText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * V16__name_keeping.sql (issue 15) on an H2 file and a PostgreSQL server: an anonymous session of
 * an older Beraad, which kept its members' names and only left them out of its reports, becomes
 * ANONYMOUS with "Deelnemer n" in place of every name (n as its reports numbered them); a named
 * session stays NAMED and keeps its names.
 */
@Timeout(120)
class NameKeepingMigrationTest {
    private static final String WHY = "the names of old anonymous sessions cannot be replaced on PostgreSQL";
    /** The old anonymous session's members, added in an order other than their numbers' to show which counts. */
    private static final List<String> OLD_NAMES = List.of("zoe", "jansen", "bram", "bos", "noel");

    @Test
    void anOldAnonymousSessionKeepsNoNameAndANamedOneKeepsItsNamesOnH2(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        String file = beraad.db().toString();
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:"
                + file.substring(0, file.length() - ".mv.db".length()), "sa", "")) {
            olderDatabase(c);
        }

        Beraad.Run list = beraad.run("sessions");

        assertEquals(0, list.code(), list.err());
        try (Connection c = beraad.jdbc()) {
            assertUpgraded(c);
        }
        Beraad.Run report = beraad.run("report", "2");
        assertTrue(report.out().contains("- Deelnemer 2: Dichtbij huis."), report.out());
        assertTrue(report.out().contains("De sessie was anoniem"), report.out());
        assertFalse(beraad.run("report", "1").out().contains("De sessie was anoniem"));
    }

    @Test
    void anOldAnonymousSessionKeepsNoNameAndANamedOneKeepsItsNamesOnPostgresql() throws Exception {
        try (Postgres pg = Postgres.fresh(WHY); Connection c = pg.connect()) {
            olderDatabase(c);
            new Migrations().apply(c);
            assertUpgraded(c);
        }
    }

    /** Schema 15 with the old meeting (session 1, named) and an anonymous session 2 whose members' names are stored. */
    private static void olderDatabase(Connection c) throws SQLException {
        OldSchemas.make(c, Migrations.SCRIPTS.indexOf("V16__name_keeping.sql"));
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO session (title, set_id, set_title, status, current_item, created_at, updated_at, uid, "
                    + "anonymous) VALUES ('Anoniem', 'oud', 'Oude set', 'OPEN', 1, TIMESTAMP WITH TIME ZONE "
                    + "'2025-04-01 19:30:00+01', TIMESTAMP WITH TIME ZONE '2025-04-01 21:00:00+01', "
                    + "'b3a1c0de-0000-4000-8000-000000000002', TRUE)");
            st.execute("INSERT INTO session_item (session_id, item_no, item_key, kind, title, context, pole_a, pole_b, "
                    + "source, scale_steps, round, revealed_round, questions, attention, options) SELECT 2, item_no, item_key, kind, "
                    + "title, context, pole_a, pole_b, source, scale_steps, 1, 0, questions, attention, options "
                    + "FROM session_item WHERE session_id = 1");
            // "Deelnemer 1" was a name then too (a phone's): it must not clash with the numbers given now.
            String[][] people = {{"2", "Zoë Jansen", "zoe jansen"}, {"1", "Deelnemer 2", "deelnemer 2"},
                    {"3", "Bram Bos", "bram bos"}, {"4", "Noël", "noel"}};
            for (String[] p : people) {
                st.execute("INSERT INTO participant (session_id, seq, name, name_key, created_at) VALUES (2, " + p[0]
                        + ", '" + p[1] + "', '" + p[2] + "', TIMESTAMP WITH TIME ZONE '2025-04-01 19:45:00+01')");
            }
            st.execute("INSERT INTO argument (session_id, item_no, participant_id, side, text, created_at) SELECT 2, 1, id, "
                    + "'A', 'Dichtbij huis.', TIMESTAMP WITH TIME ZONE '2025-04-01 19:50:00+01' FROM participant "
                    + "WHERE name = 'Zoë Jansen'");
        }
    }

    private static void assertUpgraded(Connection c) throws SQLException {
        assertEquals(OldSchemas.latest(), OldSchemas.version(c));
        assertEquals(List.of("1|NAMED", "2|ANONYMOUS"), Rows.of(c, "SELECT id, name_keeping FROM session ORDER BY id"));
        assertEquals(List.of("1|Deelnemer 1|deelnemer 1", "2|Deelnemer 2|deelnemer 2", "3|Deelnemer 3|deelnemer 3",
                "4|Deelnemer 4|deelnemer 4"),
                Rows.of(c, "SELECT seq, name, name_key FROM participant WHERE session_id = 2 ORDER BY seq"));
        assertEquals(OldSchemas.CONTENTS, OldSchemas.contents(c), "the named session keeps its names");
        assertEquals(List.of(), StoredText.rowsHolding(c, OLD_NAMES));
    }
}
