package nl.beraad.ui.line;

import nl.beraad.app.SessionService;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Participant;
import nl.beraad.domain.SessionId;

/**
 * Typed text with its speaker in front: "Anouk: tekst" is Anouk's, "-: tekst" and plain text are
 * anonymous. A short unknown name before the colon is refused rather than guessed, so nobody is
 * quoted under the wrong name, or as anonymous, by a typo; a long phrase before a colon is text.
 */
public record SpokenText(Participant speaker, String text) {
    private static final int MAX_NAME_WORDS = 4;

    public static SpokenText parse(SessionService service, SessionId sessionId, String typed) {
        int colon = typed.indexOf(':');
        if (colon < 0) {
            return new SpokenText(null, typed);
        }
        String who = typed.substring(0, colon).strip();
        if (who.equals("-")) {
            return new SpokenText(null, typed.substring(colon + 1));
        }
        if (who.isEmpty() || who.split(" ").length > MAX_NAME_WORDS) {
            return new SpokenText(null, typed);
        }
        try {
            return new SpokenText(service.findParticipant(sessionId, who), typed.substring(colon + 1));
        } catch (BeraadException e) {
            throw BeraadException.invalid("argument.speaker.unknown", who);
        }
    }
}
