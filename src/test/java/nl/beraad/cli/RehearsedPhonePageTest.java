package nl.beraad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;
import nl.beraad.app.PhonePage;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.SessionId;
import nl.beraad.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The page's rehearsal: held on a scratch database it deletes after, in the background of the page's start. */
@Timeout(120)
class RehearsedPhonePageTest {
    @TempDir
    Path temporary;

    private static final PhonePage.Serving SERVING = new PhonePage.Serving() {
        @Override
        public String address() {
            return "http://127.0.0.1:8421/";
        }

        @Override
        public String joinCode() {
            return "123456";
        }

        @Override
        public Set<Long> connected() {
            return Set.of();
        }

        @Override
        public void close() {
        }
    };

    private static RehearsedPhonePage page() {
        Path shipped = Path.of("dilemmas").toAbsolutePath();
        return new RehearsedPhonePage(sessionId -> SERVING, new SetDirectory(shipped, shipped), Messages.forLanguage("nl"),
                Clock.systemUTC());
    }

    @Test
    void theRehearsalAnswersOnAScratchDatabaseAndLeavesNothingBehind() throws IOException {
        int answered = page().rehearse(temporary);
        // Twelve members on each of the four dilemmas, in four scratch sessions.
        assertEquals(RehearsedPhonePage.SESSIONS * RehearsedPhonePage.MEMBERS * 4, answered);
        try (Stream<Path> left = Files.list(temporary)) {
            assertEquals(0, left.count(), "the scratch database is deleted");
        }
    }

    @Test
    void whatAKilledRehearsalLeftIsDeletedByTheNextButNotAFreshOne() throws IOException {
        Path stale = Files.createDirectories(temporary.resolve("beraad-rehearsal-1").resolve("x"));
        Files.setLastModifiedTime(stale.getParent(), java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(Duration.ofHours(1))));
        Path fresh = Files.createDirectories(temporary.resolve("beraad-rehearsal-2"));
        Path other = Files.createDirectories(temporary.resolve("something-else"));
        Files.setLastModifiedTime(other, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(Duration.ofHours(1))));
        page().rehearse(temporary);
        try (Stream<Path> left = Files.list(temporary)) {
            assertEquals(Set.of(fresh, other), left.collect(java.util.stream.Collectors.toSet()));
        }
    }

    @Test
    void aRehearsalThatCannotBeHeldIsNoProblem() {
        Path missing = temporary.resolve("no such folder");
        assertEquals(0, page().rehearse(missing));
    }

    @Test
    void thePageStartsAtOnceAndRehearsesBehindIt() throws InterruptedException {
        assertSame(SERVING, page().start(new SessionId(1)));
        assertTrue(RehearsedPhonePage.awaitRehearsal(Duration.ofSeconds(90)), "the rehearsal ends");
    }
}
