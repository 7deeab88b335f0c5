package nl.beraad.store;

import nl.beraad.support.Postgres;

/**
 * The store contract on a new database on the PostgreSQL test server; without that server each
 * test is skipped, or under CI fails, as {@link Postgres} says.
 */
class PostgresqlStoreContractTest extends SessionStoreContract {
    private Postgres pg;

    @Override
    protected Database open() throws Exception {
        if (pg == null) {
            pg = Postgres.fresh("the store contract cannot be tried on PostgreSQL");
        }
        return Database.server(pg.address());
    }

    @Override
    protected void removeDatabase() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }
}
