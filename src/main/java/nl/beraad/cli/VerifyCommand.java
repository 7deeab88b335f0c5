package nl.beraad.cli;

import nl.beraad.app.LogCheck;
import nl.beraad.domain.SessionId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Checks a session's stored data against its hash-chained log and says in one sentence whether it
 * is exactly what was recorded, or where it first differs (exit 1 then).
 */
@Command(name = "verify", description = "Controleert of de vastgelegde gegevens van een sessie precies zijn wat haar "
        + "logboek vastlegde, en zegt waar ze het eerst afwijken.")
final class VerifyCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "SESSIE", description = "Nummer van de sessie (zie: sessions).")
    long sessionId;

    VerifyCommand(AppContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        LogCheck check = context.read(service -> service.verify(new SessionId(sessionId)));
        (check.intact() ? out() : err()).println(msg().problem(check.sentence()));
        return check.intact() ? 0 : nl.beraad.domain.ExitCode.ERROR.code();
    }
}
