package nl.beraad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command takes; whichever command parses them, they land in the one context. */
final class GlobalOptions {
    private final AppContext context;

    GlobalOptions(AppContext context) {
        this.context = context;
    }

    @Option(names = "--db", paramLabel = "PAD",
            description = "Het databasebestand (standaard sessions/beraad.mv.db), of een PostgreSQL-server: "
                    + "postgresql://gebruiker@server:5432/database, het wachtwoord in PGPASSWORD of ~/.pgpass "
                    + "(ook via BERAAD_DB).")
    void db(String where) {
        context.dbOption = where;
    }

    @Option(names = "--encrypt",
            description = "Versleutelt een nieuwe database met een wachtwoordzin, gevraagd bij de start (of uit BERAAD_PASSPHRASE). "
                    + "Alleen bij het maken van de database; daarna vraagt Beraad er vanzelf om.")
    void encrypt(boolean encrypt) {
        context.encrypt = encrypt;
    }

    @Option(names = "--sets", paramLabel = "MAP",
            description = "De map met dilemmasets (standaard dilemmas/; ook via BERAAD_SETS).")
    void sets(Path path) {
        context.setsOption = path;
    }

    @Option(names = "--lang", paramLabel = "TAAL", description = "Taal van scherm en verslag: nl (standaard) of en.")
    void lang(String language) {
        context.language = language;
    }

    @Option(names = "--tz", paramLabel = "ZONE",
            description = "Tijdzone van de vergadering, bijvoorbeeld Europe/Amsterdam (standaard die van het systeem; ook via BERAAD_TZ).")
    void tz(String zone) {
        context.zoneOption = zone;
    }

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Toont deze hulp.")
    boolean help;

    @Option(names = "--debug", description = "Toont bij een fout ook de technische details.")
    void debug(boolean debug) {
        context.debug = debug;
    }
}
