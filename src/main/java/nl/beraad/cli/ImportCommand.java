package nl.beraad.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
    static final long MAX_BYTES = 64L * 1024 * 1024;

    @Parameters(index = "0", paramLabel = "BESTAND", description = "Het JSON-bestand van beraad export.")
    Path file;

    ImportCommand(AppContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        String text = text(file);
        SessionFile.Read read;
        SessionImport.Outcome outcome;
        try {
            read = SessionFile.read(text);
            outcome = context.sessionImport().bring(read.record(), read.checksum());
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

    /** The file's text, refused in one sentence when it cannot be read, is far too large or is no UTF-8. */
    private static String text(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw BeraadException.invalid("import.directory", file);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw BeraadException.invalid("import.large", file, MAX_BYTES / (1024 * 1024));
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw BeraadException.invalid("import.none", file);
        } catch (CharacterCodingException e) {
            throw BeraadException.invalid("import.json");
        } catch (IOException | SecurityException e) {
            throw new BeraadException(ExitCode.ERROR, List.of(Problem.of("import.unreadable", file)), e);
        }
    }
}
