package nl.beraad.domain;

import java.util.List;
import java.util.Map;

/**
 * What erasing names changes in one session (issue 15): the members renamed (to "Deelnemer n"),
 * what becomes of those members' own texts, and the names whose mentions in any free text of the
 * session are replaced by a label; {@code at} is when, for the corrections it records (a member's
 * own argument deleted).
 */
public record Forgetting(Map<ParticipantId, String> renamed, OwnTexts ownTexts, String replacement, List<NameMatch.Label> names,
                         java.time.Instant at) {

    /** What becomes of the arguments (and answers, and proposals) of the renamed members. */
    public enum OwnTexts {
        /** They stay, with the names in them replaced (a session whose names were kept only until the report). */
        KEEP,
        /** Each is replaced by a fixed sentence. */
        REPLACE,
        /** They are deleted. */
        REMOVE
    }

    public Forgetting {
        renamed = Map.copyOf(renamed);
        names = List.copyOf(names);
    }

    /** The text with every mention of the names replaced by their labels; the same text when it mentions none. */
    public String scrub(String text) {
        return NameMatch.replace(text, names);
    }

    /** Whether the text mentions one of the names. */
    public boolean mentions(String text) {
        return text != null && names.stream().anyMatch(n -> n.name().mentions(text));
    }

    /**
     * What erasing changed in a session, or would change: members renamed, their own texts, other
     * texts that mentioned a name, and entries of the log that held a name or an own text.
     */
    public record Done(int renamed, int ownTexts, int otherTexts, int logEntries) {
        public static final Done NOTHING = new Done(0, 0, 0, 0);

        /** Whether nothing was (or would be) changed. */
        public boolean none() {
            return renamed == 0 && ownTexts == 0 && otherTexts == 0 && logEntries == 0;
        }
    }
}
