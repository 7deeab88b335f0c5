package nl.beraad.cli;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.beraad.app.Erasure;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.Forgetting;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** sessions forget NAME: erases one person from every session, on their request (issue 15, AVG). */
@Command(name = "forget", description = "Wist één persoon uit alle sessies (AVG): als deelnemer heet die voortaan "
        + "'Deelnemer n', de eigen teksten worden vervangen of verwijderd (--texts), en de naam verdwijnt uit alle andere "
        + "teksten en uit het logboek. Hoofdletters en accenten tellen niet; een achternaam alleen is genoeg. "
        + "Toont eerst wat er verandert en vraagt om bevestiging.")
final class SessionsForget extends BaseCommand {
    @Parameters(index = "0", paramLabel = "NAAM", description = "De naam van de persoon, zoals 'Zoë Öztürk' of 'Öztürk'.")
    String name;

    @Option(names = "--texts", paramLabel = "KEUZE", description = "Wat er met de eigen argumenten en antwoorden gebeurt: "
            + "replace (vervangen door een vaste zin) of remove (verwijderen).")
    String texts;

    @Option(names = "--yes", description = "Niet om bevestiging vragen (voor scripts).")
    boolean yes;

    SessionsForget(AppContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        Forgetting.OwnTexts own = ownTexts();
        Erasure erasure = context.erasure();
        Erasure.Plan plan = erasure.find(name, own);
        if (plan.sessions().isEmpty()) {
            err().println(msg().get("forget.none", name));
            return ExitCode.ERROR.code();
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd");
        out().println(msg().get("forget.found", name));
        for (Erasure.Found f : plan.sessions()) {
            Session s = f.session().session();
            String members = String.join(", ", f.members().stream().map(Participant::name).toList());
            out().println(msg().get("forget.session", s.id(), s.title(), day.format(s.createdAt().atZone(context.zone())),
                    members.isEmpty() ? msg().get("forget.session.mentioned") : msg().get("forget.session.member", members),
                    f.change().ownTexts(), f.change().otherTexts(), f.change().logEntries()));
        }
        String ownWord = msg().get(own == Forgetting.OwnTexts.REPLACE ? "forget.own.replaced" : "forget.own.removed");
        out().println(msg().get("forget.summary", plan.sessions().size(), plan.members(), plan.ownTexts(), ownWord,
                plan.otherTexts()));
        out().flush();
        if (!yes) {
            if (!context.interactive) {
                throw BeraadException.invalid("forget.confirm.noterminal", name);
            }
            err().print(msg().get("forget.confirm"));
            err().flush();
            if (!SessionsCommand.Delete.confirmed(context)) {
                err().println(msg().get("forget.kept"));
                return ExitCode.ERROR.code();
            }
        }
        Erasure.Outcome outcome = erasure.erase(plan);
        out().println(msg().get("forget.done", outcome.done().size()));
        for (Erasure.Skipped s : outcome.skipped()) {
            err().println(msg().problem(s.why().problems().get(0)));
            err().println(msg().get("forget.skipped", s.session().session().id()));
        }
        return outcome.skipped().isEmpty() ? 0 : ExitCode.CONFLICT.code();
    }

    private Forgetting.OwnTexts ownTexts() {
        if (texts == null) {
            throw BeraadException.invalid("forget.texts.missing");
        }
        return switch (texts.strip().toLowerCase(Locale.ROOT)) {
            case "replace", "vervang", "vervangen" -> Forgetting.OwnTexts.REPLACE;
            case "remove", "verwijder", "verwijderen" -> Forgetting.OwnTexts.REMOVE;
            default -> throw BeraadException.invalid("forget.texts.invalid", texts);
        };
    }
}
