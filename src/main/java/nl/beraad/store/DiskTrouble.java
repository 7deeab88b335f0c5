package nl.beraad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.Problem;

/**
 * Tells a full disk from other trouble with a file, so that a facilitator hears "the disk is full"
 * and what to do, instead of "damaged" or an internal error.
 */
public final class DiskTrouble {
    /** Below this much free space a failed write is taken to be for want of space. */
    private static final long NEARLY_FULL = 1024 * 1024;

    private DiskTrouble() {
    }

    /**
     * Whether a failure came from a full disk (or a file-size limit, which a user remedies the same
     * way). The system's error text may be in another language, so a failure whose text does not
     * say so is also taken as "full" when the disk has next to no space left.
     */
    static boolean isFull(Throwable failure, Path file) {
        if (saysFull(failure)) {
            return true;
        }
        try {
            Path existing = file.toAbsolutePath();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing != null && Files.getFileStore(existing).getUsableSpace() < NEARLY_FULL;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * Whether the failure, or one it was caused by, carries the system's words for a full disk
     * (ENOSPC, EDQUOT) or a file-size limit (EFBIG). Java gives no error number, only strerror's text.
     */
    public static boolean saysFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("Disk quota exceeded")
                    || m.contains("File too large"))) {
                return true;
            }
        }
        return false;
    }

    static BeraadException full(Throwable failure, Path file) {
        return new BeraadException(ExitCode.ERROR, List.of(Problem.of("db.full", file)), failure);
    }

    /** A failure to read, write, copy or rename one of the database's own files. */
    static BeraadException translate(IOException failure, Path file) {
        if (isFull(failure, file)) {
            return full(failure, file);
        }
        return new BeraadException(ExitCode.ERROR, List.of(Problem.of("db.io", file)), failure);
    }
}
