package nl.beraad.store;

import static nl.beraad.store.Sql.optionalInstant;
import static nl.beraad.store.Sql.texts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.beraad.domain.Item;
import nl.beraad.domain.ItemCounts;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Scale;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;

/**
 * A session's items: their texts and forms, written once when the session starts (and kept in
 * memory after the first read), and how far the meeting got with each (round, reveal, opened).
 */
final class ItemRows {
    /** How many sessions' item texts are kept in memory; a terminal works on one session at a time. */
    private static final int CONTENT_CACHE = 8;

    private final Sql sql;
    private final Map<SessionId, List<Item>> contents = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SessionId, List<Item>> eldest) {
            return size() > CONTENT_CACHE;
        }
    };

    ItemRows(Sql sql) {
        this.sql = sql;
    }

    /** Inserts the set's items as the session's items 1, 2, ... in the set's order. */
    void insert(SessionId sessionId, List<Item> items) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        int no = 1;
        for (Item item : items) {
            ItemForm form = item.form();
            rows.add(new Object[] {sessionId, no++, item.key(), item.kind().word(), item.title(), item.context(),
                    form.poleA(), form.poleB(), texts(item.questions()), texts(item.attention()), item.source(),
                    form.scale() == null ? 0 : form.scale().steps(), form.prompt(), texts(form.options()),
                    form.maxChoices(), form.points()});
        }
        sql.batch("INSERT INTO session_item (session_id, item_no, item_key, kind, title, context, pole_a, pole_b, "
                + "questions, attention, source, scale_steps, prompt, options, max_choices, points) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /**
     * The items' texts and forms. They are written once, when the session starts, and never change,
     * so they are read (by {@code load}, which reads them with {@link #content(long)}) once per
     * session and kept for the next key press: the meeting screen asks for the current item several
     * times per key.
     */
    List<Item> cached(SessionId sessionId, Supplier<List<Item>> load) {
        synchronized (contents) {
            List<Item> known = contents.get(sessionId);
            if (known != null) {
                return known;
            }
        }
        List<Item> loaded = load.get();
        if (!loaded.isEmpty()) {
            synchronized (contents) {
                contents.put(sessionId, loaded);
            }
        }
        return loaded;
    }

    /** The items' texts and forms as stored, in order. */
    List<Item> content(SessionId sessionId) throws SQLException {
        return List.copyOf(sql.list("SELECT item_no, item_key, kind, title, context, pole_a, pole_b, questions, attention, "
                + "source, scale_steps, prompt, options, max_choices, points "
                + "FROM session_item WHERE session_id = ? ORDER BY item_no", ItemRows::item, sessionId));
    }

    private static Item item(ResultSet rs) throws SQLException {
        ItemKind kind = ItemKind.fromWord(rs.getString(3)).orElseThrow(
                () -> new IllegalStateException("unknown item kind in database"));
        int steps = rs.getInt(11);
        ItemForm form = new ItemForm(kind, rs.getString(6), rs.getString(7), rs.getString(12),
                texts(rs, 13), rs.getInt(14), rs.getInt(15), kind.isScaled() ? new Scale(steps) : null);
        return new Item(rs.getString(2), rs.getString(4), rs.getString(5), form, texts(rs, 8), texts(rs, 9),
                rs.getString(10));
    }

    /** Every item with its progress, given the items' {@code content} in order. */
    List<SessionItem> items(SessionId sessionId, List<Item> content) throws SQLException {
        List<Progress> progress = sql.list(
                "SELECT item_no, round, revealed_round, opened_at FROM session_item WHERE session_id = ? ORDER BY item_no",
                Progress::of, sessionId);
        List<SessionItem> out = new ArrayList<>();
        for (int i = 0; i < progress.size() && i < content.size(); i++) {
            out.add(progress.get(i).of(content.get(i)));
        }
        return out;
    }

    /** One item with its progress, given that item's {@code content}. */
    Optional<SessionItem> item(SessionId sessionId, ItemNo itemNo, Item content) throws SQLException {
        return sql.one("SELECT item_no, round, revealed_round, opened_at FROM session_item WHERE session_id = ? AND item_no = ?",
                Progress::of, sessionId, itemNo).map(p -> p.of(content));
    }

    /** An item's progress row, before it is joined to the item's content. */
    private record Progress(ItemNo itemNo, int round, int revealedRound, Instant openedAt) {
        static Progress of(ResultSet rs) throws SQLException {
            return new Progress(Sql.itemNo(rs, 1), rs.getInt(2), rs.getInt(3), optionalInstant(rs, 4));
        }

        SessionItem of(Item content) {
            return new SessionItem(itemNo, content, round, revealedRound, openedAt);
        }
    }

    /** Per item, in order: responses in its current round (positions and hands), arguments, and a conclusion's presence. */
    List<ItemCounts> counts(SessionId sessionId) throws SQLException {
        return sql.list("SELECT i.item_no, "
                + "(SELECT COUNT(*) FROM vote v WHERE v.session_id = i.session_id AND v.item_no = i.item_no "
                + "AND v.round = i.round) + (SELECT COALESCE(SUM(h.hands), 0) FROM hand_count h "
                + "WHERE h.session_id = i.session_id AND h.item_no = i.item_no AND h.round = i.round), "
                + "(SELECT COUNT(*) FROM argument a WHERE a.session_id = i.session_id AND a.item_no = i.item_no), "
                + "(SELECT COUNT(*) FROM conclusion c WHERE c.session_id = i.session_id AND c.item_no = i.item_no "
                + "AND LENGTH(c.text) > 0) "
                + "FROM session_item i WHERE i.session_id = ? ORDER BY i.item_no",
                rs -> new ItemCounts(Sql.itemNo(rs, 1), rs.getLong(2), rs.getInt(3), rs.getInt(4) > 0), sessionId);
    }

    /** Gives a restored item the progress it had: round, reveal and when it was first on the table. */
    void restoreProgress(SessionId sessionId, SessionItem i) throws SQLException {
        sql.update("UPDATE session_item SET round = ?, revealed_round = ?, opened_at = ? WHERE session_id = ? AND item_no = ?",
                i.round(), i.revealedRound(), i.openedAt(), sessionId, i.number());
    }

    void setProgress(SessionId sessionId, ItemNo itemNo, int round, int revealedRound) throws SQLException {
        sql.update("UPDATE session_item SET round = ?, revealed_round = ? WHERE session_id = ? AND item_no = ?",
                round, revealedRound, sessionId, itemNo);
    }

    /** Hides a revealed round again, or reveals one: the reveal is all that changes. */
    void setRevealedRound(SessionId sessionId, ItemNo itemNo, int revealedRound) throws SQLException {
        sql.update("UPDATE session_item SET revealed_round = ? WHERE session_id = ? AND item_no = ?",
                revealedRound, sessionId, itemNo);
    }

    /** Marks reached, now, the item moved to and the session's current item (the one left), unless reached before. */
    void markOpened(SessionId sessionId, ItemNo itemNo, Instant now) throws SQLException {
        // The item left was on the table, and so is the one opened: both were reached.
        sql.update("UPDATE session_item SET opened_at = ? WHERE session_id = ? AND opened_at IS NULL "
                + "AND item_no IN (?, (SELECT current_item FROM session WHERE id = ?))", now, sessionId, itemNo, sessionId);
    }
}
