package nl.beraad.cli;

import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Continues a paused session where it stopped. */
@Command(name = "resume", description = "Gaat verder met een onderbroken sessie (standaard de laatste).")
final class ResumeCommand extends BaseCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SESSIE", description = "Nummer van de sessie (zie: sessions).")
    Long sessionId;

    @Mixin
    PhoneOptions phone;

    @Option(names = "--plain", description = "Regelmodus: een commandotaal, ook voor schermlezers en scripts.")
    boolean plain;

    @Option(names = "--reopen", description = "Opent een afgeronde sessie opnieuw.")
    boolean reopen;

    @Option(names = "--take-over", description = "Neemt de sessie over van een venster dat vastzit of waarvan de verbinding weg is.")
    boolean takeOver;

    ResumeCommand(AppContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        context.requireInput();
        context.phonePort(); // a wrong --port is refused before anything is started
        context.takeOver = takeOver;
        var service = context.service();
        Session session = sessionId == null
                ? service.latestOpen().orElseThrow(() -> BeraadException.invalid("session.none.open"))
                : service.session(sessionId);
        if (session.status() == SessionStatus.FINISHED) {
            if (reopen) {
                session = service.reopen(session.id());
            } else if (!plain) {
                throw BeraadException.conflict("session.resume.finished", session.id());
            }
            // In line mode a finished session opens to be looked at; reopening is asked for there.
        }
        return plain ? LineRunner.run(context, session) : ScreenRunner.run(context, session);
    }
}
