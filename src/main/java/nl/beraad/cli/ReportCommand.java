package nl.beraad.cli;

import java.nio.file.Path;
import nl.beraad.domain.SessionRecord;
import nl.beraad.report.MarkdownReport;
import nl.beraad.report.ReportNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes the report of a session, to standard output or a file. */
@Command(name = "report", description = "Schrijft het verslag van een sessie (Markdown).")
final class ReportCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "SESSIE", description = "Nummer van de sessie (zie: sessions).")
    long sessionId;

    @Option(names = {"-o", "--output"}, paramLabel = "BESTAND", description = "Schrijf naar dit bestand in plaats van naar het scherm.")
    Path output;

    @Option(names = "--anonymous", description = "Vervangt elke naam door Deelnemer 1, 2, ... (overal hetzelfde nummer).")
    boolean anonymous;

    @Option(names = "--charts", paramLabel = "SOORT", description = "Extra grafieken: 'mermaid' voor lezers die Mermaid tekenen "
            + "(GitHub, GitLab, veel Markdown-editors); de tekstbalken blijven staan.")
    Charts charts = Charts.none;

    /** Which charts go beside the plain-text bars. */
    enum Charts { none, mermaid }

    ReportCommand(AppContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        SessionRecord record = context.service().record(sessionId);
        String markdown = new MarkdownReport(msg(), context.zone(), Version.current(), charts == Charts.mermaid)
                .render(record, ReportNames.of(record, anonymous, msg()), context.clock.instant());
        if (output == null) {
            out().print(markdown);
            out().flush();
        } else {
            ReportFiles.write(output, markdown);
            err().println(msg().get("report.written", output));
        }
        return 0;
    }
}
