package nl.beraad.cli;

import picocli.CommandLine.Option;

/**
 * Where the phones' vote page listens once the facilitator starts it (start, resume, serve). Nothing
 * is bound before that, whatever is given here.
 */
final class PhoneOptions {
    private final AppContext context;

    PhoneOptions(AppContext context) {
        this.context = context;
    }

    @Option(names = "--bind", paramLabel = "ADRES",
            description = "Adres van deze computer voor de stempagina van de telefoons (standaard het eerste adres in het lokale netwerk; ook via BERAAD_BIND).")
    void bind(String address) {
        context.bindOption = address;
    }

    @Option(names = "--port", paramLabel = "POORT",
            description = "Poort van de stempagina (standaard 8421, 0 = een vrije poort; ook via BERAAD_PORT).")
    void port(int port) {
        context.portOption = port;
    }
}
