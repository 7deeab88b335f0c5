package nl.beraad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Session;
import nl.beraad.support.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Units of work that waited for the lock together are run by one thread as one transaction with one
 * commit; one that fails among them leaves nothing of itself, and the others are stored.
 */
@Timeout(60)
class GroupCommitTest {
    private Services services;
    private JdbcSessionStore store;
    private Session session;

    @BeforeEach
    void open() {
        services = Services.open();
        store = new JdbcSessionStore(services.database());
        session = services.meeting(0);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void unitsThatWaitedTogetherShareATransactionAndAFailingOneLeavesNothing() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Map<String, String> ranOn = new ConcurrentHashMap<>();
        Map<String, Throwable> failed = new ConcurrentHashMap<>();

        Thread first = unit("Anna", ranOn, failed, () -> {
            inside.countDown();
            await(release);
            return null;
        });
        first.start();
        assertTrue(inside.await(10, TimeUnit.SECONDS));

        List<Thread> later = new ArrayList<>();
        later.add(unit("Bram", ranOn, failed, () -> null));
        later.add(unit("Cas", ranOn, failed, () -> {
            throw new IllegalStateException("Cas is refused");
        }));
        later.add(unit("Dirk", ranOn, failed, () -> null));
        for (Thread t : later) {
            t.start();
        }
        // All three wait for the lock (their units are queued before they wait), then the first lets go.
        for (Thread t : later) {
            while (t.getState() != Thread.State.WAITING) {
                Thread.sleep(5);
            }
        }
        release.countDown();
        first.join();
        for (Thread t : later) {
            t.join();
        }

        // Bram, Cas and Dirk queue in whatever order their threads get there: the names are compared sorted.
        assertEquals(List.of("Anna", "Bram", "Dirk"), store.participants(session.id()).stream().map(Participant::name)
                .sorted().toList());
        assertEquals("Cas is refused", failed.get("Cas").getMessage());
        assertNull(failed.get("Bram"));
        assertNull(failed.get("Dirk"));
        // The three that waited ran on one thread, one after the other: one transaction.
        assertEquals(1, List.of(ranOn.get("Bram"), ranOn.get("Cas"), ranOn.get("Dirk")).stream().distinct().count(), ranOn.toString());
        assertTrue(!ranOn.get("Anna").equals(ranOn.get("Bram")), ranOn.toString());
    }

    @Test
    void aUnitAloneThatFailsIsRolledBackAndTheNextIsStored() {
        Map<String, Throwable> failed = new ConcurrentHashMap<>();
        Thread alone = unit("Eva", new ConcurrentHashMap<>(), failed, () -> {
            throw new IllegalStateException("Eva is refused");
        });
        alone.run();
        store.atomically(() -> store.addParticipant(session.id(), "Fleur", Instant.now()));
        assertEquals(List.of("Fleur"), store.participants(session.id()).stream().map(Participant::name).toList());
        assertEquals("Eva is refused", failed.get("Eva").getMessage());
    }

    /** A thread whose unit adds a member called {@code name}, then does {@code then}. */
    private Thread unit(String name, Map<String, String> ranOn, Map<String, Throwable> failed, Supplier<Void> then) {
        return new Thread(() -> {
            try {
                store.atomically(() -> {
                    ranOn.put(name, Thread.currentThread().getName());
                    store.addParticipant(session.id(), name, Instant.now());
                    return then.get();
                });
            } catch (RuntimeException e) {
                failed.put(name, e);
            }
        }, "unit-" + name);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
