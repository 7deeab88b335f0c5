package nl.beraad.bench;

import java.io.IOException;

/**
 * A program that does nothing: its run time is the bare start and stop of a JVM, the yardstick for
 * start-up. With {@link #WAIT} it says {@link #READY} and waits for its input to end, so its memory
 * can be read while it runs.
 */
public final class BareJvmBench {
    static final String WAIT = "--wait";
    static final String READY = "ready";

    private BareJvmBench() {
    }

    public static void main(String[] args) throws IOException {
        // Without --wait nothing: only the JVM's own start-up is timed.
        if (args.length > 0 && args[0].equals(WAIT)) {
            System.out.println(READY);
            System.out.flush();
            while (System.in.read() >= 0) {
                // waiting for the end of input
            }
        }
    }
}
