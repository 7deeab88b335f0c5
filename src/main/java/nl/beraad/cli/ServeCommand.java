package nl.beraad.cli;

import java.util.concurrent.CountDownLatch;
import nl.beraad.app.PhonePage;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionStatus;
import nl.beraad.ui.line.LinePhones;
import nl.beraad.ui.line.LineSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Serves a session's vote page to participants' phones and steers the session in line mode: the
 * address and join code go to standard output first, one line each, for a script to read.
 */
@Command(name = "serve", description = "Zet de stempagina voor telefoons aan en leidt de sessie in regelmodus (standaard de laatste onderbroken sessie).")
final class ServeCommand extends BaseCommand {
    @Mixin
    SessionChoice choice;

    @Mixin
    PhoneOptions phone;

    @Option(names = "--wait", description = "Blijft de pagina tonen als de invoer ophoudt, tot Ctrl-C of SIGTERM (voor scripts).")
    boolean wait;

    ServeCommand(AppContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        if (!wait) {
            // Without --wait the page lives as long as the commands come in: no input, nothing to serve.
            context.requireInput();
        }
        context.phonePort(); // a wrong --port is refused before anything is started
        Session session = choice.session(context);
        if (session.status() == SessionStatus.FINISHED) {
            throw BeraadException.conflict("serve.finished", session.id());
        }
        try (LinePhones phones = new LinePhones(context.phones(), context.phonePage())) {
            return LineRunner.run(context, session, phones, new LineRunner.Around() {
                @Override
                public void held() {
                    PhonePage.Serving serving = phones.start(session.id());
                    out().println(msg().get("line.phones.address", serving.address()));
                    out().println(msg().get("line.phones.code", serving.joinCode()));
                    out().flush();
                }

                @Override
                public void ended(LineSession.Outcome outcome) {
                    if (wait && outcome == LineSession.Outcome.INPUT_ENDED && phones.serving().isPresent()) {
                        serveUntilStopped();
                    }
                }
            });
        }
    }

    /** The input ended but phones may still answer: the page runs until the process is told to stop. */
    private void serveUntilStopped() {
        err().println(msg().get("serve.waiting"));
        err().flush();
        try {
            // SIGINT or SIGTERM ends the process here; its hooks say where the meeting stands.
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
