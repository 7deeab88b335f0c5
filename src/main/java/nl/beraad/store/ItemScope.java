package nl.beraad.store;

import nl.beraad.domain.ItemNo;
import nl.beraad.domain.SessionId;

/**
 * Which rows of a session a record query reads: of every item (itemNo null), or of one. Every item leaves the
 * condition on the item out altogether, so that the index on the session alone is used.
 */
record ItemScope(SessionId sessionId, ItemNo itemNo) {
    /** Every item of a session: no item number. */
    static ItemScope all(SessionId sessionId) {
        return new ItemScope(sessionId, null);
    }

    /** The condition after {@code WHERE session_id = ?} on the given item column, empty for every item. */
    String filter(String column) {
        return itemNo == null ? "" : " AND " + column + " = ?";
    }

    /** The values the session condition and {@link #filter} bind, in that order. */
    Object[] params() {
        return itemNo == null ? new Object[] {sessionId} : new Object[] {sessionId, itemNo};
    }
}
