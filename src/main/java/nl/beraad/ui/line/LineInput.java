package nl.beraad.ui.line;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jline.utils.NonBlockingInputStream;

/**
 * Line mode's input from a pipe or a file, read on the calling thread, with every line cut short
 * after {@code maxChars + 1} characters: the rest of a longer line is skipped in bulk up to its line
 * break. JLine's own wrapper hands every byte from a reader thread to the caller (about 10 µs a
 * byte), so a pasted line of a million characters took 15 s before it could even be refused; cut
 * short, it is refused at once (see {@link LineSession#MAX_LINE}) and the session goes on with the
 * next line.
 */
final class LineInput extends NonBlockingInputStream {
    private static final int NOTHING = -3;

    private final InputStream in;
    private final int maxChars;
    /** A byte read by a peek, handed out by the next read. */
    private int peeked = NOTHING;
    /** Characters (UTF-8 lead bytes) of the current line delivered so far. */
    private int lineChars;

    LineInput(InputStream in, int maxChars) {
        this.in = new BufferedInputStream(in, 64 * 1024);
        this.maxChars = maxChars;
    }

    /**
     * The next byte, or {@link #EOF}. The timeout is not kept: JLine asks with one while it waits
     * for the rest of a key sequence and in its read loop, and from a pipe or a file the next byte
     * or the end always comes, while "nothing yet" and "the end" look the same from outside.
     */
    @Override
    public int read(long timeout, boolean isPeek) throws IOException {
        if (peeked == NOTHING) {
            peeked = next();
        }
        int b = peeked;
        if (!isPeek) {
            peeked = NOTHING;
        }
        return b;
    }

    /** The next byte of the input, with the part of an overlong line beyond one character too many skipped. */
    private int next() throws IOException {
        int b = in.read();
        if (b < 0) {
            return EOF;
        }
        if (b == '\n' || b == '\r') {
            lineChars = 0;
            return b;
        }
        // A continuation byte (10xxxxxx) belongs to the character before it; anything else starts one.
        if ((b & 0xC0) != 0x80 && ++lineChars > maxChars + 1) {
            skipRestOfLine();
            lineChars = 0;
            return '\n';
        }
        return b;
    }

    private void skipRestOfLine() throws IOException {
        int b;
        do {
            b = in.read();
        } while (b >= 0 && b != '\n' && b != '\r');
    }
}
