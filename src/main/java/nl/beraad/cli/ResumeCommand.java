package nl.beraad.cli;

import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Continues a paused session where it stopped. */
@Command(name = "resume", description = "Gaat verder met een onderbroken sessie (standaard de laatste).")
final class ResumeCommand extends BaseCommand {
    @Mixin
    SessionChoice choice;

    @Mixin
    PhoneOptions phone;

    @Option(names = "--plain", description = "Regelmodus: een commandotaal, ook voor schermlezers en scripts.")
    boolean plain;

    @Option(names = "--reopen", description = "Opent een afgeronde sessie opnieuw.")
    boolean reopen;

    ResumeCommand(AppContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        context.requireInput();
        context.phonePort(); // a wrong --port is refused before anything is started
        Session session = choice.session(context);
        var service = context.service();
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
