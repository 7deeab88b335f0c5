package nl.beraad.report;

import java.util.List;
import java.util.Map;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionRecord;
import nl.beraad.text.Messages;

/**
 * The names participants have in a report or export: their own, or, when the report is anonymous
 * (asked for, or the session is anonymous), "Deelnemer 1..n" by the order they were added, the
 * same number everywhere in the file. Every output gets names only from here.
 */
public final class ReportNames {
    private final Map<ParticipantId, Participant> people;
    private final boolean anonymous;
    private final Messages msg;

    /** In an anonymous report, the names that may be typed inside free text; else null. */
    private final TypedNames typedNames;

    private ReportNames(Map<ParticipantId, Participant> people, List<String> officials, boolean anonymous,
                        boolean namesStored, Messages msg) {
        this.people = people;
        this.anonymous = anonymous;
        this.msg = msg;
        // Where no names are stored (an anonymous session, or one whose names went at its finish) the
        // members are "Deelnemer n" already: nothing to look for, and "deelnemers" in a text must stay a word.
        this.typedNames = anonymous && namesStored && !people.isEmpty() ? new TypedNames(people.values(), officials) : null;
    }

    /**
     * Free text as it may be shown: unchanged, or in an anonymous report with every participant's
     * name replaced wherever it was typed, in any spelling (see {@link TypedNames}). A name several
     * participants share becomes "Deelnemer 1 of 3".
     */
    public String text(String typed) {
        return typedNames == null ? typed : typedNames.replace(typed, this::ofAll);
    }

    /**
     * The chair or the minute-taker as the heading shows them: officials keep their name, unless they
     * are one of the participants too, who in an anonymous report is "Deelnemer n" there as well.
     */
    public String official(String name) {
        return typedNames == null ? name : typedNames.exactly(name).map(this::of).orElse(name);
    }

    private String ofAll(List<Participant> who) {
        if (who.size() == 1) {
            return of(who.get(0));
        }
        List<String> numbers = who.stream().map(Participant::seq).sorted().map(String::valueOf).toList();
        return msg.get("report.participant.either", String.join(", ", numbers.subList(0, numbers.size() - 1)),
                numbers.get(numbers.size() - 1));
    }

    /**
     * Names for this session; anonymous when asked, or always when the session keeps no names (an
     * anonymous session, or one that kept them until its finish and is finished).
     */
    public static ReportNames of(SessionRecord record, boolean anonymousAsked, Messages msg) {
        SessionDetails d = record.session().details();
        boolean hidden = d.namesHidden(record.session().status());
        return new ReportNames(record.participantsById(), List.of(d.facilitator(), d.secretary()),
                anonymousAsked || hidden, !hidden, msg);
    }

    /**
     * The names as stored, also in an anonymous session: for an export that moves the session to
     * another database (whose own reports are anonymous again), never for a report.
     */
    public static ReportNames stored(SessionRecord record, Messages msg) {
        return new ReportNames(record.participantsById(), List.of(), false, true, msg);
    }

    public boolean anonymous() {
        return anonymous;
    }

    /** The name to print for a participant. */
    public String of(Participant p) {
        return anonymous ? msg.get("report.participant.n", p.seq()) : p.name();
    }

    /** The name for whoever made an argument: a participant, or "Anoniem" when nobody was named. */
    public String ofSpeaker(ParticipantId participantId) {
        Participant p = participantId == null ? null : people.get(participantId);
        return p == null ? msg.get("report.speaker.anonymous") : of(p);
    }
}
