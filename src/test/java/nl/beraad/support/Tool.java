package nl.beraad.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An outside program that some tests need (LibreOffice, Chromium), found on the PATH. The one rule for
 * a missing tool: on a developer's machine the test is skipped and says why; under CI (CI=true, as
 * .ci/run is started) it fails, because scripts/test installs these tools and a CI that silently skips
 * them would pass without ever having run those tests.
 */
public final class Tool {
    private Tool() {
    }

    /** The program on the PATH; without it the test is skipped (or, under CI, fails) with the reason given. */
    public static Path require(String program, String whyNeeded) {
        Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(d -> !d.isEmpty()).map(d -> Path.of(d, program)).filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) {
            missing(program + " is not installed, so " + whyNeeded);
        }
        return found.get();
    }

    /** Skips the test saying why, or under CI fails it: a tool that scripts/test should have installed is missing. */
    public static void missing(String why) {
        missing(why, "true".equalsIgnoreCase(System.getenv("CI")));
    }

    static void missing(String why, boolean ci) {
        if (ci) {
            fail("CI=true and " + why + " (scripts/test installs it; a CI run must not skip this test)");
        }
        System.err.println("skipped: " + why);
        assumeTrue(false, why);
    }
}
