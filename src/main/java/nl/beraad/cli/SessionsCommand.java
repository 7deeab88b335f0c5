package nl.beraad.cli;

import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.beraad.app.SessionSummary;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionStatus;
import picocli.CommandLine.Command;

/** Lists the stored sessions, newest first. */
@Command(name = "sessions", description = "Toont de vastgelegde sessies, de nieuwste eerst.")
final class SessionsCommand extends BaseCommand {
    SessionsCommand(AppContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        List<SessionSummary> sessions = context.service().sessions();
        if (sessions.isEmpty()) {
            err().println(msg().get("sessions.none"));
            return 0;
        }
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        out().println(msg().get("sessions.header"));
        for (SessionSummary s : sessions) {
            Session session = s.session();
            String status = session.status() == SessionStatus.FINISHED
                    ? msg().get("sessions.finished")
                    : msg().get("sessions.open", session.currentItem(), s.items());
            out().println(String.format("%4d  %s  %-16s  %3d  %s (%s)", session.id(),
                    when.format(session.createdAt().atZone(context.zone())), status, s.participants(),
                    session.title(), session.setId()));
        }
        return 0;
    }
}
