package nl.beraad.text;

import nl.beraad.domain.NameKeeping;

/** How a session keeps names (issue 15), in words: a short label for a title or a list, and a sentence on what it means. */
public final class NameKeepingText {
    private NameKeepingText() {
    }

    /** A few words: "met namen", "namen tot het verslag", "anoniem". */
    public static String label(Messages msg, NameKeeping names) {
        return msg.get(switch (names) {
            case NAMED -> "names.named";
            case UNTIL_FINAL -> "names.until.final";
            case ANONYMOUS -> "names.anonymous";
        });
    }

    /** One sentence on what the setting means for what is stored. */
    public static String meaning(Messages msg, NameKeeping names) {
        return msg.get(switch (names) {
            case NAMED -> "names.meaning.named";
            case UNTIL_FINAL -> "names.meaning.until.final";
            case ANONYMOUS -> "names.meaning.anonymous";
        });
    }
}
