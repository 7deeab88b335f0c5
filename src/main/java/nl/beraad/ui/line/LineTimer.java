package nl.beraad.ui.line;

import java.util.function.LongSupplier;

/**
 * Line mode's speaking-time countdown: a length, started (again) from the full length, asked how
 * much is left. Line mode prints nothing by itself, so the prompt carries what is left while it runs.
 * Like the screen's countdown it is not stored: speaking time is no part of the report.
 */
final class LineTimer {
    static final int DEFAULT_SECONDS = 180;
    static final int MAX_SECONDS = 60 * 60;

    private final LongSupplier nanos;
    private int seconds = DEFAULT_SECONDS;
    private long startedAt;
    private boolean running;

    LineTimer(LongSupplier nanos) {
        this.nanos = nanos;
    }

    void start() {
        startedAt = nanos.getAsLong();
        running = true;
    }

    void stop() {
        running = false;
    }

    /** A new length; a running countdown runs on against it. */
    void length(int newSeconds) {
        seconds = newSeconds;
    }

    int length() {
        return seconds;
    }

    boolean running() {
        return running;
    }

    /** Whole seconds left, never below zero; the full length while it is not running. */
    long secondsLeft() {
        if (!running) {
            return seconds;
        }
        long used = (nanos.getAsLong() - startedAt) / 1_000_000_000L;
        return Math.max(0, seconds - used);
    }

    /** "2:41" */
    static String clock(long seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    /** "3" (minutes) or "2:30" (minutes and seconds) as seconds; -1 when it is neither or out of range. */
    static int parse(String typed) {
        String t = typed.strip();
        int total;
        if (t.matches("[0-9]{1,2}")) {
            total = Integer.parseInt(t) * 60;
        } else if (t.matches("[0-9]{1,2}:[0-5][0-9]")) {
            total = Integer.parseInt(t.substring(0, t.indexOf(':'))) * 60 + Integer.parseInt(t.substring(t.indexOf(':') + 1));
        } else {
            return -1;
        }
        return total > 0 && total <= MAX_SECONDS ? total : -1;
    }
}
