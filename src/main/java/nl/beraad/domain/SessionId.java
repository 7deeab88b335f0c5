package nl.beraad.domain;

/** A session's number in this database, kept apart from other numbers by its type. */
public record SessionId(long value) implements Comparable<SessionId> {

    @Override
    public int compareTo(SessionId other) {
        return Long.compare(value, other.value);
    }

    /** The plain number, as messages and files show it. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
