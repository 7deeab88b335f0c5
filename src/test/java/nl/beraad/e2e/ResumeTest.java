package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.beraad.support.Beraad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A meeting whose input stops halfway continues with resume and ends exactly as an uninterrupted one. */
@Timeout(60)
class ResumeTest {

    @Test
    void inputCutOffMidSessionLosesNothingAndResumeFinishesIt(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        List<String> meeting = PlainSessionTest.MEETING;
        // Cut in the middle of item 2's voting: one vote in, the rest still to come.
        int cut = meeting.indexOf("stem José A");
        Beraad.Run first = beraad.withInput(PlainSessionTest.lines(meeting.subList(0, cut)),
                "start", "--set", "scp-dilemmas-2022", "--plain", "--title", "Adviesraad november");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("Gepauzeerd. Alles is bewaard. Verder gaan: scripts/beraad resume 1"),
                first.out());

        Beraad.Run list = beraad.run("sessions");
        assertTrue(list.out().contains("bij item 2/4"), list.out());

        Beraad.Run second = beraad.withInput(PlainSessionTest.lines(meeting.subList(cut, meeting.size())),
                "resume", "--plain");
        assertEquals(0, second.code(), second.err());
        // Resume puts the facilitator back on the item where the meeting stopped.
        assertTrue(second.out().contains("Item 2 van 4: Prioriteren"), second.out());

        PlainSessionTest.assertStoredMeeting(beraad);
        PlainSessionTest.assertReport(beraad);
    }

    @Test
    void aFinishedSessionIsOnlyResumedWhenReopenedOnPurpose(@TempDir Path dir) {
        Beraad beraad = new Beraad(dir);
        beraad.withInput("deelnemer Anouk\nafronden\n", "start", "--set", "scp-dilemmas-2022", "--plain");

        // In line mode it opens to be looked at only (LineCorrectionsTest): a change is refused.
        Beraad.Run looked = beraad.withInput("stem Anouk 3\n", "resume", "1", "--plain");
        assertEquals(0, looked.code(), looked.err());
        assertTrue(looked.out().contains("Sessie 1 is afgerond en wordt alleen getoond; hier verandert niets."), looked.out());

        Beraad.Run latest = beraad.run("resume", "--plain");
        assertEquals(2, latest.code());
        assertTrue(latest.err().startsWith("Er is geen onderbroken sessie"), latest.err());

        Beraad.Run reopened = beraad.withInput("stop\n", "resume", "1", "--reopen", "--plain");
        assertEquals(0, reopened.code(), reopened.err());
    }

    @Test
    void anUnknownSessionIsOneSentenceAndExitTwo(@TempDir Path dir) {
        Beraad beraad = new Beraad(dir);
        Beraad.Run run = beraad.run("resume", "42", "--plain");
        assertEquals(2, run.code());
        assertEquals("Sessie 42 bestaat niet. Bekijk de sessies met: beraad sessions\n", run.err());
        Beraad.Run report = beraad.run("report", "42");
        assertEquals(2, report.code());
        assertEquals("Sessie 42 bestaat niet. Bekijk de sessies met: beraad sessions\n", report.err());
    }
}
