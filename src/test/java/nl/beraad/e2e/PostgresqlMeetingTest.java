package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.beraad.support.Beraad;
import nl.beraad.support.Exports;
import nl.beraad.support.Postgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Beraad with --db on a PostgreSQL server (issue 14): a meeting over every item kind in line mode
 * gives the same report and JSON export as on the laptop's H2 file; a password in the address is
 * refused without being repeated, a wrong one is said in one sentence, and the commands that only
 * make sense for a file say so.
 */
@Timeout(120)
class PostgresqlMeetingTest {
    private static final String WHY = "Beraad cannot be tried on PostgreSQL";
    private static final Path SET = Path.of("src/test/resources/nl/beraad/e2e/alle-soorten.yaml").toAbsolutePath();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T19:30:00Z"), ZoneOffset.UTC);

    @Test
    void aMeetingOnPostgresqlGivesTheReportItGivesOnH2(@TempDir Path dir) throws Exception {
        Beraad laptop = new Beraad(dir).at(CLOCK);
        laptop.env().put("BERAAD_BODY", Beraad.BOARD); // a board, as every session on the server names one
        List<String> onH2 = meetingAndReports(laptop);
        try (Postgres pg = Postgres.fresh(WHY)) {
            Beraad server = onServer(dir, pg, pg.url().replace("jdbc:postgresql://", "postgresql://"));
            List<String> onPostgresql = meetingAndReports(server);
            // All but the log's footer and stamp, which hold each session's uid and each installation's key.
            assertEquals(Exports.withoutLog(onH2.get(0)), Exports.withoutLog(onPostgresql.get(0)), "the Markdown report");
            assertEquals(Exports.withoutUid(Exports.withoutLog(onH2.get(1))),
                    Exports.withoutUid(Exports.withoutLog(onPostgresql.get(1))), "the JSON export");

            Beraad.Run sessions = server.run("sessions");
            assertEquals(0, sessions.code(), sessions.err());
            assertTrue(sessions.out().contains("   1  2026-11-30 19:30  afgerond"), sessions.out());

            Beraad.Run compact = server.run("db", "compact");
            assertEquals(2, compact.code());
            assertTrue(compact.err().startsWith("Dit gaat over een databasebestand, en postgresql://"), compact.err());
        }
    }

    @Test
    void aPasswordInTheAddressIsRefusedAndAWrongOneIsSaidWithoutShowingIt(@TempDir Path dir) throws Exception {
        try (Postgres pg = Postgres.fresh(WHY)) {
            String address = pg.url().replace("jdbc:postgresql://", "postgresql://beraad:verklapt@");
            Beraad inAddress = onServer(dir, pg, address);
            Beraad.Run refused = inAddress.run("sessions");
            assertEquals(2, refused.code());
            assertEquals(List.of("Zet geen wachtwoord in --db of BERAAD_DB: zo komt het in de geschiedenis van de shell "
                    + "en in de lijst van processen. Gebruik PGPASSWORD of ~/.pgpass."), refused.err().lines().toList());

            Beraad wrong = onServer(dir, pg, pg.url());
            wrong.env().put("PGPASSWORD", "fout-wachtwoord");
            Beraad.Run login = wrong.run("sessions");
            assertEquals(1, login.code(), login.err());
            assertEquals(1, login.err().lines().count(), login.err());
            assertTrue(login.err().startsWith("Aanmelden bij postgresql://beraad@127.0.0.1:"), login.err());
            assertFalse((login.out() + login.err()).contains("fout-wachtwoord"), login.err());
        }
    }

    /**
     * On the organisation's server every session names its board: without --body or BERAAD_BODY a
     * start is refused in one sentence and stores nothing, and a board once named cannot be emptied;
     * the board given is how the session is found again.
     */
    @Test
    void onTheServerASessionMustNameItsBoard(@TempDir Path dir) throws Exception {
        try (Postgres pg = Postgres.fresh(WHY)) {
            Beraad server = onServer(dir, pg, pg.url());
            server.env().remove("BERAAD_BODY");
            Beraad.Run refused = server.withInput("stop\n", "start", "--set", "scp-dilemmas-2022", "--plain");
            assertEquals(2, refused.code(), refused.err());
            assertEquals(List.of("Op de database van de organisatie hoort elke sessie bij een orgaan. Geef het op met "
                    + "--body ORGAAN (of eens en voor altijd met BERAAD_BODY=ORGAAN); er is niets opgeslagen."),
                    refused.err().lines().toList());
            try (java.sql.Connection c = server.jdbc()) {
                assertEquals(List.of("0"), nl.beraad.support.Rows.of(c, "SELECT COUNT(*) FROM session"));
            }

            Beraad.Run started = server.withInput("stop\n", "start", "--set", "scp-dilemmas-2022", "--plain", "--body",
                    "Jongerenraad Zwolle");
            assertEquals(0, started.code(), started.err());
            Beraad.Run found = server.run("sessions", "--board", "jongerenraad zwolle");
            assertTrue(found.out().contains("(scp-dilemmas-2022, Jongerenraad Zwolle)"), found.out());
            Beraad.Run emptied = server.run("sessions", "edit", "1", "--body", "");
            assertEquals(2, emptied.code(), emptied.err());
            assertTrue(emptied.err().startsWith("Op de database van de organisatie hoort elke sessie bij een orgaan."),
                    emptied.err());

            Beraad laptop = new Beraad(dir.resolve("laptop")).at(CLOCK);
            Beraad.Run optional = laptop.withInput("stop\n", "start", "--set", "scp-dilemmas-2022", "--plain");
            assertEquals(0, optional.code(), "on a laptop's file the board is optional: " + optional.err());
        }
    }

    /** Beraad with BERAAD_DB set to {@code address} and the test server's login in PGUSER and PGPASSWORD. */
    static Beraad onServer(Path dir, Postgres pg, String address) {
        Beraad beraad = new Beraad(dir.resolve("server")).at(CLOCK);
        beraad.env().put("BERAAD_DB", address);
        beraad.env().putAll(pg.login());
        beraad.env().put("BERAAD_BODY", Beraad.BOARD);
        return beraad;
    }

    private static List<String> meetingAndReports(Beraad beraad) {
        Beraad.Run meeting = beraad.withInput(String.join("\n", AllKindsSessionTest.MEETING) + "\n", "start", "--set",
                SET.toString(), "--plain");
        assertEquals(0, meeting.code(), meeting.err());
        assertTrue(meeting.out().contains("Sessie 1 is afgerond"), meeting.out());
        Beraad.Run md = beraad.run("report", "1");
        Beraad.Run json = beraad.run("report", "1", "--format", "json");
        assertEquals(0, md.code(), md.err());
        assertEquals(0, json.code(), json.err());
        return List.of(md.out(), json.out());
    }
}
