package nl.beraad.domain;

import java.time.Instant;

/**
 * A show of hands on one position of an item in one round: how many hands, with no names attached.
 * The position is a step of the scale, or an option number on a choice; 0 counts abstentions.
 */
public record HandCount(ItemNo itemNo, int round, int position, int hands, Instant countedAt) {
    public static final int MAX_HANDS = 1000;

    public HandCount {
        if (hands < 0 || hands > MAX_HANDS) {
            throw BeraadException.invalid("hands.range", hands, MAX_HANDS);
        }
    }
}
