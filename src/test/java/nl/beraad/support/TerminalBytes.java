package nl.beraad.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Hostile text for a terminal, and the check that bytes written to one hold none of it. */
public final class TerminalBytes {
    /**
     * One of each: an OSC that retitles the window, an OSC 52 that writes the clipboard, a CSI that
     * clears the screen, the 8-bit CSI (U+009B) and NEL (U+0085), DEL, BEL, and the bidi override
     * U+202E and isolate U+2066.
     */
    public static final String HOSTILE = "\u001b]0;TITEL\u0007\u001b]52;c;SGVsbG8=\u0007\u001b[2J"
            + "\u009b31m\u0085\u007f\u202e\u2066x";

    /** The same as YAML escapes in a double-quoted scalar, so a set file can hold it. */
    public static final String HOSTILE_YAML = "\\e]0;TITEL\\a\\e]52;c;SGVsbG8=\\a\\e[2J\\x9b31m\\x85\\x7f\\u202e\\u2066x";

    /** How the terminal-safe output shows the ESC of {@link #HOSTILE}: U+241B, the control picture. */
    public static final String SHOWN_ESC = "\u241b";

    private TerminalBytes() {
    }

    /**
     * Fails when {@code bytes} hold anything a terminal would act on or that would make text show as
     * something else: a C0 control other than tab, LF and CR (ESC and BEL among them), DEL, invalid
     * UTF-8 (a lone 0x9B byte is an 8-bit CSI), a C1 control, or a bidi override, isolate or mark.
     */
    public static void assertSafe(byte[] bytes, String what) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7f) {
                String before = new String(bytes, 0, i, StandardCharsets.UTF_8);
                fail(String.format("%s: byte 0x%02X at %d in: %s", what, b, i,
                        excerpt(new String(bytes, StandardCharsets.UTF_8), before.length())));
            }
        }
        CharBuffer text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new AssertionError(what + ": not UTF-8 (" + e + ")");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                    || c == 0x200e || c == 0x200f || c == 0xfeff) {
                fail(String.format("%s: U+%04X at char %d in: %s", what, (int) c, i, excerpt(text.toString(), i)));
            }
        }
    }

    /** Text for a test's own messages: every control and bidi character written as a Java escape. */
    public static String escaped(String text) {
        StringBuilder shown = new StringBuilder();
        text.chars().forEach(c -> shown.append(c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f
                || c >= 0x2000 && c <= 0x206f || c == 0xfeff ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return shown.toString();
    }

    /** The text around {@code at}, escaped. */
    private static String excerpt(String text, int at) {
        return escaped(text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 80)));
    }
}
