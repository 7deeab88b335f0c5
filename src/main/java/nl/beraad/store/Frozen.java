package nl.beraad.store;

import java.nio.file.Path;
import java.util.List;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.Problem;

/**
 * What to do about a process that holds the database and does not answer (its H2 server, or the
 * lock for opening the file): refuse in one sentence that names it, or, when asked to take over,
 * end it so that this process can go on.
 */
final class Frozen {
    private Frozen() {
    }

    static void endOrRefuse(Holder frozen, OwnerFile owner, boolean takeOver, Path file) {
        if (frozen.pid() == 0) {
            throw new BeraadException(ExitCode.CONFLICT, "db.frozen.unknown", file);
        }
        BeraadException refusal = new BeraadException(ExitCode.CONFLICT, List.of(frozen.problem("db.frozen", file),
                Problem.of("db.frozen.hint", frozen.pid())), null);
        if (!takeOver) {
            throw refusal;
        }
        try {
            if (!owner.endFrozen(frozen)) {
                throw refusal;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refusal;
        }
    }
}
