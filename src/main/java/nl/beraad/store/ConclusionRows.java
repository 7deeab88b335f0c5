package nl.beraad.store;

import static nl.beraad.store.Sql.instant;
import static nl.beraad.store.Sql.texts;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.SessionId;

/**
 * What the board concluded on each item (at most one conclusion an item, replaced when rewritten).
 * The action points are kept as an array of the lines the clerk wrote, blank ones included, so the
 * text reads back exactly as written (the screen edits it, the checksum covers it).
 */
final class ConclusionRows {
    private final Sql sql;

    ConclusionRows(Sql sql) {
        this.sql = sql;
    }

    /** Stores an item's conclusion, replacing the one it had. */
    void set(SessionId sessionId, Conclusion conclusion) throws SQLException {
        sql.upsert("conclusion", List.of("session_id", "item_no"),
                List.of("session_id", "item_no", "text", "minority", "actions", "updated_at"), sessionId, conclusion.itemNo(),
                conclusion.text(), conclusion.minority(), texts(lines(conclusion.actions())), conclusion.updatedAt());
    }

    /** The conclusions in scope, by item. */
    List<Conclusion> list(ItemScope scope) throws SQLException {
        return sql.list("SELECT item_no, text, minority, actions, updated_at FROM conclusion WHERE session_id = ?"
                        + scope.filter("item_no") + " ORDER BY item_no",
                rs -> new Conclusion(Sql.itemNo(rs, 1), rs.getString(2), rs.getString(3), String.join("\n", texts(rs, 4)),
                        instant(rs, 5)), scope.params());
    }

    /** The lines of a text, as they are stored: none for the empty text, and every line, blank ones too. */
    static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
    }
}
