package nl.beraad.e2e;

import nl.beraad.support.OnPostgresql;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every test of {@link LineCommandsTest} once more with the sessions on a PostgreSQL server (issue 14). */
@ExtendWith(OnPostgresql.class)
class LineCommandsOnPostgresqlTest extends LineCommandsTest {
}
