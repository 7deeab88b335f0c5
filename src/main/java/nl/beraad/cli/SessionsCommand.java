package nl.beraad.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import nl.beraad.app.SessionQuery;
import nl.beraad.app.SessionSummary;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.CleanText;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionDetails;
import nl.beraad.text.NameKeepingText;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Lists the stored sessions, newest first, a page at a time (an archive of years stays one screen
 * and one quick query), narrowed by set, status and dates.
 */
@Command(name = "sessions", description = "Toont de vastgelegde sessies, de nieuwste eerst, twintig per pagina (zie --page en --all).",
        subcommands = {SessionsCommand.Edit.class, SessionsCommand.Delete.class, SessionsForget.class,
            SessionsPurge.class})
final class SessionsCommand extends BaseCommand {
    /** Sessions on one page of the list. */
    static final int PAGE = 20;

    @Option(names = "--page", paramLabel = "N", description = "Toont pagina N (1 is de nieuwste).")
    Integer page;

    @Option(names = "--all", description = "Toont alle sessies op een lijst.")
    boolean all;

    @Option(names = "--set", paramLabel = "ID", description = "Alleen sessies met deze set.")
    String setId;

    @Option(names = "--status", paramLabel = "STATUS", description = "Alleen open of afgeronde sessies: open, afgerond.")
    String status;

    @Option(names = "--since", paramLabel = "JJJJ-MM-DD", description = "Alleen sessies begonnen op of na deze dag.")
    String since;

    @Option(names = "--until", paramLabel = "JJJJ-MM-DD", description = "Alleen sessies begonnen op of voor deze dag.")
    String until;

    @Option(names = "--board", paramLabel = "ORGAAN", description = "Alleen sessies van dit orgaan, zoals het in de "
            + "gegevens van de sessie staat (sessions edit N --body); hoofdletters tellen niet.")
    String board;

    SessionsCommand(AppContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        if (all && page != null) {
            throw BeraadException.invalid("sessions.page.all");
        }
        if (page != null && page < 1) {
            throw BeraadException.invalid("sessions.page.invalid", page);
        }
        SessionQuery query = query();
        int shownPage = page == null ? 1 : page;
        Listing listing = context.read(service -> {
            int total = service.countSessions(query);
            int pages = (total + PAGE - 1) / PAGE;
            if (total > 0 && shownPage > pages) {
                throw BeraadException.invalid("sessions.page.beyond", shownPage, pages);
            }
            return new Listing(total, total == 0 ? List.of()
                    : service.sessions(query, all ? 0 : (shownPage - 1) * PAGE, all ? total : PAGE));
        });
        int total = listing.total();
        if (total == 0) {
            err().println(msg().get(query.equals(SessionQuery.ALL) ? "sessions.none" : "sessions.none.matching"));
            return 0;
        }
        int pages = (total + PAGE - 1) / PAGE;
        int offset = all ? 0 : (shownPage - 1) * PAGE;
        List<SessionSummary> sessions = listing.rows();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        out().println(msg().get("sessions.header"));
        for (SessionSummary s : sessions) {
            Session session = s.session();
            String shownStatus = session.status() == SessionStatus.FINISHED
                    ? msg().get("sessions.finished")
                    : msg().get("sessions.open", session.currentItem(), s.items());
            String body = session.details().body();
            out().println(String.format("%4d  %s  %-16s  %3d  %s (%s)", session.id().value(),
                    when.format(session.createdAt().atZone(context.zone())), shownStatus, s.participants(),
                    session.title(), body.isEmpty() ? session.setId() : session.setId() + ", " + body));
        }
        if (!all && pages > 1) {
            out().println(msg().get("sessions.page.shown", offset + 1, offset + sessions.size(), total, shownPage, pages));
            if (shownPage < pages) {
                out().println(msg().get("sessions.page.next", again("--page " + (shownPage + 1))));
            }
        }
        return 0;
    }

    /** How many sessions match, and the ones on the page shown. */
    private record Listing(int total, List<SessionSummary> rows) {
    }

    /** The command that lists the same sessions again, with {@code then} added (the next page: the same filters). */
    private String again(String then) {
        StringBuilder c = new StringBuilder("beraad sessions");
        String[][] given = {{"--set", setId}, {"--status", status}, {"--since", since}, {"--until", until},
            {"--board", board}};
        for (String[] option : given) {
            if (option[1] != null) {
                String value = option[1].strip();
                c.append(' ').append(option[0]).append(' ').append(value.matches("[\\w.:-]+") ? value : "'" + value.replace("'", "'\\''") + "'");
            }
        }
        return c.append(' ').append(then).toString();
    }

    /** What the options narrow the list to; days are those of the zone Beraad shows times in. */
    private SessionQuery query() {
        SessionStatus wanted = status == null ? null : switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "open" -> SessionStatus.OPEN;
            case "afgerond", "finished" -> SessionStatus.FINISHED;
            default -> throw BeraadException.invalid("sessions.status.invalid", status);
        };
        LocalDate first = day(since, "--since");
        LocalDate last = day(until, "--until");
        if (first != null && last != null && last.isBefore(first)) {
            throw BeraadException.invalid("sessions.dates.order", since, until);
        }
        ZoneId zone = context.zone();
        String body = board == null ? "" : CleanText.line(board);
        return new SessionQuery(setId == null || setId.isBlank() ? null : setId.strip(), wanted,
                first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant(), body.isEmpty() ? null : body);
    }

    private static LocalDate day(String typed, String option) {
        if (typed == null) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw BeraadException.invalid("sessions.date.invalid", option, typed);
        }
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
            SessionId id = new SessionId(sessionId);
            Session session = context.service().session(id);
            if (details.isEmpty() && title == null) {
                throw BeraadException.invalid("details.nothing");
            }
            if (title != null) {
                session = context.service().retitle(id, title);
            }
            SessionDetails d = details.isEmpty() ? session.details()
                    : context.service().describe(id, details.applyTo(session.details())).details();
            out().println(msg().get("details.saved", id));
            out().println(msg().get("details.title.shown", session.title()));
            out().println(msg().get("details.shown", d.body(), d.place(), d.facilitator(), d.secretary(),
                    NameKeepingText.label(msg(), d.names())));
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
            SessionId id = new SessionId(sessionId);
            Session session = context.service().session(id);
            if (!yes) {
                err().print(msg().get("sessions.delete.confirm", id, session.title(),
                        context.service().participants(id).size()));
                err().flush();
                if (!confirmed(context)) {
                    err().println(msg().get("sessions.delete.kept"));
                    return ExitCode.ERROR.code();
                }
            }
            context.service().delete(id);
            out().println(msg().get("sessions.deleted", id));
            return 0;
        }

        /** One line from standard input saying yes; anything else, or none, keeps the session. */
        static boolean confirmed(AppContext context) {
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
