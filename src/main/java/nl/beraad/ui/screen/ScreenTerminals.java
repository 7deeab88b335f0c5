package nl.beraad.ui.screen;

import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens the real terminal for the meeting screen. Always a text terminal (never a window, even with
 * DISPLAY set), always UTF-8 (over SSH with LANG=C the default would be ASCII and é would break),
 * Ctrl-C delivered as a key (the UI pauses instead of dying), and a short wait for the rest of an
 * escape sequence, so one split across slow SSH packets is not read as Esc plus letters.
 */
public final class ScreenTerminals {
    /** In Lanterna's units of a quarter second: how long to wait for the rest of an escape sequence. */
    private static final int ESCAPE_TIMEOUT_UNITS = 1;

    private ScreenTerminals() {
    }

    /** Why the full screen cannot be used here, or empty when it can. */
    public static Optional<Why> unavailable(boolean interactive, String term) {
        if (!interactive) {
            return Optional.of(new Why("screen.unavailable.noterminal", ""));
        }
        String t = term == null ? "" : term.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.of(new Why("screen.unavailable.unset", ""));
        }
        if (t.equals("dumb") || t.equals("unknown")) {
            return Optional.of(new Why("screen.unavailable.dumb", t));
        }
        return Optional.empty();
    }

    /** A reason as a message key with its argument. */
    public record Why(String key, String arg) {
    }

    /** Makes the decoder wait for the rest of an escape sequence, so ESC and "[B" in two packets are still ↓. */
    static void waitForSplitSequences(InputDecoder decoder) {
        decoder.setTimeoutUnits(ESCAPE_TIMEOUT_UNITS);
    }

    /** The meeting screen on the process's real terminal, started and with the cursor hidden. */
    public static Screen open(InputStream in, OutputStream out) throws IOException {
        UnixTerminal terminal = new UnixTerminal(in, out, StandardCharsets.UTF_8, UnixLikeTerminal.CtrlCBehaviour.TRAP);
        waitForSplitSequences(terminal.getInputDecoder());
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        screen.setCursorPosition(null);
        return screen;
    }
}
