package nl.beraad.fault;

import nl.beraad.support.OnPostgresql;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every test of {@link SignalAndInputTest} once more with the sessions on a PostgreSQL server (issue 14). */
@ExtendWith(OnPostgresql.class)
class SignalAndInputOnPostgresqlTest extends SignalAndInputTest {
}
