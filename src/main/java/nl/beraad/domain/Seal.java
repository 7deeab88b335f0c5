package nl.beraad.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The signature over a session's log when it was finished (issue 15): how many entries the log
 * then had and the last one's hash, the public key of the installation that signed ("ed25519:"
 * and base64), the Ed25519 signature in base64, and when.
 */
public record Seal(int entries, String head, String publicKey, String signature, Instant signedAt) {
    /** How a public key is written: the algorithm, then the key's X.509 encoding in base64. */
    public static final String PUBLIC_KEY_PREFIX = "ed25519:";

    /** What is signed: the session's uid (the same in every database), the number of entries and the head. */
    public static byte[] message(String uid, int entries, String head) {
        return ("beraad-seal/1\n" + uid + "\n" + entries + "\n" + head).getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the signature is the one the public key made over this log end of the session {@code uid}. */
    public boolean holds(String uid) {
        return verify(message(uid, entries, head), signature, publicKey);
    }

    /** Whether {@code signature} (base64) is the Ed25519 signature of {@code message} by the key given as text. */
    public static boolean verify(byte[] message, String signature, String publicKeyText) {
        if (publicKeyText == null || !publicKeyText.startsWith(PUBLIC_KEY_PREFIX) || signature == null) {
            return false;
        }
        try {
            java.security.PublicKey key = java.security.KeyFactory.getInstance("Ed25519").generatePublic(
                    new java.security.spec.X509EncodedKeySpec(java.util.Base64.getDecoder()
                            .decode(publicKeyText.substring(PUBLIC_KEY_PREFIX.length()))));
            java.security.Signature s = java.security.Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(message);
            return s.verify(java.util.Base64.getDecoder().decode(signature));
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A short name for a public key: the first 16 hexadecimal digits of the SHA-256 of its text. */
    public static String fingerprint(String publicKeyText) {
        return SessionLog.sha256(publicKeyText).substring(0, 16);
    }
}
