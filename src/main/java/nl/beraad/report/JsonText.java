package nl.beraad.report;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, whole numbers, booleans and nulls as indented JSON
 * (RFC 8259), keys in the maps' own order. Hand-written rather than a library because Beraad only
 * ever writes JSON, never reads it: a hundred lines cost less start-up and jar than a JSON library.
 */
final class JsonText {
    private static final String INDENT = "  ";

    private JsonText() {
    }

    /** The value as a JSON document; maps should keep their order (LinkedHashMap) for a stable file. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder(4096);
        value(out, value, 0);
        return out.toString();
    }

    private static void value(StringBuilder out, Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Map<?, ?> map) {
            object(out, map, depth);
        } else if (value instanceof List<?> list) {
            array(out, list, depth);
        } else {
            // Fractions, NaN and the like have no use in an export and no exact JSON form: refuse them.
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        String sep = "\n";
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.append(sep);
            indent(out, depth + 1);
            string(out, (String) e.getKey());
            out.append(": ");
            value(out, e.getValue(), depth + 1);
            sep = ",\n";
        }
        out.append('\n');
        indent(out, depth);
        out.append('}');
    }

    /** A list of plain values (the numbers of a position, action points) stays on one line. */
    private static void array(StringBuilder out, List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        boolean flat = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
        out.append('[');
        String sep = flat ? "" : "\n";
        for (Object v : list) {
            out.append(sep);
            if (!flat) {
                indent(out, depth + 1);
            }
            value(out, v, depth + 1);
            sep = flat ? ", " : ",\n";
        }
        if (!flat) {
            out.append('\n');
            indent(out, depth);
        }
        out.append(']');
    }

    private static void indent(StringBuilder out, int depth) {
        out.append(INDENT.repeat(depth));
    }

    /**
     * A JSON string. Beyond the required quote, backslash and C0 controls this escapes C1 controls,
     * U+2028/U+2029 (line ends to JavaScript) and U+FEFF, so no typed text can break a line or hide
     * in the file; a lone surrogate, which has no UTF-8 form, becomes U+FFFD (as I-JSON requires).
     */
    static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append("\\ufffd");
                    } else if (escaped(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Control characters (C0, DEL, C1), the Unicode line and paragraph separators, and the byte-order mark. */
    private static boolean escaped(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff;
    }
}
