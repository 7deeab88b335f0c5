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
            meeting.serve();
            meeting.joinAll();
            for (int item = 1; item <= ITEMS; item++) {
                meeting.open(item);
                List<PhoneMeeting.Answer> answers = meeting.answerAll(item);
                PhoneMeeting.Stored stored = meeting.stored(item);

                List<PhoneMeeting.Answer> failed = answers.stream().filter(a -> !a.acknowledged() || !a.saved()).toList();
                assertTrue(failed.isEmpty(), "item " + item + ": " + failed);
                assertEquals(List.of(), stored.lost(answers), "lost on item " + item);
                assertEquals(0, stored.doubled(), "doubled on item " + item);
                assertEquals(MEMBERS, stored.rows(), "rows on item " + item);
                if (item < ITEMS) {
                    meeting.revealAndNext(item);
                }
            }
            assertEquals(MEMBERS, meeting.deviceTokens().size());
        }
    }
}
