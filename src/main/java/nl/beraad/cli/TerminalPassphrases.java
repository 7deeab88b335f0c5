package nl.beraad.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import nl.beraad.store.Passphrases;

/**
 * The passphrase of an encrypted database: BERAAD_PASSPHRASE for scripts, else asked on the
 * terminal without echo (twice for a new file), once per file and run: a command that opens the
 * database again (a list read anew, the meeting screen after a report) does not ask again, which
 * would be impossible while the screen holds the terminal. Never an option: a command line ends up
 * in the shell's history and in the process list.
 */
final class TerminalPassphrases implements Passphrases {
    static final String VARIABLE = "BERAAD_PASSPHRASE";

    private final AppContext context;
    /** What was typed for each file in this run; handed out as copies, which their users clear. */
    private final Map<Path, char[]> typed = new HashMap<>();

    TerminalPassphrases(AppContext context) {
        this.context = context;
    }

    @Override
    public boolean encryptNew() {
        return context.encrypt;
    }

    @Override
    public char[] passphrase(Path file, boolean creating) {
        String fromEnv = context.env.get(VARIABLE);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        char[] known = typed.get(file);
        if (known != null) {
            return known.clone();
        }
        char[] answer = fromTerminal(file, creating);
        typed.put(file, answer.clone());
        return answer;
    }

    private char[] fromTerminal(Path file, boolean creating) {
        Console console = context.interactive ? System.console() : null;
        if (console == null) {
            throw new BeraadException(ExitCode.INVALID_INPUT, creating ? "db.passphrase.nonew" : "db.passphrase.none", file);
        }
        char[] first = ask(console, creating ? "db.passphrase.new" : "db.passphrase.ask", file);
        if (!creating) {
            return first;
        }
        char[] again = ask(console, "db.passphrase.again", file);
        boolean same = Arrays.equals(first, again);
        Arrays.fill(again, '\0');
        if (!same) {
            Arrays.fill(first, '\0');
            throw new BeraadException(ExitCode.INVALID_INPUT, "db.passphrase.mismatch", file);
        }
        return first;
    }

    /** One prompt; an empty answer or end of input (Ctrl-D) makes nothing. */
    private char[] ask(Console console, String key, Path file) {
        char[] answer = console.readPassword("%s ", context.messages().get(key, file));
        if (answer == null || answer.length == 0) {
            throw new BeraadException(ExitCode.INVALID_INPUT, "db.passphrase.empty", file);
        }
        return answer;
    }
}
