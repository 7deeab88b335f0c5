package nl.beraad.domain;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line at the end of a report file that lets {@code beraad verify FILE} check it (issue 15): the
 * session's uid, its log's entry count and head, whether the rows matched the log, the finish's
 * signature over that log, and the installation's signature over the whole file. The file's
 * signature covers every byte of the file but its own value, so one character changed anywhere
 * (also in this line) is found; the stamp is plain ASCII, so Markdown, HTML, CSV and JSON carry it
 * unchanged.
 */
public record ReportStamp(String uid, int entries, String head, String data, String seal, String key,
                         String signature) {
    public static final String FORMAT = "beraad-report/1";
    /** A signature not made yet (no key, or before signing): as long as a real one, so signing changes no length. */
    public static final String UNSIGNED = "-".repeat(88);
    private static final String NO_KEY = "-".repeat(16);
    private static final Pattern STAMP = Pattern.compile(Pattern.quote(FORMAT)
            + " session=(\\S+) entries=(\\d{1,9}) head=([0-9a-f]{64}|-) data=(intact|changed|nolog)"
            + " seal=([A-Za-z0-9+/=]{88}|-) key=([0-9a-f]{16}|-{16}) signature=([A-Za-z0-9+/=]{88}|-{88})");

    /** The stamp of a report made from data with this provenance, not signed yet. */
    public static String unsigned(Provenance p) {
        String data = word(p.standing());
        String seal = p.signedAsIs() ? p.seal().get().signature() : "-";
        String head = p.head() == null || p.entries() == 0 ? "-" : p.head();
        return FORMAT + " session=" + p.uid() + " entries=" + p.entries() + " head=" + head + " data=" + data
                + " seal=" + seal + " key=" + NO_KEY + " signature=" + UNSIGNED;
    }

    /** How a stamp (and the JSON export) writes a standing. */
    public static String word(Provenance.Standing standing) {
        return switch (standing) {
            case INTACT -> "intact";
            case CHANGED -> "changed";
            case NO_LOG -> "nolog";
        };
    }

    /** The last stamp in a file's text, with where its signature stands; empty when the text has none. */
    public static Optional<Found> find(String text) {
        int at = text.lastIndexOf(FORMAT);
        if (at < 0) {
            return Optional.empty();
        }
        Matcher m = STAMP.matcher(text);
        if (!m.find(at) || m.start() != at) {
            return Optional.empty();
        }
        ReportStamp stamp = new ReportStamp(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m.group(4),
                m.group(5), m.group(6), m.group(7));
        return Optional.of(new Found(stamp, text, m.start(6), m.start(7)));
    }

    /** Whether the file was signed at all (a key could be had when it was made). */
    public boolean signed() {
        return !signature.equals(UNSIGNED);
    }

    /** Whether the finish's signature was there and over this log when the report was made. */
    public boolean sealed() {
        return !seal.equals("-");
    }

    /** A stamp found in a file's text: the text, and where in it the key's fingerprint and the signature stand. */
    public record Found(ReportStamp stamp, String text, int keyAt, int signatureAt) {
        /** What the file's signature is over: the text with the signature's value as before signing. */
        public byte[] message() {
            return message(text.substring(0, signatureAt) + UNSIGNED + text.substring(signatureAt + UNSIGNED.length()));
        }

        /** The text signed: this key's fingerprint in, then the signature over the whole (base64 of {@code sign}). */
        public String signedWith(String fingerprint, java.util.function.Function<byte[], String> sign) {
            String keyed = text.substring(0, keyAt) + fingerprint + text.substring(keyAt + NO_KEY.length());
            String signature = sign.apply(message(keyed));
            return keyed.substring(0, signatureAt) + signature + keyed.substring(signatureAt + UNSIGNED.length());
        }

        private static byte[] message(String text) {
            return (FORMAT + "\n" + text).getBytes(StandardCharsets.UTF_8);
        }
    }
}
