package nl.beraad.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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

    /** In an anonymous report, what replaces names typed inside free text, longest name first. */
    private final List<Map.Entry<Pattern, String>> typedNames;

    private ReportNames(Map<Long, Participant> people, boolean anonymous, Messages msg) {
        this.people = people;
        this.anonymous = anonymous;
        this.msg = msg;
        this.typedNames = anonymous ? typedNames(people.values()) : List.of();
    }

    /**
     * Full names (in any case) and first names (as written, when no two participants share one and
     * it has three letters or more), as whole words: a facilitator typing "José wil eerst een proef"
     * in an anonymous session must not put José in the report.
     */
    private List<Map.Entry<Pattern, String>> typedNames(Collection<Participant> all) {
        Map<String, Long> firstNames = all.stream().map(ReportNames::firstName)
                .collect(Collectors.groupingBy(f -> f, Collectors.counting()));
        List<Map.Entry<Pattern, String>> out = new ArrayList<>();
        List<Participant> longestFirst = all.stream()
                .sorted(Comparator.comparingInt((Participant p) -> p.name().length()).reversed()).toList();
        for (Participant p : longestFirst) {
            out.add(Map.entry(word(p.name(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), of(p)));
        }
        for (Participant p : longestFirst) {
            String first = firstName(p);
            if (first.length() >= 3 && first.length() < p.name().length() && firstNames.get(first) == 1) {
                out.add(Map.entry(word(first, 0), of(p)));
            }
        }
        return out;
    }

    private static String firstName(Participant p) {
        return p.name().split(" ", 2)[0];
    }

    private static Pattern word(String text, int flags) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])", flags);
    }

    /** Free text as it may be shown: unchanged, or in an anonymous report with participants' names replaced. */
    public String text(String typed) {
        String out = typed;
        for (Map.Entry<Pattern, String> name : typedNames) {
            out = name.getKey().matcher(out).replaceAll(Matcher.quoteReplacement(name.getValue()));
        }
        return out;
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
