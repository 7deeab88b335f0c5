package nl.beraad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.SessionId;
import nl.beraad.app.SessionService;
import nl.beraad.domain.Provenance;
import nl.beraad.domain.SessionRecord;
import nl.beraad.report.CsvExport;
import nl.beraad.report.CsvFlavour;
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

    @Option(names = "--csv", paramLabel = "SOORT", description = "Soort CSV: excel-nl (puntkomma's, standaard bij "
            + "--lang nl), excel-en (komma's, standaard bij --lang en), beide met BOM zodat Excel het bestand met "
            + "een dubbelklik goed opent; rfc4180 (komma's, zonder BOM) voor programma's.")
    String csv;

    ReportCommand(AppContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        SessionId id = new SessionId(sessionId);
        if (csv != null && format != Format.csv) {
            throw BeraadException.invalid("report.csv.format");
        }
        SessionService.Reported reported = context.read(service -> service.forReport(id));
        SessionRecord record = reported.record();
        Provenance provenance = reported.provenance();
        ReportNames names = ReportNames.of(record, anonymous, msg());
        Instant now = context.clock.instant();
        String text = context.signed(switch (format) {
            case md -> new MarkdownReport(msg(), context.zone(), Version.current(), charts == Charts.mermaid)
                    .render(record, provenance, names, now);
            // Mermaid needs a script to draw, which the HTML report neither has nor allows: it would print as code.
            case html -> new HtmlReport(msg().locale()).render(new MarkdownReport(msg(), context.zone(),
                    Version.current(), false).render(record, provenance, names, now));
            case csv -> new CsvExport(csvFlavour()).render(record, provenance, names, now);
            case json -> new JsonExport(Version.current()).render(record, provenance, names, now);
        });
        // A byte-order mark is no text for a terminal: it goes to standard output as bytes, past the
        // writer that would show it as <U+FEFF>.
        String start = format == Format.csv ? csvFlavour().start() : "";
        if (output == null) {
            out().flush();
            rawBytes(start);
            out().print(text);
            out().flush();
        } else {
            ReportFiles.write(output, start + text);
            err().println(msg().get("report.written", output));
        }
        return 0;
    }

    private CsvFlavour csvFlavour() {
        if (csv == null) {
            return CsvFlavour.forLanguage(msg().locale());
        }
        return CsvFlavour.named(csv).orElseThrow(() -> BeraadException.invalid("report.csv.unknown", csv,
                CsvFlavour.names()));
    }

    private void rawBytes(String text) {
        try {
            context.rawOut.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Standard output remembers its failure; the command reports it once, after the output.
        }
    }
}
