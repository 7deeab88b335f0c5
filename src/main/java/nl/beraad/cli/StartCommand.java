package nl.beraad.cli;

import nl.beraad.domain.Session;
import nl.beraad.domain.SessionDetails;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Starts a new session on a dilemma set and runs it. */
@Command(name = "start", description = "Begint een nieuwe sessie met een dilemmaset.")
final class StartCommand extends BaseCommand {
    @Option(names = "--set", required = true, paramLabel = "ID", description = "De dilemmaset (zie: sets list).")
    String set;

    @Option(names = "--title", paramLabel = "TITEL", description = "Titel van de sessie (standaard de titel van de set).")
    String title;

    @Mixin
    DetailsOptions details = new DetailsOptions();

    @Mixin
    PhoneOptions phone;

    @Option(names = "--plain", description = "Regelmodus: een commandotaal, ook voor schermlezers en scripts.")
    boolean plain;

    StartCommand(AppContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        context.requireInput();
        context.phonePort(); // a wrong --port is refused before anything is started
        // Validate the set before a database is touched, so a typo leaves no empty session behind.
        context.sets().load(set);
        Session session = context.service().start(set, title, details.applyTo(SessionDetails.NONE));
        return plain ? LineRunner.run(context, session) : ScreenRunner.run(context, session);
    }
}
