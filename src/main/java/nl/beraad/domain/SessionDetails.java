package nl.beraad.domain;

/**
 * What the report's heading says about a meeting besides its set: the body that met (a council
 * committee, an advisory board), the place, who chaired and who took the minutes; and whether the
 * session is anonymous, in which case no participant's name ever reaches a report or export.
 */
public record SessionDetails(String body, String place, String facilitator, String secretary, boolean anonymous) {
    public static final int MAX_LENGTH = 200;
    public static final SessionDetails NONE = new SessionDetails("", "", "", "", false);

    public SessionDetails {
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
     * These details with each given (non-null) part replaced. Anonymity can be switched on but never
     * off: names kept out of the reports from the start must stay out.
     */
    public SessionDetails with(String body, String place, String facilitator, String secretary, boolean anonymous) {
        return new SessionDetails(body == null ? this.body : body, place == null ? this.place : place,
                facilitator == null ? this.facilitator : facilitator, secretary == null ? this.secretary : secretary,
                this.anonymous || anonymous);
    }
}
