package nl.beraad.cli;

import java.nio.file.Path;
import java.util.List;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionRecord;
import nl.beraad.report.ComparisonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes two sessions on the same set side by side (Markdown), to standard output or a file. */
@Command(name = "compare", description = "Zet twee sessies over dezelfde dilemmaset per item naast elkaar: "
        + "uitslagen, overeenstemming en conclusies (Markdown).")
final class CompareCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "SESSIE", description = "Nummer van de eerste sessie, de linkerkolom (zie: sessions).")
    long first;

    @Parameters(index = "1", paramLabel = "SESSIE", description = "Nummer van de tweede sessie, de rechterkolom.")
    long second;

    @Option(names = {"-o", "--output"}, paramLabel = "BESTAND", description = "Schrijf naar dit bestand in plaats van naar het scherm.")
    Path output;

    CompareCommand(AppContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        List<SessionRecord> both = context.read(service -> List.of(service.record(new SessionId(first)),
                service.record(new SessionId(second))));
        SessionRecord a = both.get(0);
        SessionRecord b = both.get(1);
        String markdown = new ComparisonReport(msg(), context.zone(), Version.current())
                .render(a, b, context.clock.instant());
        if (output == null) {
            out().print(markdown);
            out().flush();
        } else {
            ReportFiles.write(output, markdown);
            err().println(msg().get("compare.written", output));
        }
        return 0;
    }
}
