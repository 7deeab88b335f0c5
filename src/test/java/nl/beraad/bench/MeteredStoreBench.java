package nl.beraad.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.beraad.app.SessionStore;

/**
 * Wraps the real session store and counts and times every call the service makes to it, so the
 * benchmark can say which store calls a key press costs. Adds well under a microsecond per call.
 */
final class MeteredStoreBench implements InvocationHandler {
    private final SessionStore target;
    private final Map<String, long[]> calls = new TreeMap<>();

    private MeteredStoreBench(SessionStore target) {
        this.target = target;
    }

    /** The metered store and its meter. */
    record Metered(SessionStore store, MeteredStoreBench meter) {
    }

    static Metered around(SessionStore target) {
        MeteredStoreBench meter = new MeteredStoreBench(target);
        SessionStore store = (SessionStore) Proxy.newProxyInstance(SessionStore.class.getClassLoader(),
                new Class<?>[] {SessionStore.class}, meter);
        return new Metered(store, meter);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        long start = System.nanoTime();
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            long[] c = calls.computeIfAbsent(method.getName(), k -> new long[2]);
            c[0]++;
            c[1] += System.nanoTime() - start;
        }
    }

    /** Forgets what was counted so far. */
    void reset() {
        calls.clear();
    }

    /** What was counted since the last reset: per method, calls and nanoseconds. */
    Map<String, long[]> snapshot() {
        Map<String, long[]> copy = new LinkedHashMap<>();
        calls.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    /** Adds one snapshot to a running total. */
    static void addTo(Map<String, long[]> total, Map<String, long[]> part) {
        part.forEach((k, v) -> {
            long[] t = total.computeIfAbsent(k, x -> new long[2]);
            t[0] += v[0];
            t[1] += v[1];
        });
    }

    /** Total nanoseconds in a snapshot. */
    static long nanos(Map<String, long[]> snapshot) {
        return snapshot.values().stream().mapToLong(v -> v[1]).sum();
    }

    /** The methods of a total, the most expensive first. */
    static List<Map.Entry<String, long[]>> byTime(Map<String, long[]> total) {
        return total.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .toList();
    }
}
