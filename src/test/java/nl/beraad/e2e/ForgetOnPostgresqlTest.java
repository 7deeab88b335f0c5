package nl.beraad.e2e;

import nl.beraad.support.OnPostgresql;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every test of {@link ForgetTest} once more with the sessions on a PostgreSQL server (issue 15). */
@ExtendWith(OnPostgresql.class)
class ForgetOnPostgresqlTest extends ForgetTest {
}
