package nl.beraad.app;

import java.util.List;
import nl.beraad.domain.Participant;

/**
 * How far the current round of an item is, for the question before a reveal: how many of the
 * members present have a position, who has not yet, and how many hands were counted.
 */
public record RoundProgress(int answered, List<Participant> missing, int hands) {
    public RoundProgress {
        missing = List.copyOf(missing);
    }

    /** The members present who take positions. */
    public int expected() {
        return answered + missing.size();
    }

    /** Everyone who answered: named positions and counted hands. */
    public int responses() {
        return answered + hands;
    }

    /** Whether revealing now shows the whole room: every member present answered, or hands were counted. */
    public boolean complete() {
        return missing.isEmpty() || hands > 0;
    }
}
