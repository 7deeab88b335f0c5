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

    private OpenLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock, waiting for another process that is opening the same database. Where the
     * folder cannot be written no lock file can be made; nothing can be created or upgraded there
     * either, so the database is opened without one.
     */
    static OpenLock take(Path lockFile) {
        IN_PROCESS.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new OpenLock(channel, channel.lock());
        } catch (IOException | UnsupportedOperationException e) {
            closeQuietly(channel);
            return new OpenLock(null, null);
        } catch (RuntimeException | Error e) {
            closeQuietly(channel);
            IN_PROCESS.unlock();
            throw e;
        }
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

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
            closeQuietly(channel);
        } catch (IOException e) {
            // closing the channel releases the lock as well
            closeQuietly(channel);
        } finally {
            IN_PROCESS.unlock();
        }
    }
}
