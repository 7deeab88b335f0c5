package nl.beraad.cli;

import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.beraad.app.SessionSummary;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Lists the stored sessions, newest first. */
@Command(name = "sessions", description = "Toont de vastgelegde sessies, de nieuwste eerst.",
        subcommands = {SessionsCommand.Edit.class, SessionsCommand.Delete.class})
final class SessionsCommand extends BaseCommand {
    SessionsCommand(AppContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        List<SessionSummary> sessions = context.readingService().sessions();
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

    /** sessions edit N: the details for the report's heading, also after the meeting. */
    @Command(name = "edit", description = "Legt gegevens voor de kop van het verslag vast: orgaan, plaats, voorzitter, "
            + "verslaglegger; of maakt de sessie anoniem.")
    static final class Edit extends BaseCommand {
        @Parameters(index = "0", paramLabel = "SESSIE", description = "Nummer van de sessie (zie: sessions).")
        long sessionId;

        @Option(names = "--title", paramLabel = "TITEL", description = "Een andere titel voor de sessie.")
        String title;

        @Mixin
        DetailsOptions details = new DetailsOptions();

        Edit(AppContext context) {
            super(context);
        }

        @Override
        protected int execute() {
            Session session = context.service().session(sessionId);
            if (details.isEmpty() && title == null) {
                throw BeraadException.invalid("details.nothing");
            }
            if (title != null) {
                session = context.service().retitle(sessionId, title);
            }
            SessionDetails d = details.isEmpty() ? session.details()
                    : context.service().describe(sessionId, details.applyTo(session.details())).details();
            out().println(msg().get("details.saved", sessionId));
            out().println(msg().get("details.title.shown", session.title()));
            out().println(msg().get("details.shown", d.body(), d.place(), d.facilitator(), d.secretary(),
                    msg().get(d.anonymous() ? "details.anonymous.yes" : "details.anonymous.no")));
            return 0;
        }
    }

    /** sessions delete N: removes a session with everything in it, after a confirmation. */
    @Command(name = "delete", description = "Verwijdert een sessie met alles wat erin is vastgelegd, na bevestiging.")
    static final class Delete extends BaseCommand {
        @Parameters(index = "0", paramLabel = "SESSIE", description = "Nummer van de sessie (zie: sessions).")
        long sessionId;

        @Option(names = "--yes", description = "Niet om bevestiging vragen (voor scripts).")
        boolean yes;

        Delete(AppContext context) {
            super(context);
        }

        @Override
        protected int execute() {
            Session session = context.service().session(sessionId);
            if (!yes) {
                err().print(msg().get("sessions.delete.confirm", sessionId, session.title(),
                        context.service().participants(sessionId).size()));
                err().flush();
                if (!confirmed()) {
                    err().println(msg().get("sessions.delete.kept"));
                    return ExitCode.ERROR.code();
                }
            }
            context.service().delete(sessionId);
            out().println(msg().get("sessions.deleted", sessionId));
            return 0;
        }

        /** One line from standard input saying yes; anything else, or none, keeps the session. */
        private boolean confirmed() {
            try {
                String answer = new java.io.BufferedReader(new java.io.InputStreamReader(context.in,
                        java.nio.charset.StandardCharsets.UTF_8)).readLine();
                return answer != null && java.util.Set.of("j", "ja", "y", "yes").contains(answer.strip().toLowerCase(
                        java.util.Locale.ROOT));
            } catch (java.io.IOException e) {
                return false;
            }
        }
    }
}
