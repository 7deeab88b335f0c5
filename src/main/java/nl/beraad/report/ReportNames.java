package nl.beraad.report;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.beraad.domain.Participant;
import nl.beraad.domain.SessionRecord;
import nl.beraad.text.Messages;

/**
 * The names participants have in a report or export: their own, or, when the report is anonymous
 * (asked for, or the session is anonymous), "Deelnemer 1..n" by the order they were added, the
 * same number everywhere in the file. Every output gets names only from here.
 */
public final class ReportNames {
    private final Map<Long, Participant> people;
    private final boolean anonymous;
    private final Messages msg;

    /** In an anonymous report, one pattern for every name that may be typed inside free text; else null. */
    private final Pattern typedNames;
    /** What replaces a full name (by its lower case) or a first name (as written) found by that pattern. */
    private final Map<String, String> fullNames = new HashMap<>();
    private final Map<String, String> firstNames = new HashMap<>();

    private ReportNames(Map<Long, Participant> people, boolean anonymous, Messages msg) {
        this.people = people;
        this.anonymous = anonymous;
        this.msg = msg;
        this.typedNames = anonymous && !people.isEmpty() ? typedNames(people.values()) : null;
    }

    /**
     * Full names (in any case) and first names (as written, when no two participants share one and
     * it has three letters or more), as whole words: a facilitator typing "José wil eerst een proef"
     * in an anonymous session must not put José in the report. One pattern with the longest names
     * first, so a text is read once whatever the number of participants, and a replacement is never
     * itself replaced again.
     */
    private Pattern typedNames(Collection<Participant> all) {
        Map<String, Long> firstCount = all.stream().map(ReportNames::firstName)
                .collect(Collectors.groupingBy(f -> f, Collectors.counting()));
        for (Participant p : all) {
            fullNames.put(p.name().toLowerCase(Locale.ROOT), of(p));
            String first = firstName(p);
            if (first.length() >= 3 && first.length() < p.name().length() && firstCount.get(first) == 1) {
                firstNames.put(first, of(p));
            }
        }
        String full = alternatives(all.stream().map(Participant::name).toList());
        String first = firstNames.isEmpty() ? "(?!)" : alternatives(List.copyOf(firstNames.keySet()));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?iu:(" + full + "))|(" + first + "))(?![\\p{L}\\p{N}])");
    }

    private static String alternatives(List<String> names) {
        return names.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    private static String firstName(Participant p) {
        return p.name().split(" ", 2)[0];
    }

    /** Free text as it may be shown: unchanged, or in an anonymous report with participants' names replaced. */
    public String text(String typed) {
        if (typedNames == null) {
            return typed;
        }
        return typedNames.matcher(typed).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null
                ? fullNames.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), msg.get("arguments.anonymous"))
                : firstNames.get(m.group(2))));
    }

    /** Names for this session; anonymous when asked, or always when the session itself is anonymous. */
    public static ReportNames of(SessionRecord record, boolean anonymousAsked, Messages msg) {
        return new ReportNames(record.participantsById(), anonymousAsked || record.session().details().anonymous(), msg);
    }

    public boolean anonymous() {
        return anonymous;
    }

    /** The name to print for a participant. */
    public String of(Participant p) {
        return anonymous ? msg.get("report.participant.n", p.seq()) : p.name();
    }

    /** The name for whoever made an argument: a participant, or "anoniem" when nobody was named. */
    public String ofSpeaker(Long participantId) {
        Participant p = participantId == null ? null : people.get(participantId);
        return p == null ? msg.get("arguments.anonymous") : of(p);
    }
}
