package nl.beraad.report;

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
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Side;
import nl.beraad.domain.VoteMethod;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.store.MemoryDatabase;
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

    @BeforeEach
    void open() {
        database = MemoryDatabase.fresh();
        service = new SessionService(new JdbcSessionStore(database), new SetDirectory(Path.of("dilemmas").toAbsolutePath()),
                new TickingClock(START));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theDemoSessionReport() throws IOException {
        long id = DemoSession.play(service, "Demonstratie: vier dilemma's in het sociaal domein").id();
        service.describe(id, new SessionDetails("Adviesraad Sociaal Domein Zwolle", "Stadhuis, Zwolle",
                "Marga Kooistra", "Bas de Wit", false));

        assertGolden("demo.md", report("nl", service.record(id), false));
    }

    @Test
    void everyKindTwoRoundsAbstentionsAUnanimousAndAnEmptyItem() throws IOException {
        SessionRecord r = service.record(everyKind());

        assertGolden("alle-soorten.md", report("nl", r, false));
        assertGolden("alle-soorten-en.md", report("en", r, false));
    }

    @Test
    void theAnonymousReportHasNoNameAndTheSameChecksum() throws IOException {
        SessionRecord r = service.record(everyKind());
        String anonymous = report("nl", r, true);

        assertGolden("alle-soorten-anoniem.md", anonymous);
        // Full names and first names, also where the facilitator typed them into a text ("José
        // Öztürk wil eerst een proef"); the chair and the minute-taker are officials, not participants.
        for (Participant p : r.participants()) {
            assertFalse(anonymous.contains(p.name()), p.name() + " appears in the anonymous report");
            String first = p.name().split(" ")[0];
            assertFalse(java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + first + "(?![\\p{L}\\p{N}])")
                    .matcher(anonymous).find(), first + " appears in the anonymous report");
        }
        String named = report("nl", r, false);
        assertEquals(last(named), last(anonymous), "the checksum is of the data, not of the names shown");
    }

    /**
     * Every kind of correction after the fact, as the clerk reads it: a position corrected after the
     * reveal, a show of hands reopened and counted again, an argument edited, and an answer deleted
     * at the member's request (its text is gone; that it was deleted is not).
     */
    @Test
    void aSessionWithCorrectionsSaysWhatChangedFromWhatToWhatAndWhy() throws IOException {
        long id = service.start(GOLDEN.resolve("golden-set.yaml").toAbsolutePath().toString(), "Correcties",
                new SessionDetails("Commissie Samenleving", "Raadzaal", "Ellen Visser", "Tom Bakker", false)).id();
        List<Participant> p = List.of(service.addParticipant(id, "Anouk de Vries"),
                service.addParticipant(id, "José Öztürk"), service.addParticipant(id, "Sjoerd Bakker"));
        vote(id, 1, p, Position.step(1), Position.step(5), Position.step(4));
        service.reveal(id, 1);
        service.correctPosition(id, 1, 1, p.get(1), Position.step(2), "José had zich vergist in de richting");
        Argument edited = service.addArgument(id, 1, p.get(2), Side.B, "Aanbellen voelt als controle");
        service.editArgument(id, edited.id(), "Aanbellen voelt voor veel inwoners als controle.", "");
        service.countHands(id, 7, 1, 2);
        service.countHands(id, 7, 5, 1);
        service.reveal(id, 7);
        service.reopenRound(id, 7, "een hand te veel geteld");
        service.countHands(id, 7, 5, 0);
        service.countHands(id, 7, 0, 1);
        service.reveal(id, 7);
        Argument deleted = service.addArgument(id, 6, p.get(0), Side.NONE, "Mijn eigen betalingsproblemen, jaren geleden.");
        service.addArgument(id, 6, p.get(1), Side.NONE, "Regels die elkaar tegenspreken.");
        service.deleteArgument(id, deleted.id(), "op verzoek van Anouk");
        service.finish(id);

        String md = report("nl", service.record(id), false);
        assertGolden("correcties.md", md);
        assertFalse(md.contains("betalingsproblemen"), "a deleted answer's text is not in the report");
    }

    /** Six kinds, then an item decided unanimously by show of hands and an item nobody got to. */
    private long everyKind() {
        long id = service.start(GOLDEN.resolve("golden-set.yaml").toAbsolutePath().toString(), "Armoede en ondersteuning",
                new SessionDetails("Commissie Samenleving", "Raadzaal", "Ellen Visser", "Tom Bakker", false)).id();
        List<Participant> p = List.of(service.addParticipant(id, "Anouk de Vries"),
                service.addParticipant(id, "José Öztürk"), service.addParticipant(id, "Sjoerd Bakker"),
                service.addParticipant(id, "Fatima el Amrani"));
        Participant observer = service.setObserver(id, service.addParticipant(id, "Piet Hendriks"), true);
        service.setPresent(id, service.addParticipant(id, "Ingrid Jansen"), false);
        // 1 dilemma, one abstention
        vote(id, 1, p, Position.step(1), Position.step(4), Position.step(3), Position.ABSTAIN);
        service.reveal(id, 1);
        service.addArgument(id, 1, p.get(0), Side.A, "Wie schulden heeft, schaamt zich en vraagt niet snel.");
        service.addArgument(id, 1, p.get(1), Side.B, "Aanbellen voelt als controle.");
        service.addArgument(id, 1, observer, Side.NONE, "Vraag het de inwoners zelf.");
        service.conclude(id, 1, "Alleen aanbellen met een concreet aanbod.", "José wil eerst een proef.",
                "Wethouder vragen naar de privacytoets\nProef in één wijk");
        // 2 stelling, two rounds, positions said openly and typed by the chair
        named(id, 2, p, Position.step(5), Position.step(4), Position.step(2), Position.step(4));
        service.reveal(id, 2);
        service.addArgument(id, 2, p.get(2), Side.A, "Eén plan wordt snel één dik dossier.");
        service.addArgument(id, 2, null, Side.B, "Dan hoeft niemand zijn verhaal drie keer te doen.");
        service.startSecondRound(id, 2);
        named(id, 2, p, Position.step(5), Position.step(4), Position.ABSTAIN, Position.step(4));
        service.reveal(id, 2);
        service.conclude(id, 2, "De raad steunt één plan per huishouden.");
        // 3 keuze (at most two), 4 verdeling, 5 rangorde
        vote(id, 3, p, Position.numbers(List.of(1, 2)), Position.numbers(List.of(1)), Position.numbers(List.of(3)),
                Position.numbers(List.of(1, 3)));
        service.reveal(id, 3);
        vote(id, 4, p, Position.numbers(List.of(50, 30, 20)), Position.numbers(List.of(20, 20, 60)),
                Position.numbers(List.of(30, 30, 40)), Position.ABSTAIN);
        service.reveal(id, 4);
        vote(id, 5, p, Position.numbers(List.of(2, 1, 3, 4)), Position.numbers(List.of(1, 2, 4, 3)),
                Position.numbers(List.of(2, 1, 4, 3)), Position.numbers(List.of(1, 3, 2, 4)));
        service.reveal(id, 5);
        service.conclude(id, 5, "Jeugd en wonen gaan voor.");
        // 6 vraag
        service.addArgument(id, 6, p.get(0), Side.NONE, "Te weinig zicht op wat werkt.");
        service.addArgument(id, 6, p.get(3), Side.NONE, "Regels die elkaar tegenspreken.");
        // 7 unanimous, by show of hands; 8 left empty
        service.countHands(id, 7, 1, 3);
        service.countHands(id, 7, 2, 1);
        service.reveal(id, 7);
        service.conclude(id, 7, "Met algemene stemmen: één vast aanspreekpunt.");
        service.finish(id);
        return id;
    }

    private void vote(long id, int item, List<Participant> people, Position... positions) {
        cast(VoteMethod.IN_TURN, id, item, people, positions);
    }

    private void named(long id, int item, List<Participant> people, Position... positions) {
        cast(VoteMethod.NAMED, id, item, people, positions);
    }

    private void cast(VoteMethod method, long id, int item, List<Participant> people, Position... positions) {
        for (int i = 0; i < positions.length; i++) {
            service.vote(id, item, people.get(i), positions[i], method);
        }
    }

    private static String report(String language, SessionRecord r, boolean anonymous) {
        Messages msg = Messages.forLanguage(language);
        return new MarkdownReport(msg, ZONE, "test").render(r, ReportNames.of(r, anonymous, msg), MADE);
    }

    private static String last(String text) {
        List<String> lines = text.lines().toList();
        return lines.get(lines.size() - 1);
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

    /** A clock that moves on twenty seconds every time it is read, from a fixed start: a meeting of some length. */
    private static final class TickingClock extends Clock {
        private Instant now;

        TickingClock(Instant start) {
            this.now = start;
        }

        /** The meeting's zone, which a session stores when it starts. */
        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            now = now.plusSeconds(20);
            return now;
        }
    }
}
