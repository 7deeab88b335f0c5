package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.beraad.support.Beraad;
import nl.beraad.support.BeraadProcess;
import nl.beraad.support.Postgres;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Beraad processes on one PostgreSQL database (issue 14): ten facilitators running a session each
 * at the same time, every row where it belongs; and a meeting killed with SIGKILL loses nothing it
 * confirmed and resumes.
 */
@Timeout(240)
class PostgresqlFacilitatorsTest {
    private static final String WHY = "Beraad cannot be tried on PostgreSQL";
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final int FACILITATORS = 10;

    @Test
    void tenFacilitatorsAtOnceEachKeepTheirOwnSession(@TempDir Path dir) throws Exception {
        try (Postgres pg = Postgres.fresh(WHY)) {
            Beraad beraad = PostgresqlMeetingTest.onServer(dir, pg, pg.url()).at(Clock.systemUTC());
            List<BeraadProcess> running = new ArrayList<>();
            try {
                for (int i = 1; i <= FACILITATORS; i++) {
                    running.add(BeraadProcess.start(beraad, "start", "--set", "scp-dilemmas-2022", "--title", "Orgaan " + i,
                            "--plain"));
                }
                for (int i = 1; i <= FACILITATORS; i++) {
                    BeraadProcess p = running.get(i - 1);
                    p.await("Typ 'help'", WAIT);
                    p.type("deelnemer Lid " + i + "a, Lid " + i + "b");
                }
                for (int i = 1; i <= FACILITATORS; i++) {
                    BeraadProcess p = running.get(i - 1);
                    p.await("Deelnemer 2 toegevoegd", WAIT);
                    p.type("stem Lid " + i + "a 1");
                    p.type("argument A Lid " + i + "a: Gezegd in orgaan " + i + ".");
                }
                for (BeraadProcess p : running) {
                    p.await("Argument van", WAIT);
                    p.type("stop");
                    p.await("Gepauzeerd", WAIT);
                }
            } finally {
                for (BeraadProcess p : running) {
                    p.close();
                }
            }
            try (Connection c = beraad.jdbc()) {
                List<String> expected = IntStream.rangeClosed(1, FACILITATORS).boxed()
                        .flatMap(i -> List.of("Orgaan " + i + "|Lid " + i + "a|1|Gezegd in orgaan " + i + ".",
                                "Orgaan " + i + "|Lid " + i + "b|null|null").stream()).sorted().toList();
                assertEquals(expected, Rows.of(c, "SELECT s.title || '|' || p.name || '|' || COALESCE(CAST(v.position AS VARCHAR(9)), "
                        + "'null') || '|' || COALESCE(a.text, 'null') FROM participant p JOIN session s ON s.id = p.session_id "
                        + "LEFT JOIN vote v ON v.participant_id = p.id LEFT JOIN argument a ON a.participant_id = p.id")
                        .stream().sorted().toList());
            }
            Beraad.Run list = beraad.run("sessions", "--all");
            assertEquals(FACILITATORS, list.out().lines().filter(l -> l.contains("Orgaan ")).count(), list.out());
        }
    }

    @Test
    void killedWithSigkillOnPostgresqlEverythingConfirmedIsThereAndTheMeetingResumes(@TempDir Path dir) throws Exception {
        try (Postgres pg = Postgres.fresh(WHY)) {
            Beraad beraad = PostgresqlMeetingTest.onServer(dir, pg, pg.url()).at(Clock.systemUTC());
            try (BeraadProcess p = BeraadProcess.start(beraad, "start", "--set", "scp-dilemmas-2022", "--plain")) {
                CrashAndLockTest.startMeeting(p);
                p.kill();
            }
            CrashAndLockTest.assertNothingLost(beraad);
            Beraad.Run resumed = beraad.withInput("stem Sjoerd 5\nstop\n", "resume", "--plain");
            assertEquals(0, resumed.code(), resumed.err());
            try (Connection c = beraad.jdbc()) {
                assertEquals(List.of("3"), Rows.of(c, "SELECT COUNT(*) FROM vote"));
            }
        }
    }
}
