package nl.beraad.report;

import nl.beraad.domain.NameKeeping;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.beraad.app.DemoSession;
import nl.beraad.app.SessionService;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.ItemNo;
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

/**
 * Real sessions for the export tests, stored in an H2 file through the use cases: the demo, and a
 * meeting over an item of every kind with hand counts, hostile text and awkward names.
 */
final class ExportSessions implements AutoCloseable {
    static final Path ALL_KINDS_SET = Path.of("src/test/resources/nl/beraad/e2e/alle-soorten.yaml").toAbsolutePath();
    static final String FORMULA = "=cmd|' /C calc'!A0";
    static final String QUOTED = "Hij zei: \"nee, nooit\", en ging weg; 50% = \"te veel\"";
    static final List<String> DEMO_NAMES = List.of("Anouk de Vries", "José Öztürk", "Sjoerd Bakker",
            "Fatima el Amrani", "Ingrid Jansen-Smit", "Noël van den Berg", "Priya Ramdin");
    static final List<String> ALL_KINDS_NAMES = List.of("Anouk de Vries", "Jan \"de Hamer\", jr.", "@SUM(1+1)",
            "Fatima el Amrani", "Kees Luisteraar");
    static final String FACILITATOR = "Marleen Hofstede";
    static final String SECRETARY = "Youssef Bennani";

    final SessionService service;
    private final Database database;

    ExportSessions() {
        database = MemoryDatabase.fresh();
        service = new SessionService(new JdbcSessionStore(database),
                new SetDirectory(Path.of("dilemmas").toAbsolutePath()), Clock.systemUTC());
    }

    SessionId demo() {
        return DemoSession.play(service, "Demo").id();
    }

    SessionRecord record(SessionId id) {
        return service.record(id);
    }

    /** 18 positions, 3 hand counts, 6 arguments (two anonymous), 2 conclusions, one observer; names typed in texts. */
    SessionId allKinds() {
        SessionId id = service.start(ALL_KINDS_SET.toString(), "Alle soorten, \"met\" komma's",
                new SessionDetails("Adviesraad Sociaal Domein", "Raadzaal", FACILITATOR, SECRETARY, NameKeeping.NAMED)).id();
        List<Participant> p = ALL_KINDS_NAMES.stream().map(n -> service.addParticipant(id, n)).toList();
        service.setObserver(id, p.get(4), true);
        Participant anouk = p.get(0);
        Participant jan = p.get(1);
        Participant fatima = p.get(3);

        votes(id, ItemNo.of(1), p, Position.step(1), Position.step(4), Position.step(3), Position.ABSTAIN);
        service.addArgument(id, ItemNo.of(1), anouk, Side.A, FORMULA);
        service.addArgument(id, ItemNo.of(1), null, Side.B, QUOTED);
        service.conclude(id, ItemNo.of(1), "Eerste regel, met komma\r\n\"Tweede\" regel\nDerde regel",
                "-minderheid: liever niet", "Actie één\n+Actie twee\n@actie drie");

        service.countHands(id, ItemNo.of(2), 5, 2);
        service.countHands(id, ItemNo.of(2), 4, 1);
        service.countHands(id, ItemNo.of(2), 0, 1);
        service.reveal(id, ItemNo.of(2));
        service.addArgument(id, ItemNo.of(2), null, Side.B, "Dan hoeft niemand zijn verhaal drie keer te doen, zegt Anouk.");
        service.startSecondRound(id, ItemNo.of(2));
        votes(id, ItemNo.of(2), p, Position.step(5), Position.step(4), Position.step(3), Position.ABSTAIN);

        votes(id, ItemNo.of(3), p, Position.numbers(List.of(3, 1)), Position.numbers(List.of(3)),
                Position.numbers(List.of(2, 3)), Position.ABSTAIN);
        votes(id, ItemNo.of(4), p, Position.numbers(List.of(50, 30, 20)), Position.numbers(List.of(0, 0, 100)),
                Position.numbers(List.of(40, 40, 20)), Position.numbers(List.of(34, 33, 33)));
        service.vote(id, ItemNo.of(5), anouk, Position.numbers(List.of(2, 1, 3, 4)), VoteMethod.IN_TURN);
        service.vote(id, ItemNo.of(5), jan, Position.numbers(List.of(1, 2, 3, 4)), VoteMethod.IN_TURN);
        service.reveal(id, ItemNo.of(5));

        service.addArgument(id, ItemNo.of(6), anouk, Side.NONE, "Dat de regels van het Rijk komen.");
        service.addArgument(id, ItemNo.of(6), jan, Side.NONE, "'t Is te veel papier");
        service.addArgument(id, ItemNo.of(6), fatima, Side.NONE, "+31 6 12345678 belt niemand terug");
        service.conclude(id, ItemNo.of(6), "Volgende keer een inwoner uitnodigen, zoals Fatima el Amrani voorstelde.");
        service.moveTo(id, ItemNo.of(6));
        return id;
    }

    private void votes(SessionId id, ItemNo item, List<Participant> p, Position... positions) {
        for (int i = 0; i < positions.length; i++) {
            service.vote(id, item, p.get(i), positions[i], VoteMethod.IN_TURN);
        }
        service.reveal(id, item);
    }

    /** Asks to make the session itself anonymous, as 'sessions edit N --anonymous' does, with a member as its chair. */
    void makeAnonymous(SessionId id, String facilitator) {
        service.describe(id, service.session(id).details().with(null, null, facilitator, null, NameKeeping.ANONYMOUS));
    }

    /** An anonymous session from its start (issue 15): three members known by number, a position and an argument. */
    SessionId anonymous() {
        SessionId id = service.start("scp-dilemmas-2022", "Anoniem",
                new SessionDetails("Adviesraad", "", FACILITATOR, "", NameKeeping.ANONYMOUS)).id();
        List<Participant> p = service.addNumbered(id, "Deelnemer", 3);
        votes(id, ItemNo.of(1), p, Position.step(1), Position.step(2), Position.step(5));
        service.addArgument(id, ItemNo.of(1), p.get(1), Side.A, "Dichtbij huis is beter.");
        return id;
    }

    @Override
    public void close() {
        database.close();
    }
}
