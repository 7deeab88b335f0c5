package nl.beraad.store;

import java.nio.file.Path;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;

/**
 * Where the passphrase of an encrypted database file comes from (the terminal, or an environment
 * variable for scripts): asked only when a file needs one, never from the command line.
 */
public interface Passphrases {
    /** New files are plain, and an encrypted file is refused in one sentence. */
    Passphrases NONE = new Passphrases() {
        @Override
        public boolean encryptNew() {
            return false;
        }

        @Override
        public char[] passphrase(Path file, boolean creating) {
            throw new BeraadException(ExitCode.INVALID_INPUT, "db.passphrase.none", file);
        }
    };

    /** Whether a database file made now is encrypted (--encrypt). */
    boolean encryptNew();

    /**
     * The passphrase for {@code file}, never empty: for a new file ({@code creating}: asked twice,
     * both times the same) or an encrypted one. Refuses in one sentence when there is none to be had.
     * The caller clears the array once it has used it.
     */
    char[] passphrase(Path file, boolean creating);
}
