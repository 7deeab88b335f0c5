package nl.beraad.ui.line;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.beraad.app.SessionService;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionId;

/** A field of the report details that 'gegevens' sets: the title, or a part of the heading. */
enum DetailField {
    TITLE, BODY, PLACE, CHAIR, SECRETARY;

    /** Key of the field's word ("plaats", "place"); either language is understood. */
    String key() {
        return "cmd.details.field." + name().toLowerCase(Locale.ROOT);
    }

    static Optional<DetailField> find(String typed) {
        return Arrays.stream(values()).filter(f -> Command.isWord(typed, f.key())).findFirst();
    }

    static List<String> words(String language) {
        return Arrays.stream(values()).map(f -> Command.text(f.key(), language)).toList();
    }

    /** Stores the typed value in this field of the session, with the service the details page uses. */
    void store(SessionService service, SessionId sessionId, String value) {
        Session session = service.session(sessionId);
        SessionDetails d = session.details();
        switch (this) {
            case TITLE -> service.retitle(sessionId, value);
            case BODY -> service.describe(sessionId, d.with(value, null, null, null, null));
            case PLACE -> service.describe(sessionId, d.with(null, value, null, null, null));
            case CHAIR -> service.describe(sessionId, d.with(null, null, value, null, null));
            case SECRETARY -> service.describe(sessionId, d.with(null, null, null, value, null));
        }
    }
}
