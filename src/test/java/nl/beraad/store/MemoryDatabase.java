package nl.beraad.store;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * An H2 database in this process's memory for a test of what the store or the services do: no file
 * to make, lock, migrate and compact per test. Tests of the file itself (locks, crashes, sizes,
 * backups, upgrades) open a file with {@link Database#open}.
 */
public final class MemoryDatabase {
    private static final AtomicInteger MADE = new AtomicInteger();

    private MemoryDatabase() {
    }

    /** A new, empty database with Beraad's schema; gone when it is closed. */
    public static Database fresh() {
        return open(newName());
    }

    /** A name no other database of this process has. */
    public static String newName() {
        return "beraad-test-" + MADE.incrementAndGet();
    }

    /** The database {@code name}: new when nothing has it open, else another way into the same one. */
    public static Database open(String name) {
        return Database.memory(name);
    }
}
