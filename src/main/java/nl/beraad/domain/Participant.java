package nl.beraad.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Someone taking part in a session, numbered in the order they were added: a member, or an observer
 * (toehoorder) who is present without a vote; a member may be marked absent.
 */
public record Participant(ParticipantId id, String name, int seq, boolean observer, boolean present) {
    public static final int MAX_NAME_LENGTH = 80;
    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    /**
     * Cleans the name but refuses nothing beyond an empty one: a name stored under older, looser
     * rules (a lone Hangul filler, say) must still load, or its whole session could not be opened.
     * New names are checked by {@link #validName}.
     */
    public Participant {
        String shown = shownName(name);
        name = shown.isEmpty() ? CleanText.line(name) : shown;
        if (name.isEmpty()) {
            throw BeraadException.invalid("participant.name.empty");
        }
    }

    /** A member who is present. */
    public Participant(ParticipantId id, String name, int seq) {
        this(id, name, seq, false, true);
    }

    /** Whether this participant takes positions: a member who is present. */
    public boolean votes() {
        return !observer && present;
    }

    /**
     * Cleans a typed name and checks it can be told apart, by eye and in the command language: it
     * must show a letter (a zero-width space or a Hangul filler alone looks like nobody), a colon
     * would be read as the end of a speaker's name in an argument, a bare number as a scale step.
     */
    public static String validName(String raw) {
        String name = shownName(raw);
        if (name.isEmpty()) {
            throw CleanText.line(raw).isEmpty() ? BeraadException.invalid("participant.name.empty")
                    : BeraadException.invalid("participant.name.letter");
        }
        // Measured as typed and as compared: some characters stand for many ("ﷺ" for 18 letters),
        // and the compared form must fit where it is stored too.
        String compared = Normalizer.normalize(name, Normalizer.Form.NFKC);
        if (Math.max(name.codePointCount(0, name.length()), compared.codePointCount(0, compared.length()))
                > MAX_NAME_LENGTH) {
            throw BeraadException.invalid("participant.name.long", MAX_NAME_LENGTH);
        }
        if (name.indexOf(':') >= 0) {
            throw BeraadException.invalid("participant.name.colon");
        }
        if (name.chars().allMatch(Character::isDigit)) {
            throw BeraadException.invalid("participant.name.number");
        }
        if (name.codePoints().noneMatch(cp -> Character.isLetter(cp) && !CleanText.isInvisible(cp))) {
            throw BeraadException.invalid("participant.name.letter");
        }
        return name;
    }

    /**
     * The form two names are compared in, so that names that look alike are one person: compatibility
     * forms folded (NFKC: "Ａｎｏｕｋ" is "Anouk", "Ĳsbrand" is "IJsbrand"), invisible characters
     * removed (a zero-width space, a soft hyphen, a joiner), then case and accents ignored ("Anoûk" is
     * "Anouk"). Every comparison computes it from the names themselves, never from a stored key, so
     * names stored when the key was simpler are compared by today's rule.
     */
    public static String matchKey(String name) {
        String folded = CleanText.visibleLine(Normalizer.normalize(CleanText.line(name), Normalizer.Form.NFKC));
        String decomposed = Normalizer.normalize(folded, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /**
     * The name as it is kept and shown: cleaned, composed (NFC), without characters that show nothing
     * and would only make it differ from the same-looking name. A zero-width (non-)joiner stays
     * where it joins two characters of a script that needs it (Persian, Indic scripts, emoji), never
     * next to a Latin letter, where it only hides.
     */
    private static String shownName(String raw) {
        String name = Normalizer.normalize(CleanText.line(raw), Normalizer.Form.NFC);
        int[] cps = name.codePoints().toArray();
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            boolean joiner = cp == ZERO_WIDTH_JOINER || cp == ZERO_WIDTH_NON_JOINER;
            if (cp == ' ' || !CleanText.isInvisible(cp)
                    || joiner && i > 0 && i < cps.length - 1 && joins(cps[i - 1]) && joins(cps[i + 1])) {
                out.appendCodePoint(cp);
            }
        }
        return CleanText.line(out.toString());
    }

    /** Whether a joiner next to this character can matter: a visible character not in the Latin script. */
    private static boolean joins(int cp) {
        return !CleanText.isInvisible(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN;
    }
}
