package nl.beraad.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.Problem;

/** A commented set file with one item of every kind, for a clerk to fill in; valid as it stands. */
public final class SetTemplate {
    private static final String RESOURCE = "/nl/beraad/content/sjabloon.yaml";

    private SetTemplate() {
    }

    public static String text() {
        try (InputStream in = SetTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("template missing from the jar: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("template unreadable", e);
        }
    }

    /** Writes the template to a new file; an existing file is never overwritten. */
    public static void write(Path file) {
        if (!SetIds.isSetFile(file)) {
            throw BeraadException.invalid("set.new.extension", file);
        }
        try {
            // CREATE_NEW: a clerk's filled-in set must not be replaced by an empty template by accident.
            Files.writeString(file, text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw BeraadException.invalid("set.new.exists", file);
        } catch (IOException | SecurityException e) {
            throw new BeraadException(ExitCode.ERROR, List.of(Problem.of("set.new.failed", file)), e);
        }
    }
}
