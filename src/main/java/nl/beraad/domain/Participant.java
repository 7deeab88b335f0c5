package nl.beraad.domain;

/**
 * Someone taking part in a session, numbered in the order they were added: a member, or an observer
 * (toehoorder) who is present without a vote; a member may be marked absent.
 */
public record Participant(long id, String name, int seq, boolean observer, boolean present) {
    public static final int MAX_NAME_LENGTH = 80;

    public Participant {
        name = validName(name);
    }

    /** A member who is present. */
    public Participant(long id, String name, int seq) {
        this(id, name, seq, false, true);
    }

    /** Whether this participant takes positions: a member who is present. */
    public boolean votes() {
        return !observer && present;
    }

    /**
     * Cleans a typed name and checks it can be told apart in the command language: a colon would
     * be read as the end of a speaker's name in an argument, a bare number as a scale step.
     */
    public static String validName(String raw) {
        String name = CleanText.line(raw);
        if (name.isEmpty()) {
            throw BeraadException.invalid("participant.name.empty");
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            throw BeraadException.invalid("participant.name.long", MAX_NAME_LENGTH);
        }
        if (name.indexOf(':') >= 0) {
            throw BeraadException.invalid("participant.name.colon");
        }
        if (name.chars().allMatch(Character::isDigit)) {
            throw BeraadException.invalid("participant.name.number");
        }
        return name;
    }

    /** The form two names are compared in: case and accents do not make a different person. */
    public static String matchKey(String name) {
        String decomposed = java.text.Normalizer.normalize(CleanText.line(name), java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    }
}
