package nl.beraad.ui.screen;

import nl.beraad.support.Postgres;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a screen test class's tests with their sessions on a new PostgreSQL database each (issue
 * 14): {@code @ExtendWith(OnPostgresql.class)} on a subclass of the H2 test class. Without the test
 * server a test is skipped, or under CI fails, as {@link Postgres} says.
 */
final class OnPostgresql implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(OnPostgresql.class);

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Postgres pg = Postgres.fresh("the meeting screen cannot be tried on PostgreSQL");
        context.getStore(HERE).put(Postgres.class, pg);
        ScreenDriver.server = pg.address();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        ScreenDriver.server = null;
        Postgres pg = context.getStore(HERE).remove(Postgres.class, Postgres.class);
        if (pg != null) {
            pg.close();
        }
    }
}
