package nl.beraad.cli;

import java.io.IOException;
import nl.beraad.app.SessionClaim;
import nl.beraad.app.SessionService;
import nl.beraad.domain.Session;
import nl.beraad.ui.line.LinePhones;
import nl.beraad.ui.line.LineSession;
import nl.beraad.ui.line.LineTerminals;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;

/** Runs a session in line mode while holding it, so no second terminal steers it at the same time. */
final class LineRunner {
    private LineRunner() {
    }

    static int run(AppContext context, Session session) {
        // A vote page started in the meeting stops with it: pausing or finishing leaves no server behind.
        try (LinePhones phones = new LinePhones(context.phones(), context.phonePage())) {
            return run(context, session, phones, new Around() { });
        }
    }

    /** What a caller does around line mode while the session is held by this terminal. */
    interface Around {
        /** Once the session is held, before the first command is read. */
        default void held() {
        }

        /** When line mode has ended, the session still held; {@code outcome} says how it ended. */
        default void ended(LineSession.Outcome outcome) {
        }
    }

    /**
     * Line mode on the session with these phones, with {@code around} told when the session is held
     * and when line mode ended ({@code beraad serve} starts the page in the first and, with --wait,
     * goes on serving in the second once its input ended).
     */
    static int run(AppContext context, Session session, LinePhones phones, Around around) {
        SessionService service = context.service();
        context.out.flush();
        try (SessionClaim claim = service.claim(session.id(), context.takeOver);
             Terminal terminal = LineTerminals.open(context.in, new NonClosingOutput(context.rawOut), context.interactive)) {
            LineReader reader = LineTerminals.reader(terminal, new LineTerminals.LineSessionCompletion(
                    context.language, () -> service.participants(session.id())));
            // Ctrl-C outside a prompt, a closed SSH connection or kill: everything is already stored,
            // so the last word is how to go on.
            String pausedLine = context.messages().get("session.paused", session.id());
            Thread farewell = new Thread(() -> {
                terminal.writer().println();
                // Ended by a terminal that took the session over from this frozen one: say so instead.
                terminal.writer().println(context.takenOver("session.taken.over", session.id()).orElse(pausedLine));
                terminal.flush();
            }, "beraad-paused");
            Runtime.getRuntime().addShutdownHook(farewell);
            try {
                around.held();
                context.out.flush();
                around.ended(new LineSession(service, phones, context.messages(), reader, session.id(),
                        context.interactive).run());
            } finally {
                removeHook(farewell);
            }
            terminal.flush();
            return 0;
        } catch (IOException e) {
            return 0; // closing the terminal failed after everything was stored: nothing to report
        } finally {
            context.out.flush();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down and the hook is running: nothing to undo.
        }
    }

    /** The terminal writes through the command's own output, which it must not close. */
    private static final class NonClosingOutput extends java.io.OutputStream {
        private final java.io.OutputStream target;

        NonClosingOutput(java.io.OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }
    }
}
