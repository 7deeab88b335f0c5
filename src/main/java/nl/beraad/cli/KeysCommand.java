package nl.beraad.cli;

import nl.beraad.store.InstallationKey;
import picocli.CommandLine.Command;

/** Prints this installation's public signing key and its fingerprint, making the key on first use. */
@Command(name = "keys", description = "Toont de openbare sleutel waarmee deze installatie afgeronde sessies "
        + "ondertekent (en maakt de sleutel bij het eerste gebruik).")
final class KeysCommand extends BaseCommand {
    KeysCommand(AppContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        InstallationKey key = context.key();
        if (key.made()) {
            err().println(msg().get("keys.made", key.file()));
        }
        out().println(key.publicKey());
        out().println(msg().get("keys.fingerprint", key.fingerprint()));
        out().println(msg().get("keys.where", key.file()));
        return 0;
    }
}
