package nl.beraad.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The phones' live connections (Server-Sent Events): each holds one thread that waits for "something
 * changed" and passes on only that, never what changed, plus a heartbeat. A stream ends by itself
 * after a while and the browser reconnects with the last id it saw, so a change in between is not
 * missed and no connection outlives the server's response time limit.
 */
final class EventStreams {
    /** Open streams at most: 45 phones and some to spare; more get 503 and fall back to reloading. */
    static final int MAX_STREAMS = 64;
    static final long HEARTBEAT_MILLIS = 15_000;
    /** Shorter than the server's maxRspTime, which would otherwise cut the stream mid-event. */
    static final long STREAM_MILLIS = 50_000;

    private final AtomicLong version = new AtomicLong();
    private final Set<Semaphore> waiting = ConcurrentHashMap.newKeySet();
    private final Semaphore slots = new Semaphore(MAX_STREAMS);
    private volatile boolean closed;

    /** Something changed: wake every stream. Never blocks (it runs on the thread that made the change). */
    void changed() {
        version.incrementAndGet();
        waiting.forEach(Semaphore::release);
    }

    /** A place for one more stream, or false when all are taken. */
    boolean reserve() {
        return !closed && slots.tryAcquire();
    }

    /** Gives back a place whose stream never started. */
    void unreserve() {
        slots.release();
    }

    /**
     * Serves one reserved stream until it ends (time up, the phone gone, or the server closing).
     * {@code lastSeen}: the id the browser last had, so a change while it reconnected is sent at once.
     */
    void serve(OutputStream out, String lastSeen, Runnable alive) throws IOException {
        Semaphore wake = new Semaphore(0);
        waiting.add(wake);
        try {
            long seen = version.get();
            write(out, "retry: 1000\n\n");
            if (lastSeen != null && !lastSeen.equals(Long.toString(seen))) {
                write(out, event(seen));
            }
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STREAM_MILLIS);
            while (!closed) {
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0) {
                    break;
                }
                boolean woken = wake.tryAcquire(Math.min(left, HEARTBEAT_MILLIS), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                long now = version.get();
                if (closed) {
                    break;
                }
                if (woken || now != seen) {
                    seen = now;
                    write(out, event(now));
                } else {
                    write(out, ": \n\n");
                }
                alive.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            waiting.remove(wake);
            slots.release();
            out.close();
        }
    }

    private static String event(long id) {
        return "id: " + id + "\ndata: changed\n\n";
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Ends every stream: the server is stopping. */
    void close() {
        closed = true;
        waiting.forEach(Semaphore::release);
    }

    int open() {
        return MAX_STREAMS - slots.availablePermits();
    }
}
