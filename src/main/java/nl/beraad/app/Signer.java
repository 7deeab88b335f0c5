package nl.beraad.app;

/** The key this installation signs finished sessions with (issue 15). */
public interface Signer {
    /** The public key as text ("ed25519:" and base64), for whoever checks a signature. */
    String publicKey();

    /** The signature of {@code message}. */
    byte[] sign(byte[] message);

    /** Public keys this installation signed with before its present one (a key since lost); none by default. */
    default java.util.List<String> earlierPublicKeys() {
        return java.util.List.of();
    }
}
