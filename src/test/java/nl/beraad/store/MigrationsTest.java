package nl.beraad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import nl.beraad.support.Beraad;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A database made by an older Beraad is brought up to date on first use, and its sessions stay readable. */
@Timeout(60)
class MigrationsTest {

    @Test
    void aVersionOneDatabaseGetsTheItemKindsAndKeepsItsMeeting(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        String v1 = resource("/db/migration/V1__init.sql");
        try (Connection c = beraad.jdbc(); Statement st = c.createStatement()) {
            // Exactly what Beraad 0.1 left behind: the V1 schema, recorded as applied, and one meeting.
            st.execute("CREATE TABLE schema_version (version INT PRIMARY KEY, script VARCHAR(200) NOT NULL, "
                    + "checksum INT NOT NULL, applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)");
            for (String statement : Migrations.statements(v1)) {
                st.execute(statement);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO schema_version (version, script, checksum) VALUES (1, 'V1__init.sql', ?)")) {
                ps.setInt(1, v1.hashCode());
                ps.executeUpdate();
            }
            st.execute("INSERT INTO session (title, set_id, set_title, status, current_item, created_at, updated_at) "
                    + "VALUES ('Oude sessie', 'oud', 'Oude set', 'FINISHED', 1, TIMESTAMP WITH TIME ZONE "
                    + "'2025-03-01 19:30:00+01', TIMESTAMP WITH TIME ZONE '2025-03-01 21:00:00+01')");
            st.execute("INSERT INTO session_item (session_id, item_no, item_key, kind, title, context, pole_a, pole_b, "
                    + "questions, attention, source, scale_steps, round, revealed_round) VALUES (1, 1, 'oud', 'dilemma', "
                    + "'Een oud dilemma', 'Achtergrond.', 'Kies A.', 'Kies B.', 'Waarom?', '', 'Oude bron', 5, 1, 1)");
            st.execute("INSERT INTO participant (session_id, seq, name, name_key, created_at) VALUES "
                    + "(1, 1, 'Anouk', 'anouk', CURRENT_TIMESTAMP)");
            st.execute("INSERT INTO vote (session_id, item_no, participant_id, round, position, cast_at) VALUES "
                    + "(1, 1, 1, 1, 2, CURRENT_TIMESTAMP)");
        }

        Beraad.Run report = beraad.run("report", "1");

        assertEquals(0, report.code(), report.err());
        assertTrue(report.out().contains("- **Pool A:** Kies A."), report.out());
        assertTrue(report.out().contains("1 deelnemer koos voor A."), report.out());
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("1|V1__init.sql", "2|V2__item_kinds.sql", "3|V3__show_of_hands.sql",
                    "4|V4__minority_and_actions.sql", "5|V5__speaker_queue.sql",
                    "6|V6__participant_roles.sql", "7|V7__recent_sessions.sql",
                    "8|V8__session_details.sql"),
                    Rows.of(c, "SELECT version, script FROM schema_version ORDER BY version"));
            assertEquals(List.of("1|1|2|null"), Rows.of(c, "SELECT item_no, round, position, numbers FROM vote"));
            assertEquals(List.of("|0|0"), Rows.of(c, "SELECT prompt, max_choices, points FROM session_item"));
        }
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = MigrationsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
