package nl.beraad.bench;

import java.util.Arrays;

/** Measured durations, kept in nanoseconds and summarised in milliseconds (median, 95th percentile, max). */
final class SamplesBench {
    private long[] nanos = new long[64];
    private int size;

    void add(long value) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = value;
    }

    int count() {
        return size;
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double max() {
        return percentile(100);
    }

    /** Nearest-rank percentile, in milliseconds. */
    double percentile(int p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = Math.max(1, (int) Math.ceil(p / 100.0 * size));
        return sorted[rank - 1] / 1e6;
    }

    /** Runs the work {@code runs} times and keeps how long each run took. */
    static SamplesBench time(int runs, Work work) throws Exception {
        SamplesBench s = new SamplesBench();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            s.add(System.nanoTime() - start);
        }
        return s;
    }

    /** Something to time. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }
}
