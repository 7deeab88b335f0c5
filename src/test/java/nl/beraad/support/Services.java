package nl.beraad.support;

import java.nio.file.Path;
import java.time.Clock;
import nl.beraad.app.PhoneService;
import nl.beraad.app.SessionService;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.Session;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.store.MemoryDatabase;

/**
 * The services as the program wires them, on a new H2 database in memory (no file: these tests are
 * about what the services do) and the shipped sets; closing closes the database.
 */
public record Services(Database database, SessionService sessions, PhoneService phones) implements AutoCloseable {

    public static Services open() {
        Database database = MemoryDatabase.fresh();
        JdbcSessionStore store = new JdbcSessionStore(database);
        SessionService sessions = new SessionService(store, new SetDirectory(Path.of("dilemmas").toAbsolutePath()),
                Clock.systemUTC());
        return new Services(database, sessions, new PhoneService(sessions, store, Clock.systemUTC()));
    }

    /** A session of the shipped SCP set with members "Lid 1" to "Lid n". */
    public Session meeting(int members) {
        Session s = sessions.start("scp-dilemmas-2022", "Raad");
        for (int i = 1; i <= members; i++) {
            sessions.addParticipant(s.id(), "Lid " + i);
        }
        return s;
    }

    @Override
    public void close() {
        database.close();
    }
}
