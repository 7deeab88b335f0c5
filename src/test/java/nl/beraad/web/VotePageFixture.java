package nl.beraad.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.beraad.domain.NameKeeping;
import nl.beraad.app.PhonePage;
import nl.beraad.app.PhoneService;
import nl.beraad.app.SessionService;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.Device;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.Vote;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.store.MemoryDatabase;
import nl.beraad.text.Messages;

/** A database in memory, the services on it, and the vote page served on 127.0.0.1, any free port. */
final class VotePageFixture implements AutoCloseable {
    final Database database;
    final JdbcSessionStore store;
    final SessionService sessions;
    final PhoneService phones;
    final Session session;
    final PhonePage.Serving page;

    VotePageFixture(String set, boolean anonymous, String... members) {
        database = MemoryDatabase.fresh();
        store = new JdbcSessionStore(database);
        sessions = new SessionService(store, new SetDirectory(Path.of("dilemmas").toAbsolutePath()), Clock.systemUTC());
        phones = new PhoneService(sessions, store, Clock.systemUTC());
        session = sessions.start(set, "Raad", new SessionDetails("", "", "", "",
                anonymous ? NameKeeping.ANONYMOUS : NameKeeping.NAMED));
        if (anonymous) {
            // An anonymous session stores no name: as many members, known by number only.
            sessions.addNumbered(session.id(), "Deelnemer", members.length);
        } else {
            for (String m : members) {
                sessions.addParticipant(session.id(), m);
            }
        }
        page = new PhoneServer(sessions, phones, Messages.forLanguage("nl"), "127.0.0.1", 0).start(session.id());
    }

    Phone phone() {
        return new Phone(page.address());
    }

    SessionId id() {
        return session.id();
    }

    /** Every device row of the session, released ones too. */
    int deviceRows() {
        return store.devices(id()).size();
    }

    List<Device> devices() {
        return phones.devices(id());
    }

    List<Vote> votes(ItemNo item) {
        return sessions.votes(id(), item, sessions.item(id(), item).round());
    }

    @Override
    public void close() {
        page.close();
        database.close();
    }
}
