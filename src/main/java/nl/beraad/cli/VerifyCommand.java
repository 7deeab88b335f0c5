package nl.beraad.cli;

import java.nio.file.Path;
import nl.beraad.app.LogCheck;
import nl.beraad.app.ReportCheck;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.Problem;
import nl.beraad.domain.Seal;
import nl.beraad.domain.SessionId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Checks a session's stored data against its hash-chained log, or a report file against its
 * signature, and says in one sentence whether it is exactly what was recorded and signed, or where
 * it first differs (exit 1 then).
 */
@Command(name = "verify", description = "Controleert of de vastgelegde gegevens van een sessie precies zijn wat haar "
        + "logboek vastlegde (SESSIE), of dat een verslag of export (BESTAND: .md, .html, .csv, .json) ongewijzigd is "
        + "en gemaakt van de sessie zoals die is ondertekend.")
final class VerifyCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "SESSIE|BESTAND", description = "Nummer van de sessie (zie: sessions), "
            + "of een verslag of export.")
    String target;

    @Option(names = "--key", paramLabel = "BESTAND", description = "De openbare sleutel van de installatie die het "
            + "verslag maakte (beraad.pub, of wat 'beraad keys' daar toont); standaard die van deze installatie.")
    Path keyFile;

    VerifyCommand(AppContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        if (target.matches("\\d{1,18}")) {
            LogCheck check = context.read(service -> service.verify(new SessionId(Long.parseLong(target))));
            return said(check.intact(), check.sentence());
        }
        Path file = Path.of(target);
        String text = TextFiles.read(file, "verify.report.nottext");
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1); // the byte-order mark a spreadsheet's CSV starts with is not signed
        }
        ReportCheck check = ReportCheck.of(file.getFileName().toString(), text, this::trustedKey);
        return said(check.holds(), check.sentence());
    }

    private int said(boolean holds, Problem sentence) {
        (holds ? out() : err()).println(msg().problem(sentence));
        return holds ? 0 : ExitCode.ERROR.code();
    }

    /**
     * The key the file should be signed with: the one given; else this installation's, or one it
     * signed with before whose fingerprint is {@code signedBy}; null when there is none here.
     */
    private String trustedKey(String signedBy) {
        if (keyFile == null) {
            try {
                nl.beraad.store.InstallationKey key = context.key();
                return key.earlierPublicKeys().stream().filter(k -> Seal.fingerprint(k).equals(signedBy)).findFirst()
                        .orElse(key.publicKey());
            } catch (BeraadException noKey) {
                return null;
            }
        }
        return TextFiles.read(keyFile, "verify.key.unreadable").lines().map(String::strip).filter(l -> l.startsWith(Seal.PUBLIC_KEY_PREFIX)).findFirst()
                .orElseThrow(() -> BeraadException.invalid("verify.key.unreadable", keyFile));
    }
}
