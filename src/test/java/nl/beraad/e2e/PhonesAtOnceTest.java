package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.beraad.support.PhoneMeeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short form of scripts/bench's phones part: a council of 45 answers on 45 phones at the same
 * instant, for two items, against {@code beraad serve} in its own process. Every answer is
 * acknowledged and shows "vastgelegd", and the database holds exactly one position per member per
 * item: none lost, none doubled. (The timing is the benchmark's; here only what was stored counts.)
 */
@Timeout(180)
class PhonesAtOnceTest {
    private static final int MEMBERS = 45;
    private static final int ITEMS = 2;

    @Test
    void fortyFivePhonesAnsweringAtOnceLoseAndDoubleNothing(@TempDir Path dir) throws Exception {
        try (PhoneMeeting meeting = PhoneMeeting.prepare(dir, MEMBERS, ITEMS)) {
            everyAnswerIsStoredOnce(meeting, MEMBERS, ITEMS);
        }
    }

    /** Serves the meeting, joins every phone, and has all answer at once on each item: each answer acknowledged and stored once. */
    static void everyAnswerIsStoredOnce(PhoneMeeting meeting, int members, int items) throws Exception {
        meeting.serve();
        meeting.joinAll();
        for (int item = 1; item <= items; item++) {
            meeting.open(item);
            List<PhoneMeeting.Answer> answers = meeting.answerAll(item);
            PhoneMeeting.Stored stored = meeting.stored(item);

            List<PhoneMeeting.Answer> failed = answers.stream().filter(a -> !a.acknowledged() || !a.saved()).toList();
            assertTrue(failed.isEmpty(), "item " + item + ": " + failed);
            assertEquals(List.of(), stored.lost(answers), "lost on item " + item);
            assertEquals(0, stored.doubled(), "doubled on item " + item);
            assertEquals(members, stored.rows(), "rows on item " + item);
            if (item < items) {
                meeting.revealAndNext(item);
            }
        }
        assertEquals(members, meeting.deviceTokens().size());
    }
}
