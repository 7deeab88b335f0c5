package nl.beraad.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.beraad.support.Phone;
import nl.beraad.support.PhoneMeeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL while 45 phones answer: every phone keeps changing its answer as fast as the page takes
 * it, and the serving process is killed in the middle of that. After a restart every answer a
 * phone saw acknowledged is in the database (or the one it had in flight at the kill, which may or
 * may not have been committed, but never an older one); the phones come back with the cookie they
 * had, on the new address, without joining again (the join code is a new one), and answer again.
 */
@Timeout(180)
class PhonesKillTest {
    private static final int MEMBERS = 45;
    /** Acknowledged answers before the kill: every phone a few times over, so the kill lands mid-stream. */
    private static final int ACKS_BEFORE_KILL = 150;

    /** What one phone knows about its own answers: the last one acknowledged, and the one it was sending. */
    private static final class Sent {
        volatile String acknowledged;
        volatile String inFlight;
    }

    @Test
    void killedMidRoundEveryAcknowledgedAnswerIsStoredAndPhonesComeBackWithTheirCookie(@TempDir Path dir)
            throws Exception {
        try (PhoneMeeting meeting = PhoneMeeting.prepare(dir, MEMBERS, 2)) {
            meeting.serve();
            String firstCode = meeting.code();
            meeting.joinAll();
            meeting.open(1);
            List<Phone> phones = meeting.phones();
            List<Phone.Form> forms = new ArrayList<>();
            for (Phone phone : phones) {
                forms.add(phone.form());
            }

            AtomicInteger acks = new AtomicInteger();
            List<Sent> sent = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(MEMBERS);
            List<Future<?>> loops = new ArrayList<>();
            for (int i = 0; i < MEMBERS; i++) {
                Sent mine = new Sent();
                sent.add(mine);
                Phone phone = phones.get(i);
                Phone.Form form = forms.get(i);
                int member = i;
                loops.add(pool.submit(() -> {
                    // Changes its answer until the server is gone; each answer waits for the last one's reply.
                    for (int n = member; ; n++) {
                        mine.inFlight = form.values().get(n % form.values().size());
                        try {
                            Phone.Reply r = phone.answer(form, n);
                            if (r.statusCode() == 303) {
                                mine.acknowledged = mine.inFlight;
                                acks.incrementAndGet();
                            }
                        } catch (IOException e) {
                            return null; // the server died under this request
                        }
                    }
                }));
            }
            while (acks.get() < ACKS_BEFORE_KILL && loops.stream().anyMatch(loop -> !loop.isDone())) {
                Thread.sleep(1);
            }
            assertTrue(acks.get() >= ACKS_BEFORE_KILL, "the phones stopped before the kill:\n" + meeting.process().output());
            meeting.kill();
            for (Future<?> loop : loops) {
                loop.get();
            }
            pool.shutdown();

            // Every acknowledged answer is stored: the last one, or the one in flight if that got committed.
            Map<String, Integer> stored = meeting.stored(1).positions();
            List<String> lost = new ArrayList<>();
            int acknowledgedPhones = 0;
            for (int i = 0; i < MEMBERS; i++) {
                Sent s = sent.get(i);
                if (s.acknowledged == null) {
                    continue;
                }
                acknowledgedPhones++;
                Integer row = stored.get(PhoneMeeting.name(i + 1));
                if (row == null || !(row == Integer.parseInt(s.acknowledged) || row == Integer.parseInt(s.inFlight))) {
                    lost.add(PhoneMeeting.name(i + 1) + ": acknowledged " + s.acknowledged + ", in flight " + s.inFlight
                            + ", stored " + row);
                }
            }
            assertTrue(acknowledgedPhones >= MEMBERS / 2, "only " + acknowledgedPhones + " phones got an answer in");
            assertEquals(List.of(), lost);
            // Each answer and its log entry were one transaction: the kill left both or neither (issue 15).
            nl.beraad.support.Beraad.Run verified = meeting.beraad().run("verify", "1");
            assertEquals(0, verified.code(), verified.err());

            // Restarted: a new address and join code, the same devices; every phone's cookie still works.
            String firstAddress = meeting.address();
            meeting.serve();
            assertNotNull(meeting.code());
            assertTrue(!meeting.address().equals(firstAddress) || !meeting.code().equals(firstCode),
                    "a restarted page is a new start: " + meeting.address() + " " + meeting.code());
            Set<String> tokens = new HashSet<>();
            for (Phone phone : phones) {
                tokens.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(phone.token().getBytes(StandardCharsets.UTF_8))));
            }
            // The phones never joined again: the devices in the database are the cookies they kept.
            assertEquals(tokens, meeting.deviceTokens());
            List<PhoneMeeting.Answer> again = meeting.answerAll(7);
            List<PhoneMeeting.Answer> failed = again.stream().filter(a -> !a.acknowledged() || !a.saved()).toList();
            assertEquals(List.of(), failed);
            PhoneMeeting.Stored after = meeting.stored(1);
            assertEquals(List.of(), after.lost(again));
            assertEquals(MEMBERS, after.rows());
            assertEquals(tokens, meeting.deviceTokens());
        }
    }
}
