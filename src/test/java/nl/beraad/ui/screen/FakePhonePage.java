package nl.beraad.ui.screen;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.beraad.app.PhonePage;
import nl.beraad.domain.SessionId;

/**
 * A vote page that serves nothing: it tells the screen an address, a join code and which phones are
 * connected, and counts how often it was started and stopped.
 */
final class FakePhonePage implements PhonePage {
    static final String ADDRESS = "http://192.168.1.23:8421/";
    static final String CODE = "4821";

    final AtomicInteger started = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();
    /** The devices the page has heard from lately; a test adds and removes ids. */
    final Set<Long> connected = ConcurrentHashMap.newKeySet();
    /** What start() throws instead of serving (the address in use), or null. */
    volatile RuntimeException refusal;

    @Override
    public Serving start(SessionId sessionId) {
        if (refusal != null) {
            throw refusal;
        }
        started.incrementAndGet();
        return new Serving() {
            @Override
            public String address() {
                return ADDRESS;
            }

            @Override
            public String joinCode() {
                return CODE;
            }

            @Override
            public Set<Long> connected() {
                return Set.copyOf(connected);
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
    }

    /** Whether a vote page is running now. */
    boolean running() {
        return started.get() > closed.get();
    }
}
