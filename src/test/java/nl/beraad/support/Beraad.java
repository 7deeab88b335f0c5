package nl.beraad.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import nl.beraad.store.DatabaseAddress;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import nl.beraad.cli.Cli;

/** Runs Beraad in-process against a database in a temporary folder, as a person at a pipe would. */
public final class Beraad {
    private final Path db;
    private final Map<String, String> env = new HashMap<>();
    private Clock clock = Clock.systemUTC();

    /** The board the sessions of a test on PostgreSQL meet as (there, every session names one). */
    public static final String BOARD = "Testraad";

    /** Set by {@link OnPostgresql} while a test runs on a PostgreSQL database: every Beraad made then works there. */
    public static volatile Postgres server;

    public Beraad(Path dir) {
        this.db = dir.resolve("beraad.mv.db");
        Postgres on = server;
        env.put("BERAAD_DB", on == null ? db.toString() : on.address().shown());
        if (on != null) {
            env.putAll(on.login());
            env.put("BERAAD_BODY", BOARD); // on a server every session names its board
        }
        env.put("BERAAD_SETS", Path.of("dilemmas").toAbsolutePath().toString());
    }

    public Path db() {
        return db;
    }

    public Map<String, String> env() {
        return env;
    }

    /** Runs from now on read this clock: a meeting held at a time the test chooses. */
    public Beraad at(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** What one run printed and returned. */
    public record Run(int code, String out, String err) {
    }

    /** What one run wrote, byte for byte, before any decoding. */
    public record Bytes(int code, byte[] out, byte[] err) {
        public Run text() {
            return new Run(code, new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        }
    }

    public Bytes bytesWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, env,
                false, clock);
        return new Bytes(code, out.toByteArray(), err.toByteArray());
    }

    public Run withInput(String stdin, String... args) {
        return bytesWithInput(stdin, args).text();
    }

    public Run run(String... args) {
        return withInput("", args);
    }

    /** The session database opened as Beraad opens it to change it: the file in the folder, or the test's server. */
    public nl.beraad.store.Database database() {
        Postgres on = server;
        return on == null ? nl.beraad.store.Database.open(db) : nl.beraad.store.Database.server(on.address());
    }

    /** A JDBC connection to the session database, opened the way Beraad opens it: its file, or the server BERAAD_DB names. */
    public Connection jdbc() throws SQLException {
        if (DatabaseAddress.of(env.get("BERAAD_DB"), env) instanceof DatabaseAddress.Server server) {
            return server.connect();
        }
        String path = db.toString();
        String base = path.substring(0, path.length() - ".mv.db".length());
        return DriverManager.getConnection("jdbc:h2:file:" + base + ";AUTO_SERVER=TRUE;WRITE_DELAY=0", "sa", "");
    }
}
