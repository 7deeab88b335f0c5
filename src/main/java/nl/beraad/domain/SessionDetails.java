package nl.beraad.domain;

/**
 * What the report's heading says about a meeting besides its set: the body that met (a council
 * committee, an advisory board), the place, who chaired and who took the minutes; and how the
 * session keeps its members' names ({@link NameKeeping}).
 */
public record SessionDetails(String body, String place, String facilitator, String secretary, NameKeeping names) {
    public static final int MAX_LENGTH = 200;
    public static final SessionDetails NONE = new SessionDetails("", "", "", "", NameKeeping.NAMED);

    public SessionDetails {
        names = names == null ? NameKeeping.NAMED : names;
        body = valid(body);
        place = valid(place);
        facilitator = valid(facilitator);
        secretary = valid(secretary);
    }

    private static String valid(String raw) {
        String text = CleanText.line(raw);
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw BeraadException.invalid("details.long", MAX_LENGTH);
        }
        return text;
    }

    /**
     * These details with each given (non-null) part replaced. Whether the new name keeping may follow
     * the old one (fewer names only) is the service's check, which can say so.
     */
    public SessionDetails with(String body, String place, String facilitator, String secretary, NameKeeping names) {
        return new SessionDetails(body == null ? this.body : body, place == null ? this.place : place,
                facilitator == null ? this.facilitator : facilitator, secretary == null ? this.secretary : secretary,
                names == null ? this.names : names);
    }

    /** Whether the session is anonymous: no typed name is ever stored, members are "Deelnemer n". */
    public boolean isAnonymous() {
        return names == NameKeeping.ANONYMOUS;
    }

    /** Whether no name of a member may be shown now: an anonymous session, or one whose names went at its finish. */
    public boolean namesHidden(SessionStatus status) {
        return !names.namesStored(status);
    }
}
