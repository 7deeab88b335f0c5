package nl.beraad.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A disk that fills up: a small tmpfs mounted for the test where this process may mount (root, as
 * in CI), and otherwise a simulated one, a file-size limit (ulimit -f) on the process under test,
 * which fails writes past the limit the way a full disk does ("File too large" instead of "No space
 * left on device"). {@link #grow()} frees space, as a facilitator deleting files would.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path dir;
    private final boolean mounted;
    private final long kilobytes;
    private boolean grown;

    private SmallDisk(Path dir, boolean mounted, long kilobytes) {
        this.dir = dir;
        this.mounted = mounted;
        this.kilobytes = kilobytes;
    }

    /** A folder of {@code kilobytes} of space. */
    public static SmallDisk of(Path dir, long kilobytes) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k,mode=0755", "tmpfs", dir.toString());
        return new SmallDisk(dir, mounted, kilobytes);
    }

    public Path dir() {
        return dir;
    }

    /** Whether this is a real full file system (tmpfs) rather than the simulated limit. */
    public boolean real() {
        return mounted;
    }

    /** The command prefix that runs a process on this disk: the file-size limit when simulated. */
    public List<String> wrapper() {
        if (mounted || grown) {
            return List.of();
        }
        // SIGXFSZ would kill the process at the limit; ignored, the write fails with EFBIG instead.
        return List.of("bash", "-c", "trap '' XFSZ; ulimit -f " + kilobytes + "; exec \"$@\"", "beraad");
    }

    /** Frees space: the next process can write again. */
    public void grow() throws IOException, InterruptedException {
        grown = true;
        if (mounted && !run("mount", "-o", "remount,size=64m", dir.toString())) {
            throw new IOException("could not enlarge the tmpfs at " + dir);
        }
    }

    /** Makes the file system read-only (tmpfs only), as a write-protected stick or a read-only share. */
    public void readOnly() throws IOException, InterruptedException {
        if (!mounted || !run("mount", "-o", "remount,ro", dir.toString())) {
            throw new IOException("could not make " + dir + " read-only");
        }
    }

    /** Fills the disk with a file so that the next write of any size fails (tmpfs only). */
    public void fill() throws IOException, InterruptedException {
        run("dd", "if=/dev/zero", "of=" + dir.resolve("vulling"), "bs=64k");
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (mounted) {
            run("umount", "-l", dir.toString());
        }
    }
}
