package nl.beraad.app;

import nl.beraad.domain.CleanText;

/**
 * Whether every new session must name the board (orgaan) that met, and the board a new session
 * gets when none is given. On an organisation's server several boards keep their sessions in one
 * database, so a session without a board could not be found by board; on a laptop's file it may.
 */
public record Boards(boolean required, String standard) {
    /** A laptop's file: a board may be given, need not be. */
    public static final Boards OPTIONAL = new Boards(false, "");

    public Boards {
        standard = standard == null ? "" : CleanText.line(standard);
    }

    /** The board for a new session: the one given, else the standard one (empty when neither). */
    String forNewSession(String given) {
        return CleanText.hasVisible(given) ? given : standard;
    }

    /** Whether a new session started without a board would be refused: then a screen asks for one first. */
    public boolean mustBeAsked() {
        return required && !CleanText.hasVisible(standard);
    }
}
