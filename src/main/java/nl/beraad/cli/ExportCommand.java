package nl.beraad.cli;

import java.nio.file.Path;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionRecord;
import nl.beraad.report.JsonExport;
import nl.beraad.report.ReportNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Writes a whole session as one JSON file with every name as stored, so that {@code beraad import}
 * can restore it in another database: the JSON export of {@code report --format json}, never made
 * anonymous (an anonymous session stays anonymous where it is imported: that is part of its data).
 */
@Command(name = "export", description = "Schrijft een hele sessie naar een JSON-bestand, om haar elders in te lezen "
        + "met beraad import. Het bestand bevat alle namen.")
final class ExportCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "SESSIE", description = "Nummer van de sessie (zie: sessions).")
    long sessionId;

    @Option(names = {"-o", "--output"}, paramLabel = "BESTAND", description = "Schrijf naar dit bestand in plaats van naar het scherm.")
    Path output;

    ExportCommand(AppContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        SessionId id = new SessionId(sessionId);
        nl.beraad.app.SessionService.Reported reported = context.read(service -> service.forReport(id));
        SessionRecord record = reported.record();
        String text = context.signed(new JsonExport(Version.current()).render(record, reported.provenance(),
                ReportNames.stored(record, msg()), context.clock.instant(), reported.log()));
        if (output == null) {
            out().print(text);
            out().flush();
        } else {
            ReportFiles.write(output, text);
            err().println(msg().get("export.written", id, output));
        }
        return 0;
    }
}
