package nl.beraad.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the laptop's H2 file, opened as the program opens it. */
class H2FileStoreContractTest extends SessionStoreContract {
    @TempDir
    Path dir;

    @Override
    protected Database open() {
        return Database.open(dir.resolve("beraad.mv.db"));
    }
}
