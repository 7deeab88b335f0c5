package nl.beraad.ui.line;

import nl.beraad.domain.Participant;
import nl.beraad.text.Messages;

/** " (toehoorder)", " (afwezig)" or nothing, after a participant's name in a list. */
public final class ParticipantMarks {
    private ParticipantMarks() {
    }

    public static String of(Messages msg, Participant p) {
        if (p.observer()) {
            return " (" + msg.get("participant.observer") + ")";
        }
        return p.present() ? "" : " (" + msg.get("participant.absent") + ")";
    }
}
