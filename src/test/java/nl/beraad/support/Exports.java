package nl.beraad.support;

/** JSON exports compared across databases: without what each database gives a session of its own. */
public final class Exports {
    private Exports() {
    }

    /**
     * The export without the session's uid: two databases that each played the same meeting hold two
     * sessions, each with its own uid (a session keeps its uid only when it is moved).
     */
    public static String withoutUid(String json) {
        return json.replaceAll("\"uid\": \"[0-9a-f-]{36}\"", "\"uid\": \"...\"")
                .replaceAll("session=[0-9a-f-]{36}", "session=...");
    }

    /**
     * The export without the moment it was made, the session's number in its database, and its log:
     * a session moved to another database starts a log of its own there (issue 15).
     */
    public static String withoutMomentAndNumber(String json) {
        return withoutLog(json).replaceAll("\"generatedAt\": \"[^\"]*\"", "\"generatedAt\": \"...\"")
                .replaceFirst("\"id\": \\d+,\n    \"uid\"", "\"id\": ...,\n    \"uid\"");
    }

    /**
     * A report or export without what the session's log in this database gives it (issue 15): the
     * footer's lines about the log and its signature, the stamp, and the JSON export's log objects.
     */
    public static String withoutLog(String text) {
        return text.replaceAll("(?m)^(Logboek van de sessie|The session's log|Deze sessie heeft nog geen logboek|This session has no log yet|Ondertekend op|Signed on"
                        + "|De sessie is (nog niet afgerond|afgerond zonder)|The session (is not finished|was finished without)"
                        + "|Te controleren met|To be checked with|<p>(Logboek van|Ondertekend op|De sessie is|Te controleren))"
                        + ".*\\R", "")
                .replaceAll("(?s),\\n  \"(log|sessionLog)\": \\{.*?\\n  \\}", "")
                .replaceAll(",\\n  \"stamp\": \"[^\"]*\"", "");
    }
}
