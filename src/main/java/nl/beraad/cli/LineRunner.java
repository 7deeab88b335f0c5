package nl.beraad.cli;

import java.io.IOException;
import nl.beraad.app.SessionClaim;
import nl.beraad.app.SessionService;
import nl.beraad.domain.Session;
import nl.beraad.ui.line.LineSession;
import nl.beraad.ui.line.LineTerminals;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;

/** Runs a session in line mode while holding it, so no second terminal steers it at the same time. */
final class LineRunner {
    private LineRunner() {
    }

    static int run(AppContext context, Session session) {
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
                new LineSession(service, context.messages(), reader, session.id(), context.interactive,
                        context.phonePage()).run();
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
