package nl.beraad.store;

/** The store contract on an H2 database in memory, the one the service tests use. */
class H2MemoryStoreContractTest extends SessionStoreContract {
    private final String name = MemoryDatabase.newName();

    @Override
    protected Database open() {
        return MemoryDatabase.open(name);
    }
}
