package nl.beraad.domain;

/** A participant's number in this database, kept apart from other numbers by its type. */
public record ParticipantId(long value) implements Comparable<ParticipantId> {

    @Override
    public int compareTo(ParticipantId other) {
        return Long.compare(value, other.value);
    }

    /** The plain number, as messages and files show it. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
