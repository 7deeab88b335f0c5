package nl.beraad.domain;

import java.util.Locale;

/**
 * How a session keeps its members' names (issue 15, AVG): named as typed; anonymous, where no name
 * is ever stored and members are "Deelnemer 1", "Deelnemer 2" ...; or until the final report, where
 * names are stored during the meeting and replaced by "Deelnemer n" when it is finished. Declared
 * from most names to fewest: a session may move down this list, never up.
 */
public enum NameKeeping {
    NAMED("named"), UNTIL_FINAL("until-final"), ANONYMOUS("anonymous");

    private final String word;

    NameKeeping(String word) {
        this.word = word;
    }

    /** The word for it on the command line and in an export: named, until-final, anonymous. */
    public String word() {
        return word;
    }

    /** The setting a word names (as {@link #word}, any case); refused with one sentence otherwise. */
    public static NameKeeping of(String raw) {
        String wanted = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        for (NameKeeping k : values()) {
            if (k.word.equals(wanted)) {
                return k;
            }
        }
        throw BeraadException.invalid("names.unknown", raw == null ? "" : CleanText.line(raw));
    }

    /** Whether the database may hold typed names now, in a session of this status. */
    public boolean namesStored(SessionStatus status) {
        return switch (this) {
            case NAMED -> true;
            case ANONYMOUS -> false;
            case UNTIL_FINAL -> switch (status) {
                case OPEN -> true;
                case FINISHED -> false;
            };
        };
    }

    /** Whether a session may go from this setting to {@code next}: to the same or fewer names, never back. */
    public boolean mayBecome(NameKeeping next) {
        return next.ordinal() >= ordinal();
    }

    /** The next setting in the order a start screen offers them, round again after the last. */
    public NameKeeping next() {
        return values()[(ordinal() + 1) % values().length];
    }

    /**
     * The setting as the checksum and the log write it: a named or anonymous session as the boolean
     * "anonymous" it was before this setting existed, so that their checksums and logs stay as they were.
     */
    String canonical() {
        return switch (this) {
            case NAMED -> "false";
            case ANONYMOUS -> "true";
            case UNTIL_FINAL -> word;
        };
    }
}
