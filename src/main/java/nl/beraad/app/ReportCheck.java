package nl.beraad.app;

import java.util.Base64;
import java.util.Optional;
import nl.beraad.domain.Problem;
import nl.beraad.domain.ReportStamp;
import nl.beraad.domain.Seal;

/**
 * Signing a report file as it is written, and what {@code beraad verify FILE} found for one (issue
 * 15): whether the file is exactly as Beraad made it, and made from the session's record as it
 * was signed at the finish; one sentence either way.
 */
public record ReportCheck(boolean holds, Problem sentence) {

    /**
     * The text with its stamp signed by {@code key}: its fingerprint in, then the signature over the
     * whole. Text without a stamp (a format that carries none) is returned as it is.
     */
    public static String sign(String text, Signer key) {
        return ReportStamp.find(text)
                .map(found -> found.signedWith(Seal.fingerprint(key.publicKey()),
                        message -> Base64.getEncoder().encodeToString(key.sign(message))))
                .orElse(text);
    }

    /**
     * Checks a report file's text against the public key it should be signed with: {@code trustedFor}
     * gives it ("ed25519:…") for the fingerprint the stamp names, or null when none is known here.
     * {@code file} names the file in the sentence.
     */
    public static ReportCheck of(String file, String text, java.util.function.Function<String, String> trustedFor) {
        Optional<ReportStamp.Found> found = ReportStamp.find(text);
        if (found.isEmpty()) {
            return no("verify.report.nostamp", file);
        }
        ReportStamp stamp = found.get().stamp();
        if (!stamp.signed()) {
            return no("verify.report.unsigned", file);
        }
        String trusted = trustedFor.apply(stamp.key());
        if (trusted == null) {
            return no("verify.report.nokey", file, stamp.key());
        }
        String ours = Seal.fingerprint(trusted);
        if (!stamp.key().equals(ours)) {
            return no("verify.report.otherkey", file, stamp.key(), ours);
        }
        if (!Seal.verify(found.get().message(), stamp.signature(), trusted)) {
            return no("verify.report.edited", file);
        }
        return switch (stamp.data()) {
            case "changed" -> no("verify.report.changed", file);
            case "nolog" -> no("verify.report.nolog", file);
            default -> stamp.sealed() ? sealed(file, stamp, trusted) : no("verify.report.open", file, stamp.entries());
        };
    }

    /** A file unchanged, from intact data, that carries the finish's signature: which must hold too. */
    private static ReportCheck sealed(String file, ReportStamp stamp, String trusted) {
        Seal seal = new Seal(stamp.entries(), stamp.head(), trusted, stamp.seal(), null);
        return seal.holds(stamp.uid())
                ? new ReportCheck(true, Problem.of("verify.report.holds", file, stamp.entries(),
                        stamp.head().substring(0, 16), stamp.key()))
                : no("verify.report.edited", file);
    }

    private static ReportCheck no(String key, Object... args) {
        return new ReportCheck(false, Problem.of(key, args));
    }
}
