package nl.beraad.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import nl.beraad.domain.BeraadException;

/**
 * Where the sessions are kept, as --db or BERAAD_DB say it: a file path (an H2 file on this
 * machine, the default) or a PostgreSQL address ({@code postgresql://user@server:5432/beraad} or
 * {@code jdbc:postgresql://server/beraad}). A password never comes from the address, which ends up
 * in the shell's history and the process list: it comes from PGPASSWORD or ~/.pgpass (read by the
 * driver), and no text Beraad prints contains it.
 */
public sealed interface DatabaseAddress {
    /** The answer for this kind of address: {@code onFile} for a file, {@code onServer} for a server (Java 17 has no switch on types). */
    <T> T either(Function<File, T> onFile, Function<Server, T> onServer);

    /** The address as sentences name it: the file's whole path, or the server's address without a password. */
    String shown();

    /** An H2 database file. */
    record File(Path path) implements DatabaseAddress {
        @Override
        public <T> T either(Function<File, T> onFile, Function<Server, T> onServer) {
            return onFile.apply(this);
        }

        @Override
        public String shown() {
            return Database.fileOf(path).toAbsolutePath().normalize().toString();
        }
    }

    /**
     * A database on a PostgreSQL server: the JDBC address the driver is given, the address as
     * Beraad names it in sentences (without a password), and the login for the driver.
     */
    record Server(String jdbcUrl, String shown, Properties login) implements DatabaseAddress {
        @Override
        public <T> T either(Function<File, T> onFile, Function<Server, T> onServer) {
            return onServer.apply(this);
        }

        /** A new connection to this database, with its login. */
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl, login);
        }

        @Override
        public String toString() {
            return shown; // never the login
        }
    }

    /** Reads --db or BERAAD_DB; {@code env} gives PGUSER and PGPASSWORD, as libpq's own tools read them. */
    static DatabaseAddress of(String given, Map<String, String> env) {
        String lower = given.strip().toLowerCase(Locale.ROOT);
        for (String scheme : List.of("jdbc:postgresql://", "postgresql://", "postgres://")) {
            if (lower.startsWith(scheme)) {
                return server(given.strip().substring(scheme.length()), env);
            }
        }
        return new File(Path.of(given));
    }

    private static Server server(String rest, Map<String, String> env) {
        URI uri;
        try {
            uri = new URI("postgresql://" + rest);
        } catch (URISyntaxException e) {
            throw BeraadException.invalid("db.url.invalid", "postgresql://" + rest.replaceAll("[^@/]*@", "…@"));
        }
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || database.isEmpty() || database.contains("/")) {
            throw BeraadException.invalid("db.url.invalid", shown(uri, null, database));
        }
        String user = uri.getUserInfo();
        List<String> kept = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String parameter : uri.getRawQuery().split("&")) {
                String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (name.equals("password")) {
                    throw BeraadException.invalid("db.url.password");
                }
                if (name.equals("user")) {
                    user = parameter.contains("=") ? parameter.split("=", 2)[1] : user;
                } else {
                    kept.add(parameter);
                }
            }
        }
        if (user != null && user.contains(":")) {
            throw BeraadException.invalid("db.url.password");
        }
        if (user == null || user.isEmpty()) {
            user = env.getOrDefault("PGUSER", System.getProperty("user.name"));
        }
        Properties login = new Properties();
        login.setProperty("user", user);
        String password = env.get("PGPASSWORD");
        if (password != null && !password.isEmpty()) {
            login.setProperty("password", password);
        }
        String hostAndPort = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        String query = kept.isEmpty() ? "" : "?" + String.join("&", kept);
        return new Server("jdbc:postgresql://" + hostAndPort + "/" + database + query, shown(uri, user, database), login);
    }

    private static String shown(URI uri, String user, String database) {
        return "postgresql://" + (user == null ? "" : user + "@") + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + "/" + database;
    }
}
