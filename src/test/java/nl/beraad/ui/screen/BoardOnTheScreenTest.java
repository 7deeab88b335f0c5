package nl.beraad.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import nl.beraad.app.Boards;
import nl.beraad.app.SessionQuery;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.SessionId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where every session must name its board (the organisation's server) and no standard board is
 * set, the meeting screen asks for it after the set is chosen: nothing typed starts nothing, Esc
 * goes back without a session, and the board typed is the session's. With a standard board
 * (BERAAD_BODY) it is not asked.
 */
@Timeout(60)
class BoardOnTheScreenTest {
    /** The meeting each test holds: the first session of its new database. */
    private static final SessionId FIRST = new SessionId(1);

    private static final SetDirectory SETS = new SetDirectory(Path.of("dilemmas").toAbsolutePath());

    @Test
    void theScreenAsksForTheBoardBeforeASessionStartsAndStoresTheOneTyped(@TempDir Path dir) throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl", SETS, new Boards(true, "")).open()) {
            d.key('n').enter();
            assertTrue(d.text().contains("Welk orgaan vergadert?"), d.text());
            assertTrue(d.text().contains("Orgaan: "), d.text());

            d.enter();
            assertTrue(d.text().contains("Typ eerst het orgaan"), d.text());
            d.press(KeyType.Escape);
            assertTrue(d.text().contains("Kies een dilemmaset"), d.text());
            assertEquals(0, d.service.countSessions(SessionQuery.ALL), "Esc started nothing");

            d.enter().type("Jongerenraad Zwolle").enter();
            assertTrue(d.text().contains("Deelnemers"), d.text());
            assertEquals(1, d.service.countSessions(SessionQuery.ALL));
            assertEquals("Jongerenraad Zwolle", d.service.session(FIRST).details().body());
        }
    }

    @Test
    void withAStandardBoardTheScreenStartsAtOnceWithIt(@TempDir Path dir) throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl", SETS, new Boards(true, "Adviesraad Sociaal Domein"))
                .open()) {
            d.key('n').enter();
            assertTrue(d.text().contains("Deelnemers"), d.text());
            assertEquals("Adviesraad Sociaal Domein", d.service.session(FIRST).details().body());

            // Retyping the board on the details page (stored with every key): it is never empty, but keeps
            // what the field last held until something new is typed.
            d.line("Anouk").press(KeyType.Escape).key('g').press(KeyType.Tab);
            for (int i = 0; i < 40; i++) { // more than the board is long
                d.press(KeyType.Backspace);
            }
            d.press(KeyType.Tab).type("Stadhuis");
            assertEquals("A", d.service.session(FIRST).details().body());
            assertEquals("Stadhuis", d.service.session(FIRST).details().place());
            d.press(KeyType.ReverseTab).type("Jongerenraad");
            assertEquals("Jongerenraad", d.service.session(FIRST).details().body());
        }
    }
}
