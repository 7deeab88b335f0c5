package nl.beraad.cli;

import nl.beraad.domain.SessionDetails;
import picocli.CommandLine.Option;

/** The report heading's details as options, shared by 'start' and 'sessions edit'. */
final class DetailsOptions {
    @Option(names = "--body", paramLabel = "ORGAAN", description = "Wie er vergaderde, bijvoorbeeld: Adviesraad Sociaal Domein.")
    String body;

    @Option(names = "--place", paramLabel = "PLAATS", description = "Waar de bijeenkomst was.")
    String place;

    @Option(names = "--facilitator", paramLabel = "NAAM", description = "Wie de bijeenkomst leidde (voorzitter of gespreksleider).")
    String facilitator;

    @Option(names = "--secretary", paramLabel = "NAAM", description = "De secretaris: wie het verslag maakte (ook een griffier of notulist).")
    String secretary;

    @Option(names = "--anonymous", description = "Geen namen in verslagen en exports, nooit (kan niet worden teruggedraaid).")
    boolean anonymous;

    /** The given details on top of what is there already. */
    SessionDetails applyTo(SessionDetails current) {
        return current.with(body, place, facilitator, secretary, anonymous);
    }

    boolean isEmpty() {
        return body == null && place == null && facilitator == null && secretary == null && !anonymous;
    }
}
