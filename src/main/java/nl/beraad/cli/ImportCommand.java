package nl.beraad.cli;

import java.nio.file.Path;
import java.util.List;
import nl.beraad.app.SessionImport;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.Problem;
import nl.beraad.report.SessionFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Reads a session written by {@code beraad export} (on this computer or another) into the database:
 * whole or not at all, with the checksum it had; a session that is here already is not stored twice.
 */
@Command(name = "import", description = "Leest een sessie in uit een bestand van beraad export, ook van een andere "
        + "computer. Een sessie die er al is, wordt niet nog eens ingelezen.")
final class ImportCommand extends BaseCommand {
    /** Far above any real session (the largest benchmarked session exports to under 2 MB). */

    @Parameters(index = "0", paramLabel = "BESTAND", description = "Het JSON-bestand van beraad export.")
    Path file;

    ImportCommand(AppContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        String text = TextFiles.read(file, "import.json");
        SessionFile.Read read;
        SessionImport.Outcome outcome;
        try {
            read = SessionFile.read(text);
            outcome = context.sessionImport().bring(read.record(), read.checksum(), read.log(), read.seal());
        } catch (BeraadException e) {
            Problem p = e.problems().get(0);
            if (e.exitCode() != ExitCode.INVALID_INPUT || !p.key().startsWith("import.")) {
                throw e;
            }
            // What is wrong with the file, said with the file in front of it.
            throw new BeraadException(e.exitCode(), List.of(new Problem(file.toString(), p.key(), p.args())), e);
        }
        String title = read.record().session().title();
        out().println(outcome.alreadyHere()
                ? msg().get("import.already", title, outcome.sessionId())
                : msg().get("import.done", title, outcome.sessionId(), read.checksum().substring(0, 12)));
        return 0;
    }
}
