package nl.beraad.web;

/** Text made safe to put in an HTML page: in an element or in a quoted attribute. */
public final class Html {
    private Html() {
    }

    /** Escapes the five characters that could end an element or an attribute, and drops control characters. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Escape codes from a set file or a phone have no business in a page.
                    if (cp == '\n' || cp == '\t' || !Character.isISOControl(cp)) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
