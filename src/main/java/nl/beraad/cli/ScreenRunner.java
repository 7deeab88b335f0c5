package nl.beraad.cli;

import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import nl.beraad.app.SessionService;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionId;
import nl.beraad.report.MarkdownReport;
import nl.beraad.ui.screen.ScreenTerminals;
import nl.beraad.ui.screen.ScreenUi;

/**
 * Runs the full-screen meeting UI when there is a real terminal, and otherwise says so in one line
 * and carries on in line mode. The terminal is given back in its normal state however the screen
 * ends: quit, end of input, an error, or a signal.
 */
final class ScreenRunner {
    private ScreenRunner() {
    }

    /** The screen on a session (start, resume), or on the home page when {@code session} is null. */
    static int run(AppContext context, Session session) {
        Optional<ScreenTerminals.Why> why = ScreenTerminals.unavailable(context.interactive, context.env.get("TERM"));
        if (why.isPresent()) {
            String reason = context.messages().get(why.get().key(), why.get().arg());
            context.err.println(context.messages().get("screen.unavailable", reason));
            context.err.flush();
            return lineMode(context, session);
        }
        context.service(); // open the database (and report a locked one) before the screen takes over
        try {
            Screen screen = ScreenTerminals.open(context.in, context.rawOut);
            Thread restore = new Thread(() -> {
                stop(screen);
                // Ended by a terminal that took over from this frozen one: the last line says so.
                context.takenOver("screen.taken.over", "").ifPresent(line -> {
                    context.err.println(line);
                    context.err.flush();
                });
            }, "beraad-restore-terminal");
            Runtime.getRuntime().addShutdownHook(restore);
            try {
                ScreenUi ui = session == null
                        ? ScreenUi.home(screen, context.service(), context.sets(), context.messages(), id -> export(context, id),
                                context.phonePage())
                        : ScreenUi.session(screen, context.service(), context.sets(), context.messages(),
                                id -> export(context, id), session.id(), context.takeOver, context.phonePage());
                ui.phones(context.phones()).run();
            } finally {
                stop(screen);
                try {
                    Runtime.getRuntime().removeShutdownHook(restore);
                } catch (IllegalStateException e) {
                    // already shutting down: the hook restores the terminal
                }
            }
            return 0;
        } catch (IOException e) {
            throw new nl.beraad.domain.BeraadException(nl.beraad.domain.ExitCode.ERROR,
                    java.util.List.of(nl.beraad.domain.Problem.of("screen.failed")), e);
        }
    }

    private static int lineMode(AppContext context, Session session) {
        if (session != null) {
            return LineRunner.run(context, session);
        }
        Optional<Session> open = context.service().latestOpen();
        if (open.isEmpty()) {
            context.err.println(context.messages().get("screen.fallback.none"));
            return 0;
        }
        return LineRunner.run(context, open.get());
    }

    private static void stop(Screen screen) {
        try {
            screen.stopScreen();
        } catch (IOException | RuntimeException e) {
            // The terminal is gone (SSH dropped): there is nothing left to restore.
        }
    }

    /** Writes the report next to the database, as the clerk's 'report -o' would. */
    private static Path export(AppContext context, SessionId sessionId) {
        SessionService.Reported reported = context.service().forReport(sessionId);
        String markdown = context.signed(new MarkdownReport(context.messages(), context.zone(), Version.current())
                .render(reported, context.clock.instant()));
        Path file = context.sessionsDir().resolve("verslag-" + sessionId + ".md");
        ReportFiles.write(file, markdown);
        return file;
    }
}
