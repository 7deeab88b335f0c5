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
        return json.replaceAll("\"uid\": \"[0-9a-f-]{36}\"", "\"uid\": \"...\"");
    }

    /** The export without the moment it was made and the session's number in its database. */
    public static String withoutMomentAndNumber(String json) {
        return json.replaceAll("\"generatedAt\": \"[^\"]*\"", "\"generatedAt\": \"...\"")
                .replaceFirst("\"id\": \\d+,\n    \"uid\"", "\"id\": ...,\n    \"uid\"");
    }
}
