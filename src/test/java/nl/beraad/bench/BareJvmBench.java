package nl.beraad.bench;

/** A program that does nothing: its run time is the bare start and stop of a JVM, the yardstick for start-up. */
public final class BareJvmBench {
    private BareJvmBench() {
    }

    public static void main(String[] args) {
        // nothing: only the JVM's own start-up is timed
    }
}
