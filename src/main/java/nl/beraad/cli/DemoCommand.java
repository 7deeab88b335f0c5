package nl.beraad.cli;

import java.nio.file.Path;
import nl.beraad.app.SessionService;
import nl.beraad.app.DemoSession;
import nl.beraad.domain.Session;
import nl.beraad.report.MarkdownReport;
import picocli.CommandLine.Command;

/** Plays the sample meeting, stores it like a real one and writes its report next to the database. */
@Command(name = "demo", description = "Speelt een voorbeeldsessie na, bewaart die en schrijft het verslag in sessions/.")
final class DemoCommand extends BaseCommand {
    DemoCommand(AppContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        Session session = DemoSession.play(context.service(), msg().get("demo.title"));
        SessionService.Reported reported = context.service().forReport(session.id());
        String markdown = context.signed(new MarkdownReport(msg(), context.zone(), Version.current())
                .render(reported, context.clock.instant()));
        Path file = context.sessionsDir().resolve("verslag-" + session.id() + "-demo.md");
        ReportFiles.write(file, markdown);
        err().println(msg().get("demo.done", session.id()));
        out().println(file);
        return 0;
    }
}
