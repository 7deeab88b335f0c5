package nl.beraad.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.beraad.app.DemoSession;
import nl.beraad.app.SessionService;
import nl.beraad.app.SetCatalog;
import nl.beraad.app.SetEntry;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.DilemmaSet;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.Side;
import nl.beraad.domain.VoteMethod;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;

/** Many small sessions, as the archive of a board that has used Beraad for years holds them. */
public final class Archive {
    /** What each session holds: three members with a position each, one argument. */
    public static final int MEMBERS = 3;

    private Archive() {
    }

    /** The SCP set of {@code sets}, read once: thousands of sessions do not read its file thousands of times. */
    public static SetCatalog once(SetCatalog sets) {
        DilemmaSet scp = sets.load(DemoSession.SET_ID);
        return new SetCatalog() {
            @Override
            public List<SetEntry> list() {
                return List.of();
            }

            @Override
            public DilemmaSet load(String idOrPath) {
                return scp;
            }
        };
    }

    /**
     * Adds small sessions (the SCP set, three members who take a position on item 1, revealed, one
     * argument and a conclusion), every other one finished: about ten commits each.
     */
    public static void fill(SessionService service, int sessions) {
        for (int i = 0; i < sessions; i++) {
            SessionId id = service.start(DemoSession.SET_ID, "Sessie " + (i + 1)).id();
            List<Participant> people = List.of(service.addParticipant(id, "Anouk"),
                    service.addParticipant(id, "José"), service.addParticipant(id, "Sjoerd"));
            for (int p = 0; p < people.size(); p++) {
                service.vote(id, ItemNo.of(1), people.get(p), Position.step(1 + (i + p) % 5), VoteMethod.IN_TURN);
            }
            service.reveal(id, ItemNo.of(1));
            service.addArgument(id, ItemNo.of(1), people.get(i % MEMBERS), Side.A, "Mensen willen zelf de regie houden.");
            service.conclude(id, ItemNo.of(1), "De raad adviseert maatwerk.");
            if (i % 2 == 0) {
                service.finish(id);
            }
        }
    }

    /**
     * A database at {@code target} with {@code sessions} small sessions, as a process killed right
     * after making them leaves it: every commit in the file and none of H2's space reclaimed, which
     * is many times the size of the data.
     */
    public static void leftByAKill(Path target, int sessions) {
        try {
            Path scratch = Files.createTempDirectory("beraad-archive");
            try (Database db = Database.open(scratch.resolve("beraad.mv.db"))) {
                fill(new SessionService(new JdbcSessionStore(db), once(new SetDirectory(Path.of("dilemmas"))), Clock.systemUTC()), sessions);
                Files.copy(db.file(), target); // while still open: what a kill leaves
            }
            Folders.delete(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
