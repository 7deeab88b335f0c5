package nl.beraad.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class's tests with their sessions on a new PostgreSQL database each (issue 14):
 * {@code @ExtendWith(OnPostgresql.class)} on a subclass of the H2 test class. Every {@link Beraad}
 * made in a test (and the meeting screen's ScreenDriver) then works on that database. Without the
 * test server a test is skipped, or under CI fails, as {@link Postgres} says.
 */
public final class OnPostgresql implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(OnPostgresql.class);

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Postgres pg = Postgres.fresh(context.getRequiredTestClass().getSimpleName() + " cannot run on PostgreSQL");
        context.getStore(HERE).put(Postgres.class, pg);
        Beraad.server = pg;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        Beraad.server = null;
        Postgres pg = context.getStore(HERE).remove(Postgres.class, Postgres.class);
        if (pg != null) {
            pg.close();
        }
    }
}
