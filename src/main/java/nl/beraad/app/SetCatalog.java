package nl.beraad.app;

import java.util.List;
import nl.beraad.domain.DilemmaSet;

/** Where dilemma sets come from. */
public interface SetCatalog {

    /** Every set found, readable or not, sorted by id. */
    List<SetEntry> list();

    /** A set by id or by file path; fails with the problems found when it cannot be read. */
    DilemmaSet load(String idOrPath);
}
