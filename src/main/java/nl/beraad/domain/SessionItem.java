package nl.beraad.domain;

/**
 * An item as stored with a session (a copy of the set at the start, so later edits of the file
 * change no past meeting), with its progress: the round being taken and the last round revealed.
 */
public record SessionItem(int number, Item item, int round, int revealedRound) {
    public static final int MAX_ROUNDS = 2;

    public SessionItem {
        if (number < 1 || round < 1 || round > MAX_ROUNDS || revealedRound < 0 || revealedRound > round) {
            throw new IllegalArgumentException("inconsistent item progress: " + number + "/" + round + "/" + revealedRound);
        }
    }

    public boolean isRevealed(int r) {
        return revealedRound >= r;
    }
}
