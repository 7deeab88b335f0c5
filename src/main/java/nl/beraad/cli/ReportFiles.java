package nl.beraad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.Problem;

/**
 * Writes a report file whole or not at all: a crash or full disk never leaves half a report behind.
 * Returns only when every byte is written and the file closed; anything else throws.
 */
final class ReportFiles {
    private ReportFiles() {
    }

    static void write(Path file, String content) {
        Path target = file.toAbsolutePath();
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                // A device, a pipe or /dev/stdout: write into it. A temporary file renamed over it
                // would replace the device node itself (as root, /dev/full would become a file).
                try (OutputStream out = Files.newOutputStream(target)) {
                    out.write(bytes);
                }
            } else {
                // Through a link to the file it names, so the rename replaces that file and not the
                // link (/dev/stdout redirected to a file is such a link, in /dev).
                replace(Files.exists(target) ? target.toRealPath() : target, bytes);
            }
        } catch (IOException | SecurityException e) {
            boolean full = e instanceof IOException io && WriteFailure.of(io) == WriteFailure.DISK_FULL;
            throw new BeraadException(ExitCode.ERROR,
                    List.of(Problem.of(full ? "report.write.full" : "report.write.failed", file)), e);
        }
    }

    private static void replace(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".beraad-", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
