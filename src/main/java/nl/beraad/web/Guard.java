package nl.beraad.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * The vote page's secrets and limits for one start: the join code, one-time join nonces, how many
 * wrong codes an address (and everyone together) may try, and the device tokens with the CSRF
 * field derived from them. Only the token's SHA-256 is ever stored; the token stays in the cookie.
 */
final class Guard {
    /** Wrong join codes one address may try per minute, and all addresses together. */
    static final int WRONG_PER_ADDRESS = 5;
    static final int WRONG_IN_TOTAL = 20;
    private static final long MINUTE = 60_000_000_000L;
    /** How long a join form stays good, and how many may be out at once (the oldest go first). */
    private static final long NONCE_LIFE = 15 * MINUTE;
    private static final int MAX_NONCES = 2000;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SecureRandom random = new SecureRandom();
    private final LongSupplier nanos;
    private final String joinCode;
    private final Map<String, Long> nonces = new LinkedHashMap<>();
    private final Map<String, Deque<Long>> wrongByAddress = new HashMap<>();
    private final Deque<Long> wrongInTotal = new ArrayDeque<>();

    Guard(LongSupplier nanos) {
        this.nanos = nanos;
        this.joinCode = String.format("%06d", random.nextInt(1_000_000));
    }

    String joinCode() {
        return joinCode;
    }

    /** Whether a join from this address must wait: too many wrong codes lately, from it or from all. */
    synchronized boolean joinsBlocked(String address) {
        long now = nanos.getAsLong();
        forgetOld(wrongInTotal, now);
        Deque<Long> mine = wrongByAddress.get(address);
        if (mine != null) {
            forgetOld(mine, now);
            if (mine.isEmpty()) {
                wrongByAddress.remove(address);
            }
        }
        return wrongInTotal.size() >= WRONG_IN_TOTAL || mine != null && mine.size() >= WRONG_PER_ADDRESS;
    }

    /** Compares a typed code in constant time; a wrong one counts against the address. */
    synchronized boolean codeMatches(String typed, String address) {
        boolean right = MessageDigest.isEqual(joinCode.getBytes(StandardCharsets.UTF_8),
                typed.strip().getBytes(StandardCharsets.UTF_8));
        if (!right) {
            long now = nanos.getAsLong();
            wrongInTotal.addLast(now);
            if (wrongByAddress.size() > 10_000) {
                wrongByAddress.clear(); // a flood of addresses: the total limit still holds
            }
            wrongByAddress.computeIfAbsent(address, a -> new ArrayDeque<>()).addLast(now);
        }
        return right;
    }

    private static void forgetOld(Deque<Long> times, long now) {
        while (!times.isEmpty() && now - times.peekFirst() > MINUTE) {
            times.removeFirst();
        }
    }

    /** A new one-time value for a join form. */
    synchronized String newNonce() {
        long now = nanos.getAsLong();
        String nonce = randomText(18);
        nonces.put(nonce, now);
        Iterator<Map.Entry<String, Long>> oldest = nonces.entrySet().iterator();
        while (oldest.hasNext()) {
            Map.Entry<String, Long> e = oldest.next();
            if (nonces.size() <= MAX_NONCES && now - e.getValue() <= NONCE_LIFE) {
                break;
            }
            oldest.remove();
        }
        return nonce;
    }

    /** Uses up a join form's value: true only the first time, and only while it is fresh. */
    synchronized boolean useNonce(String nonce) {
        Long issued = nonces.remove(nonce);
        return issued != null && nanos.getAsLong() - issued <= NONCE_LIFE;
    }

    /** A new device token: 32 random bytes, base64url without padding. */
    String newToken() {
        return randomText(32);
    }

    private String randomText(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Whether a cookie's value can be a token at all (before it is hashed and looked up). */
    static boolean wellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /** What the database keeps of a token: its SHA-256 in hex. */
    static String hash(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }

    /** The form field that proves a change comes from this device's own page. */
    static String csrf(String token) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256("csrf:" + token));
    }

    /** Whether a form's CSRF field belongs to the token, compared in constant time. */
    static boolean csrfMatches(String token, String field) {
        return field != null && MessageDigest.isEqual(csrf(token).getBytes(StandardCharsets.US_ASCII),
                field.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
