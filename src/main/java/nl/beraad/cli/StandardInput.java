package nl.beraad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard input as the process got it, or a marker that it had none. Started with standard input
 * closed ({@code beraad <&-}), a process finds the first file the JVM opened (its own lib/modules)
 * on descriptor 0, and would read that as commands.
 */
public final class StandardInput {
    private StandardInput() {
    }

    /** What a process started with its standard input closed reads instead: nothing, and it says so. */
    static final class Closed extends InputStream {
        @Override
        public int read() {
            return -1;
        }
    }

    /** {@code systemIn}, or a {@link Closed} input when descriptor 0 was closed when the process started. */
    public static InputStream of(InputStream systemIn) {
        return wasClosed() ? new Closed() : systemIn;
    }

    private static boolean wasClosed() {
        Path fd0 = Path.of("/proc/self/fd/0");
        if (!Files.isDirectory(Path.of("/proc/self/fd"))) {
            return false; // not Linux: no way to tell, and no known harm
        }
        try {
            Path target = Files.readSymbolicLink(fd0);
            return ownFile(target);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return !Files.exists(fd0);
        }
    }

    /** A file the JVM itself opens at start: its runtime image, class-data archive or class path. */
    private static boolean ownFile(Path target) {
        String path = target.toString();
        if (path.startsWith(System.getProperty("java.home", "\0")) || path.endsWith(".jsa")) {
            return true;
        }
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty() && Path.of(entry).toAbsolutePath().normalize().toString().equals(path)) {
                return true;
            }
        }
        return false;
    }
}
