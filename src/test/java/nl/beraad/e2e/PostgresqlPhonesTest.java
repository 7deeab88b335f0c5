package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.beraad.support.PhoneMeeting;
import nl.beraad.support.Postgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * PhonesAtOnceTest on a PostgreSQL server (issue 14): a board answers on its phones at the same
 * instant against `beraad serve --db postgresql://...`; every answer is acknowledged and stored
 * once, none lost, none doubled.
 */
@Timeout(180)
class PostgresqlPhonesTest {
    private static final int MEMBERS = 20;
    private static final int ITEMS = 2;

    @Test
    void phonesAnsweringAtOnceOnAServerLoseAndDoubleNothing(@TempDir Path dir) throws Exception {
        try (Postgres pg = Postgres.fresh("the phone page cannot be tried on PostgreSQL")) {
            Map<String, String> env = new HashMap<>(pg.login());
            env.put("BERAAD_DB", pg.url());
            try (PhoneMeeting meeting = PhoneMeeting.prepare(dir, MEMBERS, ITEMS, env)) {
                meeting.serve();
                meeting.joinAll();
                for (int item = 1; item <= ITEMS; item++) {
                    meeting.open(item);
                    List<PhoneMeeting.Answer> answers = meeting.answerAll(item);
                    PhoneMeeting.Stored stored = meeting.stored(item);

                    List<PhoneMeeting.Answer> failed = answers.stream().filter(a -> !a.acknowledged() || !a.saved()).toList();
                    assertTrue(failed.isEmpty(), "item " + item + ": " + failed);
                    assertEquals(List.of(), stored.lost(answers), "lost on item " + item);
                    assertEquals(0, stored.doubled(), "doubled on item " + item);
                    assertEquals(MEMBERS, stored.rows(), "rows on item " + item);
                    if (item < ITEMS) {
                        meeting.revealAndNext(item);
                    }
                }
                assertEquals(MEMBERS, meeting.deviceTokens().size());
            }
        }
    }
}
