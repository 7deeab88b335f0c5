package nl.beraad.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import nl.beraad.app.PhonePage;
import nl.beraad.app.Boards;
import nl.beraad.app.PhoneService;
import nl.beraad.app.SessionImport;
import nl.beraad.app.SessionService;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.BeraadException;
import nl.beraad.store.Database;
import nl.beraad.store.DatabaseAddress;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.text.Messages;
import nl.beraad.web.PhoneServer;

/**
 * What every command needs, made once per run: streams, the chosen language, where sets and the
 * database live, and the services (the database is opened only by commands that use it).
 */
final class AppContext implements AutoCloseable {
    static final String DB_FILE_NAME = "beraad";

    final InputStream in;
    /** The byte stream under {@link #out}; the line-mode terminal writes to it directly. */
    final OutputStream rawOut;
    final PrintWriter out;
    final PrintWriter err;
    final Map<String, String> env;
    final boolean interactive;
    final Clock clock;

    String language;
    String dbOption;
    Path setsOption;
    String zoneOption;
    boolean debug;
    /** --encrypt: a database file made by this run is encrypted with a passphrase. */
    boolean encrypt;
    /** resume --take-over: take the session (and, when its server is frozen, the database) from another terminal. */
    boolean takeOver;
    /** --bind and --port for the phones' vote page (null: BERAAD_BIND/BERAAD_PORT, else the defaults). */
    String bindOption;
    String addressOption;
    Integer portOption;

    private Messages messages;
    private final TerminalPassphrases passphrases = new TerminalPassphrases(this);
    private Database database;
    private SessionService service;
    private JdbcSessionStore store;
    private PhoneService phones;

    AppContext(InputStream in, OutputStream rawOut, PrintWriter out, PrintWriter err, Map<String, String> env, boolean interactive,
               Clock clock) {
        this.in = in;
        this.rawOut = rawOut;
        this.out = out;
        this.err = err;
        this.env = env;
        this.interactive = interactive;
        this.clock = clock;
        String fromEnv = env.get("BERAAD_LANG");
        // An empty variable (BERAAD_LANG= beraad ...) means "not set", as it does for the shell.
        this.language = fromEnv == null || fromEnv.isBlank() ? "nl" : fromEnv.strip();
    }

    Messages messages() {
        if (messages == null || !messages.language().equals(language)) {
            if (!Messages.isSupported(language)) {
                String bad = language;
                language = "nl";
                throw BeraadException.invalid("cli.lang.unknown", bad);
            }
            messages = Messages.forLanguage(language);
        }
        return messages;
    }

    /**
     * Refuses to go on when standard input was closed at start: a meeting reads its commands or
     * keys from there, and would otherwise end at once or read whatever file sits on descriptor 0.
     */
    void requireInput() {
        if (in instanceof StandardInput.Closed) {
            throw BeraadException.invalid("cli.stdin.closed");
        }
    }

    /** The folder that holds dilemmas/ and sessions/: BERAAD_HOME (set by scripts/beraad) or the working folder. */
    Path home() {
        String home = env.get("BERAAD_HOME");
        return home == null || home.isBlank() ? Path.of("").toAbsolutePath() : Path.of(home);
    }

    /** Where reports are written by default: beside the database file, or sessions/ when the sessions are on a server. */
    Path sessionsDir() {
        return dbAddress().either(file -> file.path().toAbsolutePath().getParent(), server -> home().resolve("sessions"));
    }

    /** This installation's key once read (a key that cannot be read is tried again at the next use). */
    private nl.beraad.store.InstallationKey installationKey;

    /**
     * This installation's signing key (issue 15), beside the database file (beraad.key beside
     * beraad.mv.db), or in sessions/ when the sessions are on a server; made on first use. Read once
     * per process: the finish signs, then asks whether it could, and a report signs again.
     */
    nl.beraad.store.InstallationKey key() {
        if (installationKey == null) {
            installationKey = readKey();
        }
        return installationKey;
    }

    private nl.beraad.store.InstallationKey readKey() {
        return nl.beraad.store.InstallationKey.at(dbAddress().either(file -> {
            Path db = Database.fileOf(file.path());
            String name = db.getFileName().toString();
            return db.resolveSibling(name.substring(0, name.length() - Database.FILE_SUFFIX.length()));
        }, server -> home().resolve("sessions").resolve("beraad")));
    }

    /**
     * A report's text signed with this installation's key (issue 15). Without a key (a damaged one is
     * never replaced) it stays unsigned, as its stamp then says and {@code verify FILE} reports.
     */
    String signed(String text) {
        try {
            return nl.beraad.app.ReportCheck.sign(text, key());
        } catch (nl.beraad.domain.BeraadException noKey) {
            return text;
        }
    }

    /** Where the sessions are kept: --db, else BERAAD_DB, else sessions/beraad.mv.db. */
    DatabaseAddress dbAddress() {
        if (dbOption != null) {
            return DatabaseAddress.of(dbOption, env);
        }
        String fromEnv = env.get("BERAAD_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return DatabaseAddress.of(fromEnv, env);
        }
        return new DatabaseAddress.File(home().resolve("sessions").resolve(DB_FILE_NAME + Database.FILE_SUFFIX));
    }

    SetDirectory sets() {
        Path shipped = home().resolve("dilemmas");
        if (setsOption != null) {
            return new SetDirectory(setsOption, shipped);
        }
        String fromEnv = env.get("BERAAD_SETS");
        return new SetDirectory(fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : shipped, shipped);
    }

    /** The sessions, to change them: the database is opened (created, upgraded) for writing. */
    SessionService service() {
        return service(Database.Access.WRITE);
    }

    private SessionService service(Database.Access access) {
        if (service == null) {
            database = open(dbAddress(), access);
            store = new JdbcSessionStore(database);
            // The service's clock tells the zone a new session is held in.
            // The installation's key signs a session's log when it is finished; read or made only then.
            // Members known by number only ("Deelnemer 3") are called by the word of the chosen language.
            service = new SessionService(store, sets(), clock.withZone(zone()), boards(), this::key,
                    messages().get("device.anonymous.word"));
        }
        return service;
    }

    /**
     * On a server every session names its board; BERAAD_BODY is the board a new session gets when
     * none is given (a facilitator of one board sets it once, on a laptop too).
     */
    Boards boards() {
        return new Boards(dbAddress().either(file -> false, server -> true), env.get("BERAAD_BODY"));
    }

    /** A database at an address: a file opened as {@code access} asks (made when there is none), or a server. */
    Database open(DatabaseAddress address, Database.Access access) {
        return address.either(file -> Database.open(file.path(), access, takeOver, passphrases), server -> {
            if (encrypt) {
                throw BeraadException.invalid("db.encrypt.server", server.shown());
            }
            return Database.server(server);
        });
    }

    /** Brings sessions from elsewhere into the database, opened to change it (closed with this context). */
    SessionImport sessionImport() {
        service();
        return new SessionImport(store);
    }

    /** Erasing a person and purging old sessions (issue 15), over the database opened to change it. */
    nl.beraad.app.Erasure erasure() {
        service();
        SessionService service = service();
        return new nl.beraad.app.Erasure(store, messages().get("forget.word"), messages().get("forget.replacement"),
                clock, service::signAgain);
    }

    /** The database itself, opened to change it, for upkeep such as compacting (closed with this context). */
    Database database() {
        service();
        return database;
    }

    /**
     * Reads what a command is going to print, then lets go of the database before it prints: a
     * database that nobody serves is read without a server, and a meeting that starts meanwhile waits
     * until it is let go, so a list or a report held up by a full pipe (| less) must not keep it.
     * Also works on a copy on a disk that cannot be written. When the window that served the
     * database ends during the reading (a clerk's list as the meeting closes), it is read once more,
     * from the file itself.
     */
    <T> T read(Function<SessionService, T> reading) {
        try {
            return reading.apply(service(Database.Access.READ));
        } catch (BeraadException e) {
            if (!e.problems().get(0).key().equals("db.lost")) {
                throw e;
            }
            doneReading();
            return reading.apply(service(Database.Access.READ));
        } finally {
            doneReading();
        }
    }

    /** The database itself, read as {@link #read} reads it (nobody else's file opened for writing), then closed. */
    <T> T readDatabase(Function<Database, T> reading) {
        return read(service -> reading.apply(database));
    }

    private void doneReading() {
        if (database != null) {
            database.close();
            database = null;
            service = null;
            store = null;
            phones = null;
        }
    }

    /** What phones do in a session, on the same database and change port as {@link #service()}. */
    PhoneService phones() {
        SessionService sessions = service();
        if (phones == null) {
            phones = new PhoneService(sessions, store, clock.withZone(zone()));
        }
        return phones;
    }

    /**
     * The phones' vote page for the meeting screen and line mode to start: nothing is bound until the
     * facilitator starts it, then --bind (or BERAAD_BIND, else this machine's first site-local IPv4
     * address) on --port (or BERAAD_PORT, else 8421; 0 = any free port).
     */
    PhonePage phonePage() {
        String bind = bindOption != null ? bindOption : env.get("BERAAD_BIND");
        String address = addressOption != null ? addressOption : env.get("BERAAD_ADDRESS");
        return new RehearsedPhonePage(new PhoneServer(service(), phones(), messages(), bind, phonePort(), address), sets(),
                messages(), clock.withZone(zone()));
    }

    /** The vote page's port: --port, else BERAAD_PORT, else 8421; a wrong one is refused before a meeting starts. */
    int phonePort() {
        String given = portOption != null ? portOption.toString() : env.get("BERAAD_PORT");
        if (given == null || given.isBlank()) {
            return PhoneServer.DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(given.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // said below, as for a number out of range
        }
        throw BeraadException.invalid("web.port.invalid", given.strip());
    }

    /** Set when another terminal took this process's database over and asked it to end: what to say last. */
    java.util.Optional<String> takenOver(String key, Object subject) {
        return database == null ? java.util.Optional.empty()
                : database.takenOver(key, subject).map(messages()::problem);
    }

    /**
     * The meeting's time zone: --tz, else BERAAD_TZ, else the system's. A server reached over SSH
     * often runs in UTC while the room does not; a session stores the zone it started in.
     */
    ZoneId zone() {
        String chosen = zoneOption != null ? zoneOption : env.get("BERAAD_TZ");
        if (chosen == null || chosen.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(chosen.strip());
        } catch (java.time.DateTimeException e) {
            throw BeraadException.invalid("cli.tz.unknown", chosen.strip());
        }
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }
}
