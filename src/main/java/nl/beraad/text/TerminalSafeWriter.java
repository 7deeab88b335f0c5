package nl.beraad.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import nl.beraad.domain.CleanText;

/**
 * A writer for standard output and standard error that shows every control, escape and bidi
 * character as its visible stand-in ({@link CleanText#standIn}) instead of passing it to the
 * terminal; tabs and line ends pass unchanged, and text without such characters passes byte for
 * byte. Whatever a command prints, from a set file, an argument or the database, goes through it.
 */
public final class TerminalSafeWriter extends FilterWriter {
    public TerminalSafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        String shown = CleanText.standIn((char) c);
        if (shown == null) {
            out.write(c);
        } else {
            out.write(shown);
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        int end = off + len;
        int safeFrom = off;
        for (int i = off; i < end; i++) {
            String shown = CleanText.standIn(chars[i]);
            if (shown != null) {
                out.write(chars, safeFrom, i - safeFrom);
                out.write(shown);
                safeFrom = i + 1;
            }
        }
        out.write(chars, safeFrom, end - safeFrom);
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        char[] chars = new char[len];
        text.getChars(off, off + len, chars, 0);
        write(chars, 0, len);
    }
}
