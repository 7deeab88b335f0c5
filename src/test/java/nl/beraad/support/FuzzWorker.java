package nl.beraad.support;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input at a time on a thread of its own, so a hang fails that one input instead of
 * stalling the build or the fuzzer. Not JUnit's @Timeout: while fuzzing, that would limit the whole
 * run (one test invocation), not each input.
 */
public final class FuzzWorker {
    private final String what;
    private final Duration limit;
    private ExecutorService worker;
    private volatile Thread thread;

    /** {@code what} names what may hang, for the failure ("the loader did not finish within 10 s"). */
    public FuzzWorker(String what, Duration limit) {
        this.what = what;
        this.limit = limit;
        this.worker = newWorker();
    }

    /** The task's result, or exactly what it threw (unwrapped, so findings keep the real stack trace). */
    public synchronized <T> T call(Callable<T> task) throws Throwable {
        Future<T> future = worker.submit(task);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause();
        } catch (TimeoutException e) {
            // Report where the task is stuck, then leave that thread behind: it cannot be stopped.
            AssertionError hang = new AssertionError(what + " did not finish within " + limit.toSeconds() + " s");
            hang.setStackTrace(thread.getStackTrace());
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw hang;
        }
    }

    private ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "fuzz-worker");
            t.setDaemon(true);
            thread = t;
            return t;
        });
    }
}
