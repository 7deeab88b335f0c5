package nl.beraad.domain;

/**
 * One fact about a session as its log and its rows both state it: what it is about ({@code key},
 * such as "vote/2/1/7"), its value in canonical text, or null when it is gone, and the item it
 * belongs to (null for the session and its members).
 */
public record Fact(String key, String value, ItemNo itemNo) {

    /** Whether this fact says that the thing is gone (a deleted argument, a removed member). */
    public boolean gone() {
        return value == null;
    }

    /** What the fact is about, the first part of its key: session, participant, item, vote, hands, argument, conclusion, correction. */
    public String subject() {
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(0, slash);
    }
}
