package nl.beraad.app;

import java.util.List;
import nl.beraad.domain.DilemmaSet;
import nl.beraad.domain.Problem;

/** One set file in a catalog: the set when it could be read, the problems otherwise. */
public record SetEntry(String id, String origin, DilemmaSet set, List<Problem> problems) {
    public SetEntry {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return set != null;
    }
}
