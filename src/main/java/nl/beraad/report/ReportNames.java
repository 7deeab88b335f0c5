package nl.beraad.report;

import java.util.Map;
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

    private ReportNames(Map<Long, Participant> people, boolean anonymous, Messages msg) {
        this.people = people;
        this.anonymous = anonymous;
        this.msg = msg;
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
