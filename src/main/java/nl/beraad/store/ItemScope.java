package nl.beraad.store;

import nl.beraad.domain.SessionId;

/**
 * Which rows of a session a record query reads: of every item, or of one. Every item leaves the
 * condition on the item out altogether, so that the index on the session alone is used.
 */
record ItemScope(SessionId sessionId, int itemNo) {
    /** The item number meaning "every item". */
    private static final int ALL_ITEMS = 0;

    /** Every item of a session. */
    static ItemScope all(SessionId sessionId) {
        return new ItemScope(sessionId, ALL_ITEMS);
    }

    /** The condition after {@code WHERE session_id = ?} on the given item column, empty for every item. */
    String filter(String column) {
        return itemNo == ALL_ITEMS ? "" : " AND " + column + " = ?";
    }

    /** The values the session condition and {@link #filter} bind, in that order. */
    Object[] params() {
        return itemNo == ALL_ITEMS ? new Object[] {sessionId} : new Object[] {sessionId, itemNo};
    }
}
