package nl.beraad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.Problem;

/** Writes a report file whole or not at all: a crash or full disk never leaves half a report behind. */
final class ReportFiles {
    private ReportFiles() {
    }

    static void write(Path file, String content) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".beraad-", ".tmp");
            try {
                Files.writeString(tmp, content, StandardCharsets.UTF_8);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | SecurityException e) {
            throw new BeraadException(ExitCode.ERROR, java.util.List.of(Problem.of("report.write.failed", file)), e);
        }
    }
}
