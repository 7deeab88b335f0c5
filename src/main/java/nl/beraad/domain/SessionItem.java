package nl.beraad.domain;

import java.time.Instant;

/**
 * An item as stored with a session (a copy of the set at the start, so later edits of the file
 * change no past meeting), with its progress: the round being taken, the last round revealed, and
 * when the facilitator first put it on the table or moved on from it (null when never).
 */
public record SessionItem(ItemNo number, Item item, int round, int revealedRound, Instant openedAt) {
    public static final int MAX_ROUNDS = 2;

    /** An item never put on the table. */
    public SessionItem(ItemNo number, Item item, int round, int revealedRound) {
        this(number, item, round, revealedRound, null);
    }

    public SessionItem {
        if (number == null || round < 1 || round > MAX_ROUNDS || revealedRound < 0 || revealedRound > round) {
            throw new IllegalArgumentException("inconsistent item progress: " + number + "/" + round + "/" + revealedRound);
        }
    }

    public boolean isRevealed(int r) {
        return revealedRound >= r;
    }
}
