package nl.beraad.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.io.Reader;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Key sequences arriving in pieces, as over a slow SSH link: the decoder as the meeting screen sets
 * it up must read ESC followed a moment later by "[B" as one ↓, and a lone ESC still as Esc.
 */
@Timeout(10)
class SplitEscapeTest {

    @Test
    void anArrowKeySplitAfterTheEscapeByteIsReadAsOneKey() throws Exception {
        try (SlowLink link = new SlowLink()) {
            InputDecoder decoder = decoder(link);
            Thread sender = send(link, 120, "\u001b", "[B");

            KeyStroke key = decoder.getNextCharacter(true);
            sender.join();

            assertEquals(KeyType.ArrowDown, key.getKeyType(), key.toString());
            assertEquals(null, decoder.getNextCharacter(false), "nothing left over, no stray '[' or 'B'");
        }
    }

    @Test
    void aFunctionKeySplitInThreePiecesIsReadAsOneKey() throws Exception {
        try (SlowLink link = new SlowLink()) {
            InputDecoder decoder = decoder(link);
            Thread sender = send(link, 60, "\u001b", "[1", "1~");

            KeyStroke key = decoder.getNextCharacter(true);
            sender.join();

            assertEquals(KeyType.F1, key.getKeyType(), key.toString());
        }
    }

    @Test
    void aLoneEscapeIsStillTheEscapeKey() throws Exception {
        try (SlowLink link = new SlowLink()) {
            InputDecoder decoder = decoder(link);
            Thread sender = send(link, 0, "\u001b");

            KeyStroke key = decoder.getNextCharacter(true);
            sender.join();

            assertEquals(KeyType.Escape, key.getKeyType(), key.toString());
        }
    }

    /** A decoder for the usual terminal keys, set up as the meeting screen sets up its own. */
    private static InputDecoder decoder(Reader in) {
        InputDecoder decoder = new InputDecoder(in);
        decoder.addProfile(new DefaultKeyDecodingProfile());
        ScreenTerminals.waitForSplitSequences(decoder);
        return decoder;
    }

    /** Writes the pieces with a pause between them, as packets that arrive apart. */
    private static Thread send(SlowLink link, long pauseMillis, String... pieces) {
        Thread t = new Thread(() -> {
            try {
                for (int i = 0; i < pieces.length; i++) {
                    if (i > 0) {
                        Thread.sleep(pauseMillis);
                    }
                    link.arrive(pieces[i]);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.start();
        return t;
    }

    /** The terminal's input as a network link delivers it: characters become ready when they arrive. */
    private static final class SlowLink extends Reader {
        private final BlockingQueue<Character> arrived = new LinkedBlockingQueue<>();

        void arrive(String piece) {
            piece.chars().forEach(c -> arrived.add((char) c));
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            try {
                buffer[offset] = arrived.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            int n = 1;
            while (n < length && !arrived.isEmpty()) {
                buffer[offset + n++] = arrived.poll();
            }
            return n;
        }

        @Override
        public boolean ready() {
            return !arrived.isEmpty();
        }

        @Override
        public void close() {
        }
    }
}
