package nl.beraad.domain;

/** The number of an item within its session, 1 for the first. */
public record ItemNo(int value) implements Comparable<ItemNo> {

    /** The first item of every session. */
    public static final ItemNo FIRST = new ItemNo(1);

    /**
     * Refuses a number below 1: reaching one here is a mistake in the program, since a number a
     * user typed is checked (with a sentence for the user) before it becomes an item number.
     */
    public ItemNo {
        if (value < 1) {
            throw new IllegalArgumentException("item number below 1: " + value);
        }
    }

    /** The item with this number. */
    public static ItemNo of(int value) {
        return new ItemNo(value);
    }

    /** The item after this one. */
    public ItemNo next() {
        return new ItemNo(value + 1);
    }

    /** The item before this one; there is none before the first. */
    public ItemNo previous() {
        return new ItemNo(value - 1);
    }

    /** Whether this is the first item. */
    public boolean isFirst() {
        return value == 1;
    }

    @Override
    public int compareTo(ItemNo other) {
        return Integer.compare(value, other.value);
    }

    /** The plain number, as messages, reports and files show it. */
    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
