package nl.beraad.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a fault campaign's runs two at a time (CI has two cores) and gives their results in order. */
public final class TwoAtATime {
    private TwoAtATime() {
    }

    public static <T> List<T> run(List<Callable<T>> runs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> r : runs) {
                futures.add(pool.submit(r));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
