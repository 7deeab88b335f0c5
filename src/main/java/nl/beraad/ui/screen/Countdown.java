package nl.beraad.ui.screen;

import java.util.function.LongSupplier;

/** A speaking-time countdown that runs while the facilitator types; start, pause and reset. */
final class Countdown {
    static final long DEFAULT_SECONDS = 180;

    private final LongSupplier nanos;
    private long totalNanos;
    private long usedNanos;
    private long startedAt = -1;
    /** Whether the end of this run of the clock has been announced (bell and text), so it is announced once. */
    private boolean announced;

    Countdown(LongSupplier nanos, long seconds) {
        this.nanos = nanos;
        this.totalNanos = seconds * 1_000_000_000L;
    }

    void toggle() {
        if (startedAt >= 0) {
            usedNanos += nanos.getAsLong() - startedAt;
            startedAt = -1;
        } else {
            startedAt = nanos.getAsLong();
        }
    }

    void reset() {
        usedNanos = 0;
        startedAt = -1;
        announced = false;
    }

    /** A new length, from the start and stopped: the facilitator set the speaking time. */
    void length(long seconds) {
        totalNanos = seconds * 1_000_000_000L;
        reset();
    }

    /** True once, at the first look after the time ran out while the clock ran. */
    boolean endsNow() {
        if (announced || !running() || secondsLeft() > 0) {
            return false;
        }
        announced = true;
        return true;
    }

    boolean running() {
        return startedAt >= 0;
    }

    /** Whole seconds left, never below zero. */
    long secondsLeft() {
        long used = usedNanos + (startedAt >= 0 ? nanos.getAsLong() - startedAt : 0);
        return Math.max(0, (totalNanos - used + 999_999_999L) / 1_000_000_000L);
    }

    /** "2:41" */
    String shown() {
        long s = secondsLeft();
        return s / 60 + ":" + String.format("%02d", s % 60);
    }
}
