package nl.beraad.report;

import nl.beraad.domain.NameKeeping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import nl.beraad.app.DemoSession;
import nl.beraad.app.SessionService;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.Argument;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Side;
import nl.beraad.domain.VoteMethod;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.store.MemoryDatabase;
import nl.beraad.support.RecordedMeetings;
import nl.beraad.text.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole report, compared with a file a person has read and approved: the demo session, and a
 * session with every item kind, two rounds, abstentions, an item decided unanimously by show of
 * hands and an item nobody got to. Sessions are played through the real service on a real
 * database with a clock that ticks twenty seconds per reading, so every run stores the same times.
 * After a deliberate change to the report, run with {@code -Dgolden.update=true}, read the diff of
 * the files in src/test/resources/nl/beraad/report/golden/ and commit them.
 */
class GoldenReportTest {
    private static final Path GOLDEN = Path.of("src/test/resources/nl/beraad/report/golden");
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Instant START = Instant.parse("2026-03-12T18:30:00Z");
    private static final Instant MADE = Instant.parse("2026-03-13T09:00:00Z");

    private Database database;
    private SessionService service;
    private RecordedMeetings meetings;

    @BeforeEach
    void open() {
        database = MemoryDatabase.fresh();
        service = new SessionService(new JdbcSessionStore(database), new SetDirectory(Path.of("dilemmas").toAbsolutePath()),
                RecordedMeetings.ticking(START, ZONE));
        meetings = new RecordedMeetings(service, GOLDEN.resolve("golden-set.yaml").toAbsolutePath());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theDemoSessionReport() throws IOException {
        SessionId id = DemoSession.play(service, "Demonstratie: vier dilemma's in het sociaal domein").id();
        service.describe(id, new SessionDetails("Adviesraad Sociaal Domein Zwolle", "Stadhuis, Zwolle",
                "Marga Kooistra", "Bas de Wit", NameKeeping.NAMED));

        assertGolden("demo.md", report("nl", service.forReport(id), false));
    }

    @Test
    void everyKindTwoRoundsAbstentionsAUnanimousAndAnEmptyItem() throws IOException {
        SessionService.Reported r = service.forReport(meetings.everyKind());

        assertGolden("alle-soorten.md", report("nl", r, false));
        assertGolden("alle-soorten-en.md", report("en", r, false));
    }

    @Test
    void theAnonymousReportHasNoNameAndTheSameChecksum() throws IOException {
        SessionService.Reported reported = service.forReport(meetings.everyKind());
        SessionRecord r = reported.record();
        String anonymous = report("nl", reported, true);

        assertGolden("alle-soorten-anoniem.md", anonymous);
        // Full names and first names, also where the facilitator typed them into a text ("José
        // Öztürk wil eerst een proef"); the chair and the minute-taker are officials, not participants.
        for (Participant p : r.participants()) {
            assertFalse(anonymous.contains(p.name()), p.name() + " appears in the anonymous report");
            String first = p.name().split(" ")[0];
            assertFalse(java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + first + "(?![\\p{L}\\p{N}])")
                    .matcher(anonymous).find(), first + " appears in the anonymous report");
        }
        String named = report("nl", reported, false);
        assertEquals(checksum(named), checksum(anonymous), "the checksum is of the data, not of the names shown");
    }

    /**
     * Every kind of correction after the fact, as the clerk reads it: a position corrected after the
     * reveal, a show of hands reopened and counted again, an argument edited, and an answer deleted
     * at the member's request (its text is gone; that it was deleted is not).
     */
    @Test
    void aSessionWithCorrectionsSaysWhatChangedFromWhatToWhatAndWhy() throws IOException {
        SessionId id = meetings.corrections();

        String md = report("nl", service.forReport(id), false);
        assertGolden("correcties.md", md);
        assertFalse(md.contains("betalingsproblemen"), "a deleted answer's text is not in the report");
    }

    /**
     * The report as {@code beraad report} renders it before signing; the session's uid, new in every
     * run, is shown as "UID" (the log's head does not depend on it).
     */
    private static String report(String language, SessionService.Reported reported, boolean anonymous) {
        Messages msg = Messages.forLanguage(language);
        SessionRecord r = reported.record();
        return new MarkdownReport(msg, ZONE, "test").render(r, reported.provenance(), ReportNames.of(r, anonymous, msg), MADE)
                .replace(r.session().uid(), "UID");
    }

    private static String checksum(String text) {
        return text.lines().filter(l -> l.startsWith(Messages.forLanguage("nl").get("report.checksum", ""))).findFirst()
                .orElseThrow();
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail(name + " has no golden file yet; run with -Dgolden.update=true, read it, and commit it");
        }
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            Path shown = Path.of("target/golden-actual").resolve(name);
            Files.createDirectories(shown.getParent());
            Files.writeString(shown, actual, StandardCharsets.UTF_8);
            List<String> e = expected.lines().toList();
            List<String> a = actual.lines().toList();
            int line = 0;
            while (line < Math.min(e.size(), a.size()) && e.get(line).equals(a.get(line))) {
                line++;
            }
            fail(name + " differs from line " + (line + 1) + ":\n  expected: "
                    + (line < e.size() ? e.get(line) : "(end)") + "\n  actual:   " + (line < a.size() ? a.get(line) : "(end)")
                    + "\nThe whole report is in " + shown.toAbsolutePath());
        }
    }
}
