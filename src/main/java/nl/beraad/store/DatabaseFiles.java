package nl.beraad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The database file and the files Beraad keeps beside it: the half-made new database, the copy
 * kept during a schema upgrade, and the lock that one process holds while it opens the file. Also
 * the JDBC addresses H2 is given for each way of opening it.
 */
final class DatabaseFiles {
    /** H2 appends this to the base name it is given. */
    static final String SUFFIX = ".mv.db";
    /** The copy of the file from before an upgrade is named for the version being upgraded to. */
    private static final String BACKUP_INFIX = ".before-V";
    /** Every H2 file starts with a text header such as "H:2,block:3,...". */
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);
    /** An H2 file encrypted with CIPHER=AES starts with this instead. */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final String base;
    /** The key of an encrypted file; null for a plain one. */
    private final FileKey key;

    DatabaseFiles(Path file) {
        this(file, null);
    }

    DatabaseFiles(Path file, FileKey key) {
        this.file = file;
        String name = file.toString();
        this.base = name.substring(0, name.length() - SUFFIX.length());
        this.key = key;
    }

    /** The same files, opened with {@code key}. */
    DatabaseFiles withKey(FileKey key) {
        return new DatabaseFiles(file, key);
    }

    FileKey key() {
        return key;
    }

    /** A connection to one of this database's URLs, with its key when it is encrypted. */
    java.sql.Connection connect(String url) throws java.sql.SQLException {
        return Database.h2(url, key);
    }

    Path file() {
        return file;
    }

    Path folder() {
        return file.getParent();
    }

    /**
     * The everyday address. AUTO_SERVER lets a clerk export a report from a second terminal while
     * a session runs. WRITE_DELAY=0 writes every commit to the file before commit() returns, so
     * killing the process a moment after an action loses nothing. TRACE_LEVEL_FILE=0: H2's trace
     * file would copy statements (names, arguments) into a second file, and where it cannot be
     * written H2 prints its trace on standard output.
     */
    String sharedUrl() {
        return url(base, ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
    }

    /** For creating and upgrading: this process alone, nobody served. */
    String exclusiveUrl(String atBase) {
        return url(atBase, ";WRITE_DELAY=0");
    }

    String exclusiveUrl() {
        return exclusiveUrl(base);
    }

    /** Reads without ever writing: H2 refuses instead of repairing or re-creating the file. */
    String readOnlyUrl() {
        return url(base, ";ACCESS_MODE_DATA=r");
    }

    private String url(String base, String settings) {
        String cipher = key == null ? "" : ";CIPHER=AES";
        return "jdbc:h2:file:" + base + cipher + settings + ";TRACE_LEVEL_FILE=0;QUERY_CACHE_SIZE=64";
    }

    /** Where a new database is made before it is moved into place whole. */
    String creatingBase() {
        return base + ".beraad-new";
    }

    Path creatingFile() {
        return Path.of(creatingBase() + SUFFIX);
    }

    /** What a process killed while making a new database left behind. */
    List<Path> creatingLeftovers() {
        return List.of(creatingFile(), Path.of(creatingBase() + ".lock.db"), Path.of(creatingBase() + ".trace.db"));
    }

    /** The new file H2's SHUTDOWN COMPACT writes before renaming it over the database file. */
    Path compactingCopy() {
        return Path.of(file + ".tempFile");
    }

    /** The lock file that serialises opening, creating and upgrading between processes. */
    Path openLock() {
        return Path.of(base + ".open.lock");
    }

    /** H2's own lock file, present while some process has the database open (or was killed with it open). */
    Path h2Lock() {
        return Path.of(base + ".lock.db");
    }

    Path backupBefore(int version) {
        return Path.of(file + BACKUP_INFIX + version);
    }

    /** The copy an interrupted upgrade left, if any. */
    Optional<Path> backup() throws IOException {
        String prefix = file.getFileName() + BACKUP_INFIX;
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder(), prefix + "*")) {
            for (Path p : dir) {
                if (p.getFileName().toString().substring(prefix.length()).matches("[0-9]+")) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the file starts like an H2 database, plain or encrypted; a zero-length file does not. */
    boolean looksLikeH2() throws IOException {
        return startsWith(file, H2_HEADER) || startsWith(file, ENCRYPTED_HEADER);
    }

    /**
     * Whether the database is encrypted: its file, or where a kill cut an upgrade off before the
     * file was put back, the copy from before that upgrade.
     */
    boolean encrypted() throws IOException {
        if (!Files.isDirectory(folder())) {
            return false;
        }
        Optional<Path> backup = Files.exists(file) ? Optional.empty() : backup();
        Path which = backup.orElse(file);
        return Files.isRegularFile(which) && startsWith(which, ENCRYPTED_HEADER);
    }

    private static boolean startsWith(Path path, byte[] header) throws IOException {
        byte[] start = new byte[header.length];
        try (InputStream in = Files.newInputStream(path)) {
            if (in.readNBytes(start, 0, start.length) < start.length) {
                return false;
            }
        }
        return java.util.Arrays.equals(start, header);
    }

    /**
     * Copies a file whole or not at all: to a temporary name, forced to disk, then renamed. A kill
     * half-way leaves the temporary file, never a half copy under the target's name.
     */
    static void copyWhole(Path from, Path to) throws IOException {
        Path tmp = to.resolveSibling(to.getFileName() + ".tmp");
        Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
        force(tmp);
        Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        force(to.getParent());
    }

    /** Renames a finished file into place and makes the rename itself durable. */
    static void moveWhole(Path from, Path to) throws IOException {
        force(from);
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        force(to.getParent());
    }

    /** Temporary copies from an interrupted {@link #copyWhole}. */
    List<Path> copyLeftovers() throws IOException {
        List<Path> out = new ArrayList<>();
        String name = file.getFileName().toString();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder(), name + "*.tmp")) {
            dir.forEach(out::add);
        }
        return out;
    }

    /** fsync of a file or (on Linux) a folder; where a folder cannot be synced, its rename still happened. */
    static void force(Path path) throws IOException {
        boolean folder = Files.isDirectory(path);
        try (FileChannel ch = FileChannel.open(path, folder ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (IOException e) {
            if (!folder) {
                throw e;
            }
        }
    }
}
