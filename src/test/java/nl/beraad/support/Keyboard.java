package nl.beraad.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Test terminals for line mode: an xterm of 80x24 whose keyboard types given keys, as over SSH. */
public final class Keyboard {
    private Keyboard() {
    }

    /**
     * An xterm whose keyboard sends {@code input} and then stays open, as a person's does (a stream
     * that ends would close JLine's terminal before the reader has drained it).
     */
    public static Terminal xterm(String input) throws IOException {
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keyboard, 64 * 1024);
        Thread typist = new Thread(() -> {
            try {
                keyboard.write(input.getBytes(StandardCharsets.UTF_8));
                keyboard.flush();
            } catch (IOException e) {
                // the test ended and closed the terminal
            }
        }, "typist");
        typist.setDaemon(true);
        typist.start();
        Terminal terminal = TerminalBuilder.builder().system(false).type("xterm").encoding(StandardCharsets.UTF_8)
                .streams(in, OutputStream.nullOutputStream()).build();
        terminal.setSize(new Size(80, 24));
        return terminal;
    }
}
