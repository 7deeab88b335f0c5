package nl.beraad.cli;

import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionId;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The session a command goes on with: the one numbered, or else the latest paused one; taken over from a frozen terminal if asked. */
final class SessionChoice {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SESSIE", description = "Nummer van de sessie (zie: sessions).")
    Long sessionId;

    @Option(names = "--take-over", description = "Neemt de sessie over van een venster dat vastzit of waarvan de verbinding weg is.")
    boolean takeOver;

    /** Opens the database for writing and finds the session; refused in one sentence when there is none to go on with. */
    Session session(AppContext context) {
        context.takeOver = takeOver;
        var service = context.service();
        return sessionId == null
                ? service.latestOpen().orElseThrow(() -> BeraadException.invalid("session.none.open"))
                : service.session(new SessionId(sessionId));
    }
}
