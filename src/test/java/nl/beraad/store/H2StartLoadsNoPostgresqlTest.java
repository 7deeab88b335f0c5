package nl.beraad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.beraad.support.Beraad;
import nl.beraad.support.BeraadProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL driver is in the jar (issue 14), but a laptop that only uses its H2 file must not
 * pay for it at start-up: not one of its classes is loaded. DriverManager would load and start every
 * driver on the class path at its first connection, so H2 is asked directly ({@link Database#h2}).
 */
@Timeout(60)
class H2StartLoadsNoPostgresqlTest {

    @Test
    void makingAnH2DatabaseAndAMeetingInItLoadsNoPostgresqlClass(@TempDir Path dir) throws Exception {
        Class.forName("org.postgresql.Driver", false, getClass().getClassLoader());
        Path log = dir.resolve("classes.log");
        ProcessBuilder pb = BeraadProcess.builder(new Beraad(dir), "demo");
        pb.command().add(1, "-Xlog:class+load=info:file=" + log);
        try (BeraadProcess demo = BeraadProcess.start(pb)) {
            assertEquals(0, demo.finish(Duration.ofSeconds(45)), demo.output());
        }

        List<String> loaded = Files.readAllLines(log);
        assertTrue(loaded.stream().anyMatch(line -> line.contains(" org.h2.jdbc.JdbcConnection ")), "the log lists H2");
        assertEquals(List.of(), loaded.stream().filter(line -> line.contains("org.postgresql")).toList());
    }
}
