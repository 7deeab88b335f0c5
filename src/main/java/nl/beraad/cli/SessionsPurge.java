package nl.beraad.cli;

import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.beraad.app.Erasure;
import nl.beraad.app.SessionClaim;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** sessions purge --older-than 24m: deletes the sessions kept longer than the board's retention period (issue 15). */
@Command(name = "purge", description = "Verwijdert de sessies waarin langer dan TERMIJN niets meer is vastgelegd "
        + "(de laatste positie, het laatste argument, de laatste conclusie of het afronden), met alles erin. "
        + "Zonder --yes toont het alleen welke sessies het zou verwijderen.")
final class SessionsPurge extends BaseCommand {
    private static final Pattern PERIOD = Pattern.compile("(\\d{1,4})\\s*([dmyj])");

    @Option(names = "--older-than", required = true, paramLabel = "TERMIJN",
            description = "Hoe lang sessies bewaard blijven: 90d (dagen), 24m (maanden), 2y of 2j (jaren).")
    String olderThan;

    @Option(names = "--yes", description = "Echt verwijderen (zonder: alleen de lijst).")
    boolean yes;

    SessionsPurge(AppContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        Period period = period(olderThan);
        Instant cutoff = context.clock.instant().atZone(context.zone()).minus(period).toInstant();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd");
        String since = day.format(cutoff.atZone(context.zone()));
        List<Erasure.Aged> old = context.erasure().olderThan(cutoff);
        if (old.isEmpty()) {
            out().println(msg().get("purge.none", since));
            return 0;
        }
        out().println(msg().get(yes ? "purge.deleting" : "purge.would", since));
        for (Erasure.Aged a : old) {
            Session s = a.session().session();
            String board = s.details().body();
            out().println(String.format("%4d  %s  %s%s", s.id().value(), day.format(a.lastActivity().atZone(context.zone())),
                    s.title(), board.isEmpty() ? "" : " (" + board + ")"));
        }
        if (!yes) {
            out().println(msg().get("purge.dry", old.size(), "beraad sessions purge --older-than " + olderThan.strip() + " --yes"));
            return 0;
        }
        int deleted = 0;
        int skipped = 0;
        for (Erasure.Aged a : old) {
            try {
                context.service().delete(a.session().session().id());
                deleted++;
            } catch (BeraadException e) {
                if (!SessionClaim.held(e)) {
                    throw e;
                }
                skipped++;
                err().println(msg().get("purge.skipped", a.session().session().id()));
            }
        }
        out().println(msg().get("purge.done", deleted));
        return skipped == 0 ? 0 : ExitCode.CONFLICT.code();
    }

    /** A period as typed: a number and d, m or y (j); anything else is one sentence and exit 2. */
    static Period period(String typed) {
        Matcher m = PERIOD.matcher(typed.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            throw BeraadException.invalid("purge.period.invalid", typed);
        }
        int n = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "d" -> Period.ofDays(n);
            case "m" -> Period.ofMonths(n);
            default -> Period.ofYears(n);
        };
    }
}
