package nl.beraad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import nl.beraad.app.SessionService;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing a database closes everything opened for it, so the next open in the same process works normally. */
class DatabaseCloseTest {
    @TempDir
    Path dir;

    @Test
    void aClaimLeftOpenDoesNotOutliveItsDatabase() {
        Path file = dir.resolve("beraad.mv.db");
        SetDirectory sets = new SetDirectory(Path.of("dilemmas").toAbsolutePath());
        SessionId id;
        try (Database db = Database.open(file)) {
            SessionService service = new SessionService(new JdbcSessionStore(db), sets, Clock.systemUTC());
            id = service.start("scp-dilemmas-2022", null).id();
            service.claim(id); // never released: the database is closed under it
        }
        try (Database db = Database.open(file)) {
            SessionService service = new SessionService(new JdbcSessionStore(db), sets, Clock.systemUTC());
            // With the claim's connection still open, H2 refused this update ("Check constraint invalid").
            service.describe(id, SessionDetails.NONE.with(null, "Raadzaal", null, null, null));
            service.moveTo(id, ItemNo.of(2));
            assertEquals("Raadzaal", service.session(id).details().place());
            service.claim(id).close(); // and the session can be taken again
        }
    }
}
