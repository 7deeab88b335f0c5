package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.beraad.support.Beraad;
import nl.beraad.support.BeraadProcess;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report says only what follows from the stored data, for a meeting held in line mode through
 * a pipe: per item how positions were taken, items never reached listed as not discussed, a shift
 * that accounts for moves to and from abstaining, and the meeting's own times as a clerk writes them.
 */
@Timeout(120)
class ReportTruthTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void theMethodIsGivenPerItemAndItemsNotReachedAreOneLineEach(@TempDir Path dir) {
        Beraad beraad = new Beraad(dir);
        Beraad.Run run = beraad.withInput(String.join("\n",
                "deelnemer Anouk, Bram, Chris",
                // item 1: in turn, secret
                "stemmen", "1", "2", "4", "onthul",
                // item 2: said openly, typed by the chair; a second round with a move to and one from abstaining
                "volgende", "stem Anouk 2", "stem Bram 4", "stem Chris o", "onthul", "ronde2",
                "stem Anouk o", "stem Bram 2", "stem Chris 3", "onthul", "afronden", ""),
                "start", "--set", "scp-dilemmas-2022", "--plain");
        assertEquals(0, run.code(), run.err());

        Beraad.Run report = beraad.run("report", "1");

        assertEquals(0, report.code(), report.err());
        String md = report.out();
        assertTrue(md.contains("De bijeenkomst besprak 2 van de 4 items uit de set"), md);
        assertTrue(md.contains("Bij item 1 kozen de deelnemers om de beurt en geheim op het gedeelde scherm; "
                + "de posities bleven verborgen tot ze tegelijk werden onthuld."), md);
        assertTrue(md.contains("Bij item 2 noemden de deelnemers hun positie hardop en legde de voorzitter die vast."), md);
        assertFalse(md.contains("allemaal tegelijk"), "no blanket claim of secrecy: " + md);
        assertTrue(md.contains("*Verschuiving:* In ronde 2 kozen 3 van 3 deelnemers anders: 1 meer naar A, "
                + "1 van een positie naar onthouding, 1 van onthouding naar een positie."), md);
        assertTrue(md.contains("## Niet besproken\n\n- 3. "), md);
        assertEquals(1, md.split("\n- 4\\. ", -1).length - 1, "item 4 is one line: " + md);
        assertFalse(md.contains("## 3. "), "an item not reached is not rendered in full: " + md);
        assertEquals(2, md.split("Er is geen conclusie vastgelegd", -1).length - 1,
                "only the two discussed items say they have no conclusion: " + md);
    }

    @Test
    void theHeadingGivesTheMeetingsOwnTimesAndPausesAsAClerkWritesThem(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        // 14.00 in Amsterdam is 13.00 UTC; the server runs in UTC, the meeting is held in Amsterdam.
        beraad.at(at("2026-11-30T13:00:00Z"));
        Beraad.Run start = beraad.withInput("deelnemer Anouk, Bram\nstem Anouk 1\nstop\n",
                "--tz", "Europe/Amsterdam", "start", "--set", "scp-dilemmas-2022", "--plain", "--secretary", "Tom Bakker");
        assertEquals(0, start.code(), start.err());
        beraad.at(at("2026-11-30T13:40:00Z"));
        assertEquals(0, beraad.withInput("stem Bram 2\nonthul\nstop\n", "resume", "1", "--plain").code());
        beraad.at(at("2026-11-30T15:15:00Z"));
        assertEquals(0, beraad.withInput("afronden\n", "resume", "1", "--plain").code());
        // The clerk corrects the place the next morning, from a terminal set to UTC.
        beraad.at(at("2026-12-01T08:00:00Z"));
        Beraad.Run edit = beraad.run("--tz", "UTC", "sessions", "edit", "1", "--place", "Raadzaal");
        assertEquals(0, edit.code(), edit.err());

        Beraad.Run report = beraad.run("--tz", "UTC", "report", "1");

        assertEquals(0, report.code(), report.err());
        assertTrue(report.out().contains("| Datum en tijd | maandag 30 november 2026, van 14.00 tot 16.15 uur |\n"),
                report.out());
        assertTrue(report.out().contains("| Onderbroken | van 14.00 tot 14.40 uur; van 14.40 tot 16.15 uur |\n"),
                report.out());
        assertTrue(report.out().contains("| Plaats | Raadzaal |\n"), report.out());
        assertTrue(report.out().contains("| Secretaris | Tom Bakker |\n"), "labelled as the --secretary it is: " + report.out());
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("Europe/Amsterdam"), Rows.of(c, "SELECT zone FROM session"));
        }
        Beraad.Run english = beraad.run("--lang", "en", "report", "1");
        assertTrue(english.out().contains("| Date and time | Monday 30 November 2026, from 14:00 to 16:15 |\n"),
                english.out());
        assertTrue(english.out().contains("| Secretary | Tom Bakker |\n"), english.out());
    }

    @Test
    void aMeetingPastMidnightGivesBothDates(@TempDir Path dir) {
        Beraad beraad = new Beraad(dir);
        beraad.env().put("BERAAD_TZ", "Europe/Amsterdam");
        beraad.at(at("2026-11-30T22:30:00Z"));
        assertEquals(0, beraad.withInput("deelnemer Anouk\nstop\n", "start", "--set", "scp-dilemmas-2022", "--plain")
                .code());
        beraad.at(at("2026-11-30T23:45:00Z"));
        assertEquals(0, beraad.withInput("afronden\n", "resume", "1", "--plain").code());

        Beraad.Run report = beraad.run("report", "1");

        assertTrue(report.out().contains("| Datum en tijd | van maandag 30 november 2026 23.30 uur "
                + "tot dinsdag 1 december 2026 0.45 uur |\n"), report.out());
    }

    @Test
    void anUnknownTimeZoneIsOneSentenceAndExitCodeTwo(@TempDir Path dir) {
        Beraad.Run run = new Beraad(dir).run("--tz", "Mars/Olympus", "sessions");

        assertEquals(2, run.code());
        assertEquals("Tijdzone 'Mars/Olympus' bestaat niet; geef een naam als Europe/Amsterdam of UTC.\n", run.err());
    }

    @Test
    void aTerminalThatVanishedCountsAsGoneAtItsLastRecordedAction(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        beraad.env().put("BERAAD_TZ", "Europe/Amsterdam");
        try (BeraadProcess p = BeraadProcess.start(beraad, "start", "--set", "scp-dilemmas-2022", "--plain")) {
            p.await("Typ 'help'", WAIT);
            p.type("deelnemer Anouk, Bram");
            p.await("Deelnemer 2 toegevoegd: Bram", WAIT);
            p.type("stem Anouk 1");
            p.await("Positie van Anouk vastgelegd", WAIT);
            p.kill();
        }
        Instant lastVote;
        try (Connection c = beraad.jdbc(); var rs = c.createStatement().executeQuery("SELECT cast_at FROM vote")) {
            rs.next();
            lastVote = rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
        }
        // Taken up again two hours later: the killed terminal let go of nothing, so it counts as gone
        // when it last recorded something (Anouk's position).
        Instant back = lastVote.plus(Duration.ofHours(2));
        beraad.at(Clock.fixed(back, ZoneOffset.UTC));
        assertEquals(0, beraad.withInput("stem Bram 2\nstop\n", "resume", "1", "--plain").code());

        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("START", "TAKEN", "LEFT", "TAKEN", "LEFT"),
                    Rows.of(c, "SELECT kind FROM session_event ORDER BY id"));
        }
        DateTimeFormatter hours = DateTimeFormatter.ofPattern("H.mm").withZone(ZoneId.of("Europe/Amsterdam"));
        String report = beraad.run("report", "1").out();
        String interrupted = report.lines().filter(l -> l.startsWith("| Onderbroken | ")).findFirst().orElse("");
        assertTrue(interrupted.contains(hours.format(lastVote) + " ") && interrupted.contains(" " + hours.format(back) + " uur"),
                "from the last recorded action to the moment it was taken up again: " + report);
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
