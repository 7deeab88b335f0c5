package nl.beraad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The vote page's secrets and limits, on a clock the test moves. */
class GuardTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final Guard guard = new Guard(now::get);

    private String wrongCode() {
        return guard.joinCode().equals("000000") ? "000001" : "000000";
    }

    @Test
    void wrongCodesFromManyAddressesTogetherAreLimitedTooAndTheLimitPasses() {
        for (int i = 0; i < Guard.WRONG_IN_TOTAL; i++) {
            assertFalse(guard.joinsBlocked("10.0.0." + i));
            assertFalse(guard.codeMatches(wrongCode(), "10.0.0." + i));
        }
        assertTrue(guard.joinsBlocked("10.0.1.1"), "a fresh address waits too once all together guessed too often");
        now.addAndGet(TimeUnit.SECONDS.toNanos(61));
        assertFalse(guard.joinsBlocked("10.0.1.1"), "a minute later joins are open again");
        assertTrue(guard.codeMatches(" " + guard.joinCode() + " ", "10.0.1.1"));
    }

    @Test
    void aJoinFormIsGoodOnceAndOnlyWhileFresh() {
        String nonce = guard.newNonce();
        assertNotEquals(nonce, guard.newNonce());
        assertTrue(guard.useNonce(nonce));
        assertFalse(guard.useNonce(nonce), "used once");
        String old = guard.newNonce();
        now.addAndGet(TimeUnit.MINUTES.toNanos(16));
        assertFalse(guard.useNonce(old), "expired");
    }

    @Test
    void tokensAreRandomAndTheCsrfFieldBelongsToOneToken() {
        String a = guard.newToken();
        String b = guard.newToken();
        assertNotEquals(a, b);
        assertTrue(Guard.wellFormed(a));
        assertFalse(Guard.wellFormed(a + "x"));
        assertFalse(Guard.wellFormed("../" + a.substring(3)));
        assertEquals(64, Guard.hash(a).length());
        assertTrue(Guard.csrfMatches(a, Guard.csrf(a)));
        assertFalse(Guard.csrfMatches(a, Guard.csrf(b)));
        assertFalse(Guard.csrfMatches(a, null));
        assertTrue(guard.joinCode().matches("[0-9]{6}"));
    }
}
