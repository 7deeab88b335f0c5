package nl.beraad.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.Clock;
import nl.beraad.app.SessionClaim;
import nl.beraad.app.SessionService;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.SessionId;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home page, choosing a session that another terminal holds: it names that terminal and since
 * when, and asks before taking the session over; the other terminal then changes nothing more.
 */
class TakeOverScreenTest {
    @TempDir
    Path dir;

    @Test
    void aHeldSessionIsNamedAndTakenOverOnlyAfterJ() throws Exception {
        Path file = dir.resolve("beraad.mv.db");
        try (Database other = Database.open(file)) {
            SessionService elsewhere = new SessionService(new JdbcSessionStore(other),
                    new SetDirectory(Path.of("dilemmas").toAbsolutePath()), Clock.systemUTC());
            SessionId id = elsewhere.start("scp-dilemmas-2022", "Adviesraad").id();
            SessionClaim held = elsewhere.claim(id);
            elsewhere.addParticipant(id, "Anouk");
            try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
                d.press(KeyType.Enter);
                String asked = d.text();
                assertTrue(asked.contains("Sessie 1 is al geopend in een ander venster (proces "
                        + ProcessHandle.current().pid() + "), sinds "), asked);
                assertTrue(asked.contains("Overnemen?"), asked);

                d.key('n'); // no: nothing is taken
                elsewhere.addParticipant(id, "Bram");

                d.press(KeyType.Enter).key('j');
                assertTrue(d.text().contains("Eigen kracht"), d.text());
                BeraadException lost = assertThrows(BeraadException.class, () -> elsewhere.addParticipant(id, "Cor"));
                assertTrue(SessionClaim.lost(lost), lost.problems().toString());
                assertEquals(2, d.service.participants(id).size());
            } finally {
                held.close();
            }
        }
    }
}
