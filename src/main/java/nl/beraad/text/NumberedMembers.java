package nl.beraad.text;

import nl.beraad.domain.BeraadException;

/**
 * What the facilitator types to add members to an anonymous session (issue 15), on the screen and
 * in line mode alike: nothing (one member) or a number (that many); a name is refused before it
 * reaches anything that could store it.
 */
public final class NumberedMembers {
    private NumberedMembers() {
    }

    /** How many members to add; a name, or anything else that is not a count, is refused with one sentence. */
    public static int count(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return 1;
        }
        if (t.length() > 3 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw BeraadException.invalid("participant.anonymous.name");
        }
        return Integer.parseInt(t); // 0 is refused by the service, with the most it takes at once
    }
}
