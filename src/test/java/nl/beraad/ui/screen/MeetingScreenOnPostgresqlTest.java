package nl.beraad.ui.screen;

import nl.beraad.support.OnPostgresql;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every test of {@link MeetingScreenTest} once more with the sessions on a PostgreSQL server (issue 14). */
@ExtendWith(OnPostgresql.class)
class MeetingScreenOnPostgresqlTest extends MeetingScreenTest {
}
