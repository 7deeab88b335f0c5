package nl.beraad.cli;

import java.nio.file.Path;
import java.time.Instant;
import nl.beraad.domain.SessionRecord;
import nl.beraad.report.CsvExport;
import nl.beraad.report.HtmlReport;
import nl.beraad.report.JsonExport;
import nl.beraad.report.MarkdownReport;
import nl.beraad.report.ReportNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes the report of a session (Markdown), or its data (CSV, JSON), to standard output or a file. */
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

    @Option(names = "--format", paramLabel = "FORMAAT", description = "md (standaard), html (om af te drukken), "
            + "csv of json; csv en json bevatten elke positie, elk argument en elke conclusie, voor archieven.")
    Format format = Format.md;

    /** The file a report is written as: the Markdown report, or the session's data for archives. */
    enum Format { md, html, csv, json }

    ReportCommand(AppContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        SessionRecord record = context.readingService().record(sessionId);
        ReportNames names = ReportNames.of(record, anonymous, msg());
        Instant now = context.clock.instant();
        String text = switch (format) {
            case md -> new MarkdownReport(msg(), context.zone(), Version.current(), charts == Charts.mermaid)
                    .render(record, names, now);
            // Mermaid needs a script to draw, which the HTML report neither has nor allows: it would print as code.
            case html -> new HtmlReport(msg().locale())
                    .render(new MarkdownReport(msg(), context.zone(), Version.current(), false).render(record, names, now));
            case csv -> new CsvExport().render(record, names, now);
            case json -> new JsonExport(Version.current()).render(record, names, now);
        };
        if (output == null) {
            out().print(text);
            out().flush();
        } else {
            ReportFiles.write(output, text);
            err().println(msg().get("report.written", output));
        }
        return 0;
    }
}
