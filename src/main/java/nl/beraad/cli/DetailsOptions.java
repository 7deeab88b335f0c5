package nl.beraad.cli;

import nl.beraad.domain.BeraadException;
import nl.beraad.domain.NameKeeping;
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

    @Option(names = "--names", paramLabel = "named|until-final|anonymous",
            description = "Hoe namen worden bewaard: named (zoals getypt), until-final (tot de sessie is afgerond, dan Deelnemer 1, 2, ...) "
                    + "of anonymous (nooit een naam opgeslagen). Alleen naar minder namen te wijzigen.")
    String names;

    @Option(names = "--anonymous", description = "Hetzelfde als --names anonymous.")
    boolean anonymous;

    /** The given details on top of what is there already. */
    SessionDetails applyTo(SessionDetails current) {
        return current.with(body, place, facilitator, secretary, names());
    }

    /** The setting asked for, or null when none was; a bad word, or two that disagree, is refused with one sentence. */
    private NameKeeping names() {
        NameKeeping asked = names == null ? null : NameKeeping.of(names);
        if (anonymous && asked != null && asked != NameKeeping.ANONYMOUS) {
            throw BeraadException.invalid("names.conflict", names);
        }
        return anonymous ? NameKeeping.ANONYMOUS : asked;
    }

    boolean isEmpty() {
        return body == null && place == null && facilitator == null && secretary == null && !anonymous && names == null;
    }
}
