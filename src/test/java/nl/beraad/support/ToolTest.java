package nl.beraad.support;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The one rule for a missing tool: skipped with its reason by a developer, failed under CI. */
class ToolTest {
    @Test
    void aMissingToolSkipsWithItsReasonOutsideCi() {
        TestAbortedException skipped = assertThrows(TestAbortedException.class, () -> Tool.missing("x is gone", false));
        assertTrue(skipped.getMessage().contains("x is gone"), skipped.getMessage());
    }

    @Test
    void aMissingToolFailsUnderCi() {
        AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> Tool.missing("x is gone", true));
        assertTrue(failed.getMessage().contains("CI=true and x is gone"), failed.getMessage());
    }

    @Test
    void aProgramNotOnThePathIsMissing() {
        // Whichever way this run decides (skip or, under CI, fail), the test does not go on with a path.
        Throwable thrown = assertThrows(Throwable.class, () -> Tool.require("beraad-no-such-program", "it is made up"));
        assertTrue(thrown instanceof TestAbortedException || thrown instanceof AssertionFailedError, thrown.toString());
        assertTrue(thrown.getMessage().contains("beraad-no-such-program is not installed, so it is made up"),
                thrown.getMessage());
    }
}
