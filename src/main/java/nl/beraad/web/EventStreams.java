package nl.beraad.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
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
    /** Often enough that a phone gone without a word (its stream unread) is noticed within seconds. */
    static final long HEARTBEAT_MILLIS = 5_000;
    /** Shorter than the server's maxRspTime, which would otherwise cut the stream mid-event. */
    static final long STREAM_MILLIS = 50_000;

    private final AtomicLong version = new AtomicLong();
    private final Set<Stream> waiting = ConcurrentHashMap.newKeySet();
    /** Each device's newest stream: a page reloaded (after a form) opens a new one, and the old one ends. */
    private final Map<Long, Stream> newest = new ConcurrentHashMap<>();
    private final Semaphore slots = new Semaphore(MAX_STREAMS);
    private volatile boolean closed;

    /** One phone's live connection; woken by a change, by a newer stream of the same phone, or by closing. */
    static final class Stream {
        private final long deviceId;
        private final Semaphore wake = new Semaphore(0);

        private Stream(long deviceId) {
            this.deviceId = deviceId;
        }
    }

    /** Something changed: wake every stream. Never blocks (it runs on the thread that made the change). */
    void changed() {
        version.incrementAndGet();
        waiting.forEach(s -> s.wake.release());
    }

    /**
     * A place for one more stream of this device (its older stream, if any, ends now), or empty when
     * all places are taken. Taken before the response starts, so two streams of one phone cannot
     * pass each other. Every opened stream is {@link #end ended}.
     */
    Optional<Stream> open(long deviceId) {
        if (closed || !slots.tryAcquire()) {
            return Optional.empty();
        }
        Stream stream = new Stream(deviceId);
        waiting.add(stream);
        Stream older = newest.put(deviceId, stream);
        if (older != null) {
            older.wake.release(); // it sees it is no longer the newest, and ends
        }
        return Optional.of(stream);
    }

    /**
     * Serves an opened stream until it ends (time up, the phone gone, a newer stream of the phone, or
     * the server closing). {@code lastSeen}: the id the browser last had, so a change while it
     * reconnected is sent at once.
     */
    void serve(Stream stream, OutputStream out, String lastSeen, Runnable alive) throws IOException {
        try (out) {
            long seen = version.get();
            write(out, "retry: 1000\n\n");
            if (lastSeen != null && !lastSeen.equals(Long.toString(seen))) {
                write(out, event(seen));
            }
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STREAM_MILLIS);
            while (current(stream)) {
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0) {
                    break;
                }
                boolean woken = stream.wake.tryAcquire(Math.min(left, HEARTBEAT_MILLIS), TimeUnit.MILLISECONDS);
                stream.wake.drainPermits();
                long now = version.get();
                if (!current(stream)) {
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
        }
    }

    private boolean current(Stream stream) {
        return !closed && newest.get(stream.deviceId) == stream;
    }

    /** Gives an opened stream's place back. */
    void end(Stream stream) {
        newest.remove(stream.deviceId, stream);
        if (waiting.remove(stream)) {
            slots.release();
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
        waiting.forEach(s -> s.wake.release());
    }
}
