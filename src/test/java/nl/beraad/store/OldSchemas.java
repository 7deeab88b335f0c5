package nl.beraad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.beraad.domain.ItemNo;
import nl.beraad.support.Rows;

/**
 * Test fixture: a database exactly as an older Beraad left it, at any earlier schema version, with a
 * small finished meeting in it (a session, an item with two questions and no attention points,
 * three participants, votes, an argument and a conclusion), written with the columns that version
 * 1 already had; the item's lists joined into one text, as Beraad kept them before V14__lists.sql.
 */
public final class OldSchemas {
    /** What {@link #make} stores, as {@link #contents} reads it back. */
    public static final List<String> CONTENTS = List.of(
            "session|Oude sessie|FINISHED", "item|Waarom?/Wat betekent één keuze, en voor wie?|",
            "participant|Anouk|José|Sjoerd", "vote|1:2|2:4|3:0", "argument|A|Zorg dichtbij huis.",
            "conclusion|Voorzichtig voor A.");
    /** When the meeting's rows were made: always the same, so that two databases give the same report. */
    private static final String AT = "TIMESTAMP WITH TIME ZONE '2025-03-01 19:45:00+01'";
    /** The item's questions as {@link #CONTENTS} shows them. */
    private static final List<String> QUESTIONS = List.of("Waarom?", "Wat betekent één keuze, en voor wie?");
    /** The newest schema version that kept lists joined into one text. */
    public static final int JOINED = Migrations.SCRIPTS.indexOf("V14__lists.sql");

    /** The lists of {@link #addLists}, as {@link #lists} reads them back after V14. */
    private static final List<String> LIST_QUESTIONS = List.of("Wat weegt het zwaarst?", "Wie mist er iets, en wat?",
            "Waarom niet één keuze?");
    private static final String LIST_ATTENTION = "Eén stem per lid, geen volmacht.";
    private static final List<String> LIST_OPTIONS = List.of("Wonen, zorg en welzijn", "Jeugd", "Schuldhulp à la carte");
    private static final List<String> LIST_ACTIONS = List.of("Brief aan het college sturen.", "",
            "Gesprek met wethouder Öztürk plannen.");
    public static final List<String> LISTS = List.of(
            "questions|" + String.join("/", LIST_QUESTIONS), "attention|" + LIST_ATTENTION,
            "options|" + String.join("/", LIST_OPTIONS),
            "numbers|1,3|2|", "actions|" + String.join("/", LIST_ACTIONS));

    private OldSchemas() {
    }

    public static int latest() {
        return Migrations.latest();
    }

    /** Makes {@code file} (ending in .mv.db) a database at schema {@code version} holding one meeting. */
    public static void make(Path file, int version) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(file), "sa", "")) {
            make(c, version);
        }
    }

    /** Makes the empty database behind {@code c} (H2 or PostgreSQL) one at schema {@code version} holding one meeting. */
    public static void make(Connection c, int version) throws SQLException {
        new Migrations().apply(c, version);
        // From V14 on, every list is an array, required: the item's options, a vote's numbers, a conclusion's actions.
        boolean arrays = version > JOINED;
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO session (title, set_id, set_title, status, current_item, created_at, updated_at"
                    + (version >= 13 ? ", uid" : "") + ") VALUES ('Oude sessie', 'oud', 'Oude set', 'FINISHED', 1, "
                    + "TIMESTAMP WITH TIME ZONE '2025-03-01 19:30:00+01', TIMESTAMP WITH TIME ZONE '2025-03-01 21:00:00+01'"
                    + (version >= 13 ? ", 'b3a1c0de-0000-4000-8000-000000000001'" : "") + ")");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO session_item (session_id, item_no, item_key, "
                    + "kind, title, context, pole_a, pole_b, questions, attention, source, scale_steps, round, revealed_round"
                    + (arrays ? ", options" : "") + ") VALUES (1, 1, 'oud', 'dilemma', 'Een oud dilemma', "
                    + "'Achtergrond.', 'Kies A.', 'Kies B.', ?, ?, 'Oude bron', 5, 1, 1" + (arrays ? ", ?" : "") + ")")) {
                ps.setObject(1, list(c, version, QUESTIONS));
                ps.setObject(2, list(c, version, List.of()));
                if (arrays) {
                    ps.setObject(3, list(c, version, List.of()));
                }
                ps.executeUpdate();
            }
            int seq = 1;
            for (String name : List.of("Anouk", "José", "Sjoerd")) {
                st.execute("INSERT INTO participant (session_id, seq, name, name_key, created_at) VALUES (1, " + seq
                        + ", '" + name + "', '" + name.toLowerCase() + "', " + AT + ")");
                seq++;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO vote (session_id, item_no, participant_id, round, "
                    + "position, cast_at" + (arrays ? ", numbers" : "") + ") VALUES (1, 1, ?, 1, ?, " + AT
                    + (arrays ? ", ?" : "") + ")")) {
                int[][] votes = {{1, 2}, {2, 4}, {3, 0}};
                for (int[] vote : votes) {
                    ps.setInt(1, vote[0]);
                    ps.setInt(2, vote[1]);
                    if (arrays) {
                        ps.setArray(3, c.createArrayOf("INTEGER", new Object[0]));
                    }
                    ps.executeUpdate();
                }
            }
            st.execute("INSERT INTO argument (session_id, item_no, participant_id, side, text, created_at) VALUES "
                    + "(1, 1, 1, 'A', 'Zorg dichtbij huis.', " + AT + ")");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO conclusion (session_id, item_no, text, updated_at"
                    + (arrays ? ", actions" : "") + ") VALUES (1, 1, 'Voorzichtig voor A.', " + AT
                    + (arrays ? ", ?" : "") + ")")) {
                if (arrays) {
                    ps.setObject(1, list(c, version, List.of()));
                }
                ps.executeUpdate();
            }
        }
    }

    /** A list as a schema version keeps it: joined by line breaks before V14__lists.sql, an array after. */
    private static Object list(Connection c, int version, List<String> texts) throws SQLException {
        return version > JOINED ? c.createArrayOf("VARCHAR", texts.toArray()) : String.join("\n", texts);
    }

    /** The meeting as stored (with the newest schema, on H2 or PostgreSQL), in the form of {@link #CONTENTS}. */
    public static List<String> contents(Connection c) throws SQLException {
        return List.of(
                "session|" + one(c, "SELECT title || '|' || status FROM session WHERE id = 1"),
                "item|" + String.join("/", array(c, "session_item", "questions", ItemNo.of(1))) + "|"
                        + String.join("/", array(c, "session_item", "attention", ItemNo.of(1))),
                "participant|" + String.join("|", Rows.of(c, "SELECT name FROM participant WHERE session_id = 1 "
                        + "ORDER BY seq")),
                "vote|" + String.join("|", Rows.of(c, "SELECT participant_id || ':' || position FROM vote "
                        + "WHERE session_id = 1 AND item_no = 1 ORDER BY participant_id")),
                "argument|" + one(c, "SELECT side || '|' || text FROM argument WHERE session_id = 1"),
                "conclusion|" + one(c, "SELECT text FROM conclusion WHERE session_id = 1 AND item_no = 1"));
    }

    /** The texts of an array column of the meeting's item {@code itemNo}, in session_item or conclusion. */
    private static List<String> array(Connection c, String table, String column, ItemNo itemNo) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT " + column + " FROM " + table
                + " WHERE session_id = 1 AND item_no = " + itemNo)) {
            rs.next();
            return Arrays.stream((Object[]) rs.getArray(1).getArray()).map(String::valueOf).toList();
        }
    }

    /**
     * Adds to the meeting of {@link #make} (at schema {@link #JOINED}, the last to join lists) an item
     * with every kind of list, joined as the older Beraad wrote them: a keuze whose options hold a
     * comma and diacritics, three questions, one attention point; a position with two chosen options,
     * one with one, and an abstention without; a conclusion with two action points and a blank line
     * between them. (Item 1 has no attention points, and its conclusion no action points.)
     */
    public static void addLists(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO session_item (session_id, item_no, item_key, kind, title, context, pole_a, pole_b, "
                    + "questions, attention, source, scale_steps, round, revealed_round, options, max_choices) VALUES "
                    + "(1, 2, 'keuze', 'keuze', 'Waar gaat het geld heen?', 'Het budget.', '', '', "
                    + "'" + String.join("\n", LIST_QUESTIONS) + "', '" + LIST_ATTENTION + "', 'Begroting', 0, 1, 1, "
                    + "'" + String.join("\n", LIST_OPTIONS) + "', 2)");
            st.execute("INSERT INTO vote (session_id, item_no, participant_id, round, position, numbers, cast_at) VALUES "
                    + "(1, 2, 1, 1, 1, '1,3', " + AT + "), (1, 2, 2, 1, 1, '2', " + AT + "), "
                    + "(1, 2, 3, 1, 0, NULL, " + AT + ")");
            st.execute("INSERT INTO conclusion (session_id, item_no, text, minority, actions, updated_at) VALUES "
                    + "(1, 2, 'Wonen en schuldhulp eerst.', '', '" + String.join("\n", LIST_ACTIONS) + "', " + AT + ")");
        }
    }

    /** The lists of item 2 as stored (with the newest schema), in the form of {@link #LISTS}. */
    public static List<String> lists(Connection c) throws SQLException {
        List<String> numbers = new ArrayList<>();
        try (Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT numbers FROM vote WHERE session_id = 1 AND item_no = 2 "
                     + "ORDER BY participant_id")) {
            while (rs.next()) {
                numbers.add(Arrays.stream((Object[]) rs.getArray(1).getArray()).map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",")));
            }
        }
        return List.of(
                "questions|" + String.join("/", array(c, "session_item", "questions", ItemNo.of(2))),
                "attention|" + String.join("/", array(c, "session_item", "attention", ItemNo.of(2))),
                "options|" + String.join("/", array(c, "session_item", "options", ItemNo.of(2))),
                "numbers|" + String.join("|", numbers),
                "actions|" + String.join("/", array(c, "conclusion", "actions", ItemNo.of(2))));
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
