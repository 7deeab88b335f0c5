package nl.beraad.e2e;

import java.nio.file.Path;
import java.util.HashMap;
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
            env.put("BERAAD_BODY", nl.beraad.support.Beraad.BOARD);
            try (PhoneMeeting meeting = PhoneMeeting.prepare(dir, MEMBERS, ITEMS, env)) {
                PhonesAtOnceTest.everyAnswerIsStoredOnce(meeting, MEMBERS, ITEMS);
            }
        }
    }
}
