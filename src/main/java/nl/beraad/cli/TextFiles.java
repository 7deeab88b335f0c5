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
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.Problem;

/** A file a command reads whole as text (an export to import, a report to verify, a public key). */
final class TextFiles {
    /** Far more than any session file or report; a larger file is no such file. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private TextFiles() {
    }

    /**
     * The file's text, refused in one sentence when it is missing, a folder, far too large or
     * unreadable; {@code notText} is the sentence for a file that is no UTF-8.
     */
    static String read(Path file, String notText) {
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
            throw BeraadException.invalid(notText, file);
        } catch (IOException | SecurityException e) {
            throw new BeraadException(ExitCode.ERROR, List.of(Problem.of("import.unreadable", file)), e);
        }
    }
}
