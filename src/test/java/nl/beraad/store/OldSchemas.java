package nl.beraad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Test fixture: a database exactly as an older Beraad left it, at any earlier schema version, with a
 * small finished meeting in it (a session, an item, three participants, votes, an argument and a
 * conclusion), written with the columns that version 1 already had.
 */
public final class OldSchemas {
    /** What {@link #make} stores, as {@link #contents} reads it back. */
    public static final List<String> CONTENTS = List.of(
            "session|Oude sessie|FINISHED", "participant|Anouk|José|Sjoerd", "vote|1:2|2:4|3:0",
            "argument|A|Zorg dichtbij huis.", "conclusion|Voorzichtig voor A.");

    private OldSchemas() {
    }

    public static int latest() {
        return Migrations.latest();
    }

    /** Makes {@code file} (ending in .mv.db) a database at schema {@code version} holding one meeting. */
    public static void make(Path file, int version) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(file), "sa", ""); Statement st = c.createStatement()) {
            new Migrations().apply(c, version);
            st.execute("INSERT INTO session (title, set_id, set_title, status, current_item, created_at, updated_at"
                    + (version >= 13 ? ", uid" : "") + ") VALUES ('Oude sessie', 'oud', 'Oude set', 'FINISHED', 1, "
                    + "TIMESTAMP WITH TIME ZONE '2025-03-01 19:30:00+01', TIMESTAMP WITH TIME ZONE '2025-03-01 21:00:00+01'"
                    + (version >= 13 ? ", 'b3a1c0de-0000-4000-8000-000000000001'" : "") + ")");
            st.execute("INSERT INTO session_item (session_id, item_no, item_key, kind, title, context, pole_a, pole_b, "
                    + "questions, attention, source, scale_steps, round, revealed_round) VALUES (1, 1, 'oud', 'dilemma', "
                    + "'Een oud dilemma', 'Achtergrond.', 'Kies A.', 'Kies B.', 'Waarom?', '', 'Oude bron', 5, 1, 1)");
            int seq = 1;
            for (String name : List.of("Anouk", "José", "Sjoerd")) {
                st.execute("INSERT INTO participant (session_id, seq, name, name_key, created_at) VALUES (1, " + seq
                        + ", '" + name + "', '" + name.toLowerCase() + "', CURRENT_TIMESTAMP)");
                seq++;
            }
            st.execute("INSERT INTO vote (session_id, item_no, participant_id, round, position, cast_at) VALUES "
                    + "(1, 1, 1, 1, 2, CURRENT_TIMESTAMP), (1, 1, 2, 1, 4, CURRENT_TIMESTAMP), "
                    + "(1, 1, 3, 1, 0, CURRENT_TIMESTAMP)");
            st.execute("INSERT INTO argument (session_id, item_no, participant_id, side, text, created_at) VALUES "
                    + "(1, 1, 1, 'A', 'Zorg dichtbij huis.', CURRENT_TIMESTAMP)");
            st.execute("INSERT INTO conclusion (session_id, item_no, text, updated_at) VALUES "
                    + "(1, 1, 'Voorzichtig voor A.', CURRENT_TIMESTAMP)");
        }
    }

    /** The meeting as stored, in the form of {@link #CONTENTS}. */
    public static List<String> contents(Connection c) throws SQLException {
        return List.of(
                "session|" + one(c, "SELECT title || '|' || status FROM session"),
                "participant|" + one(c, "SELECT LISTAGG(name, '|') WITHIN GROUP (ORDER BY seq) FROM participant"),
                "vote|" + one(c, "SELECT LISTAGG(participant_id || ':' || position, '|') WITHIN GROUP "
                        + "(ORDER BY participant_id) FROM vote"),
                "argument|" + one(c, "SELECT side || '|' || text FROM argument"),
                "conclusion|" + one(c, "SELECT text FROM conclusion"));
    }

    /** The schema version recorded in the database. */
    public static int version(Connection c) throws SQLException {
        return Integer.parseInt(one(c, "SELECT MAX(version) FROM schema_version"));
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String url(Path file) {
        String path = file.toString();
        return "jdbc:h2:file:" + path.substring(0, path.length() - ".mv.db".length()) + ";TRACE_LEVEL_FILE=0";
    }
}
