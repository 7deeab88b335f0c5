package nl.beraad.domain;

/** Fields joined by '|' with '\', '|' and line breaks escaped, so that no two different rows read the same. */
final class CanonicalLine {
    private CanonicalLine() {
    }

    static String of(Object... fields) {
        StringBuilder b = new StringBuilder();
        for (Object f : fields) {
            if (b.length() > 0) {
                b.append('|');
            }
            String text = String.valueOf(f);
            b.append(text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n").replace("\r", "\\r"));
        }
        return b.toString();
    }
}
