package nl.beraad.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.beraad.store.DatabaseAddress;

/**
 * A new, empty PostgreSQL database for one test, on the throw-away server that scripts/test starts
 * with scripts/postgres (which tells the tests where it is in BERAAD_TEST_PG, BERAAD_TEST_PG_USER
 * and BERAAD_TEST_PG_PASSWORD); dropped again on {@link #close}. Without that server the test is
 * skipped, or under CI fails, as for any missing {@link Tool}.
 */
public final class Postgres implements AutoCloseable {
    private static final AtomicInteger MADE = new AtomicInteger();

    private final Server server;
    private final String name;

    private Postgres(Server server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Whether scripts/postgres told this process of a test server. */
    public static boolean running() {
        return Server.from(System.getenv()).isPresent();
    }

    /** A new database; {@code whyNeeded} finishes the sentence that says why the test is skipped without a server. */
    public static Postgres fresh(String whyNeeded) throws SQLException {
        Server server = Server.from(System.getenv()).orElse(null);
        if (server == null) {
            Tool.missing("no PostgreSQL test server is running (BERAAD_TEST_PG is not set: scripts/test starts one "
                    + "with scripts/postgres), so " + whyNeeded);
        }
        String name = "beraad_test_" + ProcessHandle.current().pid() + "_" + MADE.incrementAndGet();
        try (Connection c = server.connect(server.url()); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return new Postgres(server, name);
    }

    /** The JDBC URL of this database. */
    public String url() {
        return server.url().substring(0, server.url().lastIndexOf('/') + 1) + name;
    }

    /** The test server's user and password, as PostgreSQL's own tools read them: PGUSER, PGPASSWORD. */
    public Map<String, String> login() {
        return Map.of("PGUSER", server.user(), "PGPASSWORD", server.password());
    }

    /** This database as Beraad's --db would name it, with the test server's login. */
    public DatabaseAddress.Server address() {
        return (DatabaseAddress.Server) DatabaseAddress.of(url(), login());
    }

    /** A new connection to this database, as the test server's user. */
    public Connection connect() throws SQLException {
        return server.connect(url());
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = server.connect(server.url()); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** Where the test server is, as scripts/postgres start told it. */
    private record Server(String url, String user, String password) {
        static java.util.Optional<Server> from(Map<String, String> env) {
            String url = env.get("BERAAD_TEST_PG");
            if (url == null || url.isBlank()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Server(url, env.getOrDefault("BERAAD_TEST_PG_USER", "beraad"),
                    env.getOrDefault("BERAAD_TEST_PG_PASSWORD", "")));
        }

        Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(database, user, password);
        }
    }
}
