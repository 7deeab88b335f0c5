package nl.beraad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
    public static final String FILE_SUFFIX = ".mv.db";

    private final Path file;
    private final String url;
    private final Connection connection;
    /** Further connections opened for this database, closed with it. */
    private final List<Connection> extras = new ArrayList<>();

    private Database(Path file, String url, Connection connection) {
        this.file = file;
        this.url = url;
        this.connection = connection;
    }

    /**
     * Opens (creating when needed) the database at {@code path}, given with or without ".mv.db",
     * and brings its schema up to date.
     */
    public static Database open(Path path) {
        Path file = withSuffix(path.toAbsolutePath().normalize());
        try {
            Files.createDirectories(file.getParent());
        } catch (Exception e) {
            throw new BeraadException(ExitCode.ERROR, java.util.List.of(
                    nl.beraad.domain.Problem.of("db.dir", file.getParent())), e);
        }
        if (Files.exists(file) && (!Files.isReadable(file) || !Files.isWritable(file))) {
            throw new BeraadException(ExitCode.ERROR, "db.access", file);
        }
        String base = file.toString().substring(0, file.toString().length() - FILE_SUFFIX.length());
        // AUTO_SERVER lets a clerk export a report from a second terminal while a session runs.
        // WRITE_DELAY=0 writes every commit to the file before commit() returns, so killing the
        // process a moment after an action loses nothing.
        String url = "jdbc:h2:file:" + base + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        Connection connection = connect(url, file);
        Database db = new Database(file, url, connection);
        try {
            new Migrations().apply(connection);
        } catch (SQLException e) {
            db.close();
            throw translate(e, file);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private static Connection connect(String url, Path file) {
        try {
            return DriverManager.getConnection(url, "sa", "");
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    static Path withSuffix(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(FILE_SUFFIX) ? path : path.resolveSibling(name + FILE_SUFFIX);
    }

    public Path file() {
        return file;
    }

    Connection connection() {
        return connection;
    }

    /** A second connection to the same database, for work that must not share the main transaction. */
    Connection newConnection() {
        Connection extra = connect(url, file);
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

    /** Turns an H2 failure into the sentence and exit code a user needs. */
    static BeraadException translate(SQLException e, Path file) {
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
            case 90067, 90098 -> {
                key = "db.lost";
                exit = ExitCode.ERROR;
            }
            default -> {
                key = "db.failed";
                exit = ExitCode.INTERNAL;
            }
        }
        return new BeraadException(exit, java.util.List.of(
                nl.beraad.domain.Problem.of(key, file, firstLine(e.getMessage()))), e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    @Override
    /**
     * Closes the database and every connection opened for it (a session claim's, say): a claim
     * must not outlive its database, or H2 keeps the file open in this process in a state where
     * the next open of it refuses updates.
     */
    public void close() {
        List<Connection> all = new ArrayList<>();
        synchronized (extras) {
            all.addAll(extras);
            extras.clear();
        }
        all.add(connection);
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException e) {
                // Closing after a failure: the failure is what the user needs to hear about.
            }
        }
    }
}
