package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.beraad.support.Beraad;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A retention period (issue 15): `sessions purge --older-than 24m` first only lists the sessions in
 * which nothing was recorded for longer than the period, and with --yes deletes exactly those, with
 * everything in them; a period it cannot read is one sentence and exit 2.
 */
@Timeout(120)
class SessionPurgeTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private Beraad beraad;

    private void meeting(Instant at, String title) {
        beraad.at(Clock.fixed(at, ZoneOffset.UTC));
        Beraad.Run run = beraad.withInput("deelnemer Anouk, Bram\nstem Anouk 1\nargument A Bram: Dichtbij huis.\nafronden\n",
                "start", "--set", "scp-dilemmas-2022", "--plain", "--title", title);
        assertEquals(0, run.code(), run.err());
    }

    @BeforeEach
    void meetings(@TempDir Path dir) {
        beraad = new Beraad(dir);
        meeting(Instant.parse("2023-10-05T19:00:00Z"), "Drie jaar geleden");
        meeting(Instant.parse("2025-06-12T19:00:00Z"), "Anderhalf jaar geleden");
        meeting(Instant.parse("2026-11-20T19:00:00Z"), "Vorige week");
        beraad.at(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** The board a line names after the title: on a server every session names one. */
    private String board() {
        String body = beraad.env().get("BERAAD_BODY");
        return body == null ? "" : " (" + body + ")";
    }

    private List<String> sessions() throws Exception {
        try (Connection c = beraad.jdbc()) {
            return Rows.of(c, "SELECT title FROM session ORDER BY id");
        }
    }

    private List<String> rowsOfSession(int id) throws Exception {
        try (Connection c = beraad.jdbc()) {
            return Rows.of(c, "SELECT (SELECT COUNT(*) FROM participant WHERE session_id = " + id + ") + (SELECT COUNT(*) "
                    + "FROM argument WHERE session_id = " + id + ") + (SELECT COUNT(*) FROM session_log WHERE session_id = "
                    + id + ") + (SELECT COUNT(*) FROM vote WHERE session_id = " + id + ")");
        }
    }

    @Test
    void aDryRunListsTheOldSessionsAndDeletesNothing() throws Exception {
        Beraad.Run run = beraad.run("sessions", "purge", "--older-than", "24m");

        assertEquals(0, run.code(), run.err());
        assertEquals("Deze sessies zijn sinds vóór 2024-12-01 niet meer gebruikt (nummer, laatste activiteit, titel, orgaan):\n"
                + "   1  2023-10-05  Drie jaar geleden" + board() + "\n"
                + "Er is nog niets verwijderd (1 sessie(s)). Echt verwijderen, met alles erin: beraad sessions purge "
                + "--older-than 24m --yes\n", run.out());
        assertEquals(List.of("Drie jaar geleden", "Anderhalf jaar geleden", "Vorige week"), sessions());

        Beraad.Run shorter = beraad.run("sessions", "purge", "--older-than", "90d");
        assertTrue(shorter.out().contains("   2  2025-06-12  Anderhalf jaar geleden" + board() + "\n"), shorter.out());
        assertTrue(shorter.out().contains("(2 sessie(s))"), shorter.out());
    }

    @Test
    void withYesExactlyTheOldSessionsGoWithEverythingInThem() throws Exception {
        assertTrue(Integer.parseInt(rowsOfSession(1).get(0)) > 0);

        Beraad.Run run = beraad.run("sessions", "purge", "--older-than", "1y", "--yes");

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().endsWith("2 sessie(s) verwijderd, met alles wat erin was vastgelegd.\n"), run.out());
        assertEquals(List.of("Vorige week"), sessions());
        assertEquals(List.of("0"), rowsOfSession(1));
        assertEquals(List.of("0"), rowsOfSession(2));

        Beraad.Run again = beraad.run("sessions", "purge", "--older-than", "1y", "--yes");
        assertEquals(0, again.code());
        assertEquals("Geen sessie is sinds vóór 2025-12-01 stil blijven staan; er is niets te verwijderen.\n", again.out());
    }

    @Test
    void aPeriodItCannotReadIsOneSentenceAndExitTwo() throws Exception {
        for (String bad : List.of("24", "2 weken", "0m", "-3d", "m24")) {
            Beraad.Run run = beraad.run("sessions", "purge", "--older-than", bad, "--yes");
            assertEquals(2, run.code(), bad);
            assertEquals("Een bewaartermijn is een getal met d (dagen), m (maanden) of y (jaren), zoals 90d, 24m of 2y, niet '"
                    + bad + "'.", run.err().strip(), bad);
        }
        assertEquals(3, sessions().size());
    }
}
