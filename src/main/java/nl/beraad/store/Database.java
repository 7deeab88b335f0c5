package nl.beraad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;

/**
 * The embedded H2 file database: where it lives, how it is opened, and how H2's failures become
 * sentences a facilitator can act on.
 */
public final class Database implements AutoCloseable {
    /** H2 appends this to the base name it is given. */
    public static final String FILE_SUFFIX = DatabaseFiles.SUFFIX;

    static {
        keepServerLocal();
    }

    /**
     * H2's AUTO_SERVER (the clerk's second terminal) listens on every network interface unless told
     * otherwise: on the meeting room's Wi-Fi that offers the database to every device there. Only
     * processes on this machine need it. Call before H2 is first used (Cli.run does, first thing).
     */
    public static void keepServerLocal() {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private final Path file;
    private final String url;
    /** The key of an encrypted file, for further connections; null otherwise. */
    private final FileKey key;
    private final Connection connection;
    private final boolean readOnly;
    /** Further connections opened for this database, closed with it. */
    private final List<Connection> extras = new ArrayList<>();

    /** Who serves the file (null for a read-only copy, which nobody serves). */
    private final OwnerFile owner;
    /** The open lock, kept while the file is read without a server (null otherwise). */
    private final OpenLock keptLock;
    /** The PostgreSQL server this database is on; null for an H2 file. */
    private final DatabaseAddress.Server server;

    Database(Path file, String url, Connection connection, boolean readOnly) {
        this(file, url, null, connection, readOnly, null, null, null);
    }

    Database(DatabaseFiles files, String url, Connection connection, boolean readOnly, OwnerFile owner, OpenLock keptLock) {
        this(files.file(), url, files.key(), connection, readOnly, owner, keptLock, null);
    }

    private Database(Path file, String url, FileKey key, Connection connection, boolean readOnly, OwnerFile owner,
                     OpenLock keptLock, DatabaseAddress.Server server) {
        this.file = file;
        this.url = url;
        this.key = key;
        this.connection = connection;
        this.readOnly = readOnly;
        this.owner = owner;
        this.keptLock = keptLock;
        this.server = server;
    }

    /**
     * A database on a PostgreSQL server ({@code --db postgresql://...}); its schema brought up to
     * date. There is no file, no lock file and no H2 server: the server keeps what was committed,
     * and several processes may use it at once.
     */
    public static Database server(DatabaseAddress.Server address) {
        try {
            Connection c = address.connect();
            try {
                new Migrations().apply(c);
                giveUpOnLocks(c);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return new Database(null, address.jdbcUrl(), null, c, false, null, null, address);
        } catch (SQLException e) {
            throw serverFailure(e, address);
        }
    }

    /**
     * As H2 does by default: a change on the server that waits for a row another connection holds
     * gives up after a second instead of waiting for a frozen terminal forever.
     */
    private static Connection giveUpOnLocks(Connection c) throws SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            st.execute(Dialect.POSTGRESQL.lockTimeoutSql(1000));
        } catch (SQLException e) {
            quietlyClose(c);
            throw e;
        }
        return c;
    }

    /**
     * A database in this process's memory, for tests of what the store and the services do (not of
     * files, locks or crashes): its schema made as on a new file, and gone when the last connection
     * to it closes. Opening the same {@code name} again while it is open gives a second way into the
     * same database, as a second terminal on one file.
     */
    static Database memory(String name) {
        String url = "jdbc:h2:mem:" + name;
        try {
            Connection c = h2(url);
            try {
                new Migrations().apply(c);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return new Database(null, url, c, false);
        } catch (SQLException e) {
            throw translate(e, null);
        }
    }

    /** A failure of this database in one sentence, naming its file or its server (never a password). */
    BeraadException failure(SQLException e) {
        return server == null ? translate(e, file) : serverFailure(e, server);
    }

    private static BeraadException serverFailure(SQLException e, DatabaseAddress.Server address) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String key = state.startsWith("08") ? "db.server.unreachable"
                : state.startsWith("28") ? "db.server.login"
                : state.equals("3D000") ? "db.server.nodatabase"
                : "db.server.failed";
        ExitCode exit = key.equals("db.server.failed") ? ExitCode.INTERNAL : ExitCode.ERROR;
        return new BeraadException(exit, java.util.List.of(nl.beraad.domain.Problem.of(key, address.shown(), state)), e);
    }

    /**
     * When another terminal took the database over from this (frozen) process and asked it to end:
     * the sentence {@code key} about {@code subject} that names that terminal, for this process's last words.
     */
    public java.util.Optional<nl.beraad.domain.Problem> takenOver(String key, Object subject) {
        return owner == null ? java.util.Optional.empty() : owner.takenOverBy().map(h -> h.problem(key, subject));
    }

    /** How a command uses the database: to change it, or only to read it (reports, lists). */
    public enum Access {
        WRITE,
        /** Also works on a copy that cannot be written (a read-only folder or disk): opened read-only then. */
        READ
    }

    /** Opens the database to change it; see {@link #open(Path, Access)}. */
    public static Database open(Path path) {
        return open(path, Access.WRITE);
    }

    /**
     * Opens the database at {@code path}, given with or without ".mv.db": creates it when there is
     * no file, brings an older schema up to date, and refuses (leaving it exactly as it was) a file
     * that is damaged or is not a Beraad database.
     */
    public static Database open(Path path, Access access) {
        return open(path, access, false);
    }

    /**
     * Opens the database as {@link #open(Path, Access)} does; when the process that serves it to the
     * others is frozen and {@code takeOver} is set, that process is ended first (it is asked to, and
     * killed when it does not), which loses nothing it confirmed. Without {@code takeOver} a frozen
     * server is refused in one sentence that names it, instead of waiting for it forever.
     */
    public static Database open(Path path, Access access, boolean takeOver) {
        return open(path, access, takeOver, Passphrases.NONE);
    }

    /**
     * Opens the database as {@link #open(Path, Access, boolean)} does, encrypted: a new file when
     * {@code passphrases} asks for that, an existing file when it is (its first bytes say so). The
     * passphrase is asked before anything is made or locked, so a missing one leaves no file, and
     * the prompt keeps no other process waiting.
     */
    public static Database open(Path path, Access access, boolean takeOver, Passphrases passphrases) {
        DatabaseFiles files = new DatabaseFiles(fileOf(path));
        Path file = files.file();
        try {
            boolean creating = !Files.exists(file) && !files.encrypted() && passphrases.encryptNew();
            if (creating || files.encrypted()) {
                files = files.withKey(FileKey.of(passphrases.passphrase(file, creating)));
            }
        } catch (IOException e) {
            throw DiskTrouble.translate(e, file);
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (Exception e) {
            throw new BeraadException(ExitCode.ERROR, java.util.List.of(
                    nl.beraad.domain.Problem.of("db.dir", file.getParent())), e);
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new BeraadException(ExitCode.ERROR, "db.notfile", file);
        }
        try (OpenLock lock = OpenLock.take(files.openLock(), new OwnerFile(files), takeOver, file)) {
            return new Opening(files, access, takeOver, lock).open();
        } catch (SQLException e) {
            throw translate(e, file);
        } catch (IOException e) {
            throw DiskTrouble.translate(e, file);
        }
    }

    /**
     * A connection to the H2 database at {@code url}, asked of H2's driver directly: DriverManager's
     * first use loads and starts every JDBC driver in the jar, PostgreSQL's too, which a start that
     * only needs H2 would pay for.
     */
    static Connection h2(String url) throws SQLException {
        return h2(url, null);
    }

    /** A connection to an H2 file encrypted with {@code key} (null: a plain file or a database in memory). */
    static Connection h2(String url, FileKey key) throws SQLException {
        return org.h2.Driver.load().connect(url, FileKey.login(key));
    }

    /** The file a database given as {@code path} (with or without ".mv.db") lives in: absolute, normalized. */
    public static Path fileOf(Path path) {
        return withSuffix(path.toAbsolutePath().normalize());
    }

    static Path withSuffix(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(FILE_SUFFIX) ? path : path.resolveSibling(name + FILE_SUFFIX);
    }

    public Path file() {
        return file;
    }

    /** Whether this database was opened read-only (a copy on a disk that cannot be written). */
    public boolean readOnly() {
        return readOnly;
    }

    Connection connection() {
        return connection;
    }

    /** Another connection to the same database (units of work, reads, claims), closed with it. */
    Connection newConnection() {
        Connection extra;
        try {
            extra = server == null ? h2(url, key) : giveUpOnLocks(server.connect());
        } catch (SQLException e) {
            throw failure(e);
        }
        synchronized (extras) {
            extras.removeIf(Database::isClosed); // released claims
            extras.add(extra);
        }
        return extra;
    }

    private static boolean isClosed(Connection c) {
        try {
            return c.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    /**
     * Turns an H2 failure into the sentence and exit code a user needs. H2's own English text is
     * left out: with --debug the whole failure is shown.
     */
    static BeraadException translate(SQLException e, Path file) {
        if (file != null && DiskTrouble.isFull(e, file)) { // no file: a database in memory
            return DiskTrouble.full(e, file);
        }
        int code = e.getErrorCode();
        String key;
        ExitCode exit;
        switch (code) {
            case 90020 -> { // database already open in a process that serves no other
                key = "db.locked";
                exit = ExitCode.CONFLICT;
            }
            case 50200 -> { // lock timeout: another process is changing the same rows
                key = "db.busy";
                exit = ExitCode.CONFLICT;
            }
            case 90030, 50000 -> {
                key = "db.corrupt";
                exit = ExitCode.ERROR;
            }
            case 90048 -> {
                key = "db.version";
                exit = ExitCode.ERROR;
            }
            case 90028, 90031 -> {
                key = "db.io";
                exit = ExitCode.ERROR;
            }
            case 90067, 90098, 90121 -> {
                key = "db.lost";
                exit = ExitCode.ERROR;
            }
            case 90049, 28000 -> { // H2's "encryption error" (wrong file password); the served file's wrong login
                key = "db.passphrase.wrong";
                exit = ExitCode.ERROR;
            }
            case 90097 -> {
                key = "db.readonly";
                exit = ExitCode.ERROR;
            }
            default -> {
                key = "db.failed";
                exit = ExitCode.INTERNAL;
            }
        }
        // A database in memory (tests only) has no file to name.
        Object where = file != null ? file : "H2 in memory";
        return new BeraadException(exit, java.util.List.of(nl.beraad.domain.Problem.of(key, where, code)), e);
    }

    /**
     * Closes the database and every connection opened for it (a session claim's, say): a claim
     * must not outlive its database, or H2 keeps the file open in this process in a state where
     * the next open of it refuses updates. When this process serves the file, wrote much to it and
     * is the last one using it, the file is rewritten compactly first (see {@link Compaction}).
     */
    @Override
    public void close() {
        closeExtras();
        try {
            if (file != null && !readOnly && !connection.isClosed() && Compaction.due(connection)) { // a file, not a server or memory
                compact();
            }
        } catch (SQLException | RuntimeException e) {
            // The old file stays as it was: compacting only shrinks it, and is tried again next time.
        }
        closeMain();
    }

    /**
     * Rewrites the file compactly now ({@code beraad db compact}) and closes the database; refused in
     * one sentence while another process has it open.
     */
    public void compactAndClose() {
        closeExtras();
        try {
            if (readOnly) {
                throw new BeraadException(ExitCode.ERROR, "db.readonly", file);
            }
            if (!Compaction.alone(connection)) {
                throw new BeraadException(ExitCode.CONFLICT, "db.compact.inuse", file);
            }
            compact();
        } catch (SQLException e) {
            throw translate(e, file);
        } finally {
            closeMain();
        }
    }

    /**
     * Writes a consistent copy of the database, as a zip file holding the database file, to
     * {@code zip} (an absolute path: where another process serves the file, that process writes it).
     * Sessions may go on meanwhile: H2 copies one committed state without locking anything. A
     * failure to write the zip is an {@link java.io.UncheckedIOException}; one of the database, a
     * {@link BeraadException}.
     */
    public void backupTo(Path zip) {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            if (e.getErrorCode() == 90028 || e.getErrorCode() == 90031) { // H2's "IO exception": writing the zip
                throw new java.io.UncheckedIOException(new IOException(e.getMessage(), e));
            }
            throw translate(e, file);
        }
    }

    /** Compacts; when that fails (a full disk) the half-written new file is removed, the old one stays. */
    private void compact() throws SQLException {
        try {
            Compaction.run(connection);
        } catch (SQLException e) {
            try {
                Files.deleteIfExists(new DatabaseFiles(file).compactingCopy());
            } catch (IOException ignored) {
                // H2 removes it itself before its next compaction.
            }
            throw e;
        }
    }

    /** Whether another process serves the file and this one reaches it through that one (H2's AUTO_SERVER). */
    static boolean servedElsewhere(Connection c) throws SQLException {
        return c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionRemote;
    }

    private void closeExtras() {
        List<Connection> all;
        synchronized (extras) {
            all = new ArrayList<>(extras);
            extras.clear();
        }
        all.forEach(Database::quietlyClose);
    }

    private void closeMain() {
        quietlyClose(connection);
        if (owner != null) {
            owner.release();
        }
        if (keptLock != null) {
            keptLock.release();
        }
    }

    private static void quietlyClose(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // Closing after a failure: the failure is what the user needs to hear about.
        }
    }
}
