package nl.beraad.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets one process at a time open a database: create it, check or upgrade its schema, and start
 * serving it to the others. Two terminals started at the same instant then meet one after the
 * other, instead of both creating the schema or both becoming H2's server. The operating system
 * releases the lock when its process dies, so a kill never leaves it held.
 */
final class OpenLock implements AutoCloseable {
    /** A FileChannel lock is per process; threads of one process (tests) take turns here first. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final FileChannel channel;
    private final FileLock lock;
    /** Set when a database read without a server keeps the lock until it is closed (see {@link #handOver}). */
    private boolean handedOver;

    private OpenLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock, waiting for another process that is opening the same database. Where the
     * folder cannot be written no lock file can be made; nothing can be created or upgraded there
     * either, so the database is opened without one. The lock file names the process that holds
     * it: one that was stopped while opening (kill -STOP) would otherwise keep every other waiting
     * forever; it is refused by name, or ended when {@code takeOver} asks for that.
     */
    static OpenLock take(Path lockFile, OwnerFile owner, boolean takeOver, Path file) {
        IN_PROCESS.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            java.nio.channels.FileLock lock;
            while ((lock = channel.tryLock()) == null) {
                java.util.Optional<Holder> holder = OwnerFile.read(lockFile).filter(Holder::running);
                if (holder.isPresent() && holder.get().stopped()) {
                    Frozen.endOrRefuse(holder.get(), owner, takeOver, file);
                }
                Thread.sleep(50);
            }
            name(channel);
            return new OpenLock(channel, lock);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(channel);
            IN_PROCESS.unlock();
            throw new nl.beraad.domain.BeraadException(nl.beraad.domain.ExitCode.CONFLICT, "db.frozen.unknown", file);
        } catch (IOException | UnsupportedOperationException e) {
            closeQuietly(channel);
            return new OpenLock(null, null);
        } catch (RuntimeException | Error e) {
            closeQuietly(channel);
            IN_PROCESS.unlock();
            throw e;
        }
    }

    /** Writes who holds the lock into the lock file (the lock itself is on the file, not on its words). */
    private static void name(FileChannel channel) throws IOException {
        ThisProcess self = ThisProcess.current();
        java.util.Properties p = OwnerFile.properties(Holder.of(self, java.time.Instant.now()), self.pid());
        java.io.StringWriter text = new java.io.StringWriter();
        p.store(text, "Beraad");
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(text.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)), 0);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // never locked
            }
        }
    }

    /**
     * Keeps the lock past the end of the opening, for a database that is read without H2's server:
     * H2 refuses to open a file for writing while another process reads it, so a meeting that
     * starts meanwhile must wait here until {@link #release} (a moment: reading commands let go of
     * the database before they print).
     */
    OpenLock handOver() {
        handedOver = true;
        return this;
    }

    /** Ends the opening; a lock that was handed over stays taken until {@link #release}. */
    @Override
    public void close() {
        if (!handedOver) {
            release();
        }
    }

    void release() {
        try {
            if (lock != null) {
                lock.release();
            }
            closeQuietly(channel);
        } catch (IOException e) {
            // closing the channel releases the lock as well
            closeQuietly(channel);
        } finally {
            if (IN_PROCESS.isHeldByCurrentThread()) { // not so when a shutdown hook closes the database
                IN_PROCESS.unlock();
            }
        }
    }
}
