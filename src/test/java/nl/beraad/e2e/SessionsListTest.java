package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import nl.beraad.app.SessionService;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.SessionId;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.support.Beraad;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'sessions' shows the newest page of an archive and says how to see the rest; --page, --all and the
 * filters by set, status and day show exactly the sessions asked for; a wrong option gets one sentence.
 */
@Timeout(120)
class SessionsListTest {
    private static final int SESSIONS = 45;
    @TempDir
    Path dir;
    private Beraad beraad;

    /** A clock the test moves: each session is begun on a day of its own. */
    private static final class Days extends Clock {
        Instant now;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /**
     * Session i (1 to 45) is begun on 1 January 2026 plus i days at 10:00 UTC; every third is of the
     * set raadsrol-2018, the others scp-dilemmas-2022; the even ones are finished.
     */
    @BeforeEach
    void archive() {
        beraad = new Beraad(dir);
        beraad.env().put("BERAAD_TZ", "Europe/Amsterdam");
        Days days = new Days();
        try (Database db = Database.open(beraad.db())) {
            SessionService sessions = new SessionService(new JdbcSessionStore(db),
                    new SetDirectory(Path.of("dilemmas").toAbsolutePath()), days);
            for (int i = 1; i <= SESSIONS; i++) {
                days.now = Instant.parse("2026-01-01T10:00:00Z").plusSeconds(86_400L * i);
                SessionId id = sessions.start(i % 3 == 0 ? "raadsrol-2018" : "scp-dilemmas-2022", "Sessie " + i).id();
                if (i % 2 == 0) {
                    sessions.finish(id);
                }
            }
        }
    }

    /** The session numbers a listing shows, in its order. */
    private static List<Integer> numbers(String out) {
        return out.lines().filter(l -> l.matches("\\s*\\d+  \\d{4}-.*")).map(l -> Integer.parseInt(l.strip().split(" ")[0]))
                .toList();
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.iterate(from, i -> i >= to, i -> i - 1).boxed().toList();
    }

    @Test
    void theNewestPageComesFirstAndSaysHowToSeeTheRest() {
        Beraad.Run first = beraad.run("sessions");
        assertEquals(0, first.code(), first.err());
        assertEquals(range(45, 26), numbers(first.out()));
        assertTrue(first.out().contains("Sessies 1 tot en met 20 van 45 (pagina 1 van 3), de nieuwste eerst.\n"), first.out());
        assertTrue(first.out().contains("Volgende pagina: beraad sessions --page 2   (alles: --all)\n"), first.out());

        Beraad.Run last = beraad.run("sessions", "--page", "3");
        assertEquals(range(5, 1), numbers(last.out()));
        assertTrue(last.out().contains("Sessies 41 tot en met 45 van 45 (pagina 3 van 3)"), last.out());
        assertFalse(last.out().contains("Volgende pagina"), last.out());

        Beraad.Run all = beraad.run("sessions", "--all");
        assertEquals(range(45, 1), numbers(all.out()));
        assertFalse(all.out().contains("pagina"), all.out());
    }

    @Test
    void filtersShowExactlyTheSessionsAskedForAndTheNextPageKeepsThem() {
        Beraad.Run finishedRaadsrol = beraad.run("sessions", "--set", "raadsrol-2018", "--status", "afgerond");
        assertEquals(List.of(42, 36, 30, 24, 18, 12, 6), numbers(finishedRaadsrol.out()), finishedRaadsrol.out());

        // Days in the zone the times are shown in: session 9 was begun on 10 January at 11:00 there.
        Beraad.Run days = beraad.run("sessions", "--since", "2026-01-10", "--until", "2026-01-12");
        assertEquals(List.of(11, 10, 9), numbers(days.out()), days.out());

        Beraad.Run open = beraad.run("sessions", "--status", "open");
        assertEquals(20, numbers(open.out()).size());
        assertTrue(numbers(open.out()).stream().allMatch(n -> n % 2 == 1), open.out());
        assertTrue(open.out().contains("van 23 (pagina 1 van 2)"), open.out());
        assertTrue(open.out().contains("Volgende pagina: beraad sessions --status open --page 2 "), open.out());
        assertEquals(List.of(5, 3, 1), numbers(beraad.run("sessions", "--status", "open", "--page", "2").out()));

        Beraad.Run none = beraad.run("sessions", "--set", "vng-2012");
        assertEquals(0, none.code());
        assertEquals("Geen sessies die hierbij passen. Alle sessies: beraad sessions\n", none.err());
        assertEquals("", none.out());
    }

    @Test
    void aBoardShowsItsOwnSessionsWhateverItsCapitalsAndTheListNamesEachSessionsBoard() {
        // Sessions 1-30 of the Adviesraad Sociaal Domein, 31 and 32 of the Jongerenraad, the rest of none.
        for (int i = 1; i <= 32; i++) {
            Beraad.Run edit = beraad.run("sessions", "edit", String.valueOf(i), "--body",
                    i <= 30 ? "Adviesraad Sociaal Domein" : "Jongerenraad");
            assertEquals(0, edit.code(), edit.err());
        }

        Beraad.Run youth = beraad.run("sessions", "--board", "jongerenraad");
        assertEquals(0, youth.code(), youth.err());
        assertEquals(List.of(32, 31), numbers(youth.out()));
        assertTrue(youth.out().contains("Sessie 32 (scp-dilemmas-2022, Jongerenraad)\n"), youth.out());
        assertTrue(youth.out().startsWith("  nr  begonnen          status            dln  titel (set, orgaan)\n"), youth.out());

        Beraad.Run board = beraad.run("sessions", "--board", " Adviesraad  sociaal DOMEIN ");
        assertEquals(IntStream.rangeClosed(11, 30).map(i -> 41 - i).boxed().toList(), numbers(board.out()));
        assertTrue(board.out().contains("Volgende pagina: beraad sessions --board 'Adviesraad  sociaal DOMEIN' --page 2 "),
                board.out());
        assertEquals(IntStream.rangeClosed(1, 10).map(i -> 11 - i).boxed().toList(),
                numbers(beraad.run("sessions", "--board", "Adviesraad Sociaal Domein", "--page", "2").out()));
        assertEquals(List.of(30, 24, 18, 12, 6), numbers(beraad.run("sessions", "--board", "adviesraad sociaal domein",
                "--set", "raadsrol-2018", "--status", "afgerond").out()));

        Beraad.Run none = beraad.run("sessions", "--board", "Rekenkamer");
        assertEquals(0, none.code());
        assertEquals("", none.out());
        assertEquals(1, none.err().lines().count(), none.err());
        // A session without a board shows its set alone, as before.
        assertTrue(beraad.run("sessions").out().contains("Sessie 45 (raadsrol-2018)\n"));
    }

    @Test
    void aWrongPageStatusOrDateGetsOneSentenceAndExitCodeTwo() {
        List<List<String>> wrong = List.of(List.of("--page", "0"), List.of("--page", "4"), List.of("--page", "2", "--all"),
                List.of("--status", "half"), List.of("--since", "2026-13-01"),
                List.of("--since", "2026-02-01", "--until", "2026-01-01"));
        for (List<String> options : wrong) {
            String[] args = new String[options.size() + 1];
            args[0] = "sessions";
            for (int i = 0; i < options.size(); i++) {
                args[i + 1] = options.get(i);
            }
            Beraad.Run run = beraad.run(args);
            assertEquals(2, run.code(), options + ": " + run.err());
            assertEquals(1, run.err().lines().count(), options + ": " + run.err());
            assertEquals("", run.out(), options.toString());
        }
        assertEquals("Pagina 4 bestaat niet; de laatste is pagina 3.\n", beraad.run("sessions", "--page", "4").err());
        assertEquals("Onbekende status 'half'; kies open of afgerond.\n", beraad.run("sessions", "--status", "half").err());
    }
}
