package nl.beraad.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import nl.beraad.app.SessionService;
import nl.beraad.support.Unlogged;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionRecord;
import nl.beraad.report.HtmlReport;
import nl.beraad.report.MarkdownReport;
import nl.beraad.report.ReportNames;
import nl.beraad.text.Messages;

/**
 * Times the export of a session's Markdown report the way the home page's E and 'beraad report -o'
 * do it: read the whole session, render it, write the file (via a temporary file and a move).
 */
final class ReportBench {
    /** The whole export, and its two parts. */
    record Result(SamplesBench total, SamplesBench read, SamplesBench render, SamplesBench anonymous,
                  SamplesBench html, int chars) {
    }

    private ReportBench() {
    }

    static Result run(SessionService service, SessionId sessionId, Path dir, int warmups, int runs) throws Exception {
        MarkdownReport report = new MarkdownReport(Messages.forLanguage("nl"), ZoneId.systemDefault(), "bench");
        Path file = dir.resolve("verslag-" + sessionId + ".md");
        int chars = 0;
        for (int i = 0; i < warmups; i++) {
            chars = export(service, report, sessionId, file);
        }
        SamplesBench total = SamplesBench.time(runs, () -> export(service, report, sessionId, file));
        SamplesBench read = SamplesBench.time(runs, () -> service.record(sessionId));
        SessionRecord record = service.record(sessionId);
        SamplesBench render = SamplesBench.time(runs, () -> report.render(Unlogged.reported(record), Instant.now()));
        // Anonymous: every free text is searched for every participant's name.
        Messages msg = Messages.forLanguage("nl");
        SamplesBench anonymous = SamplesBench.time(runs,
                () -> report.render(record, Unlogged.of(record), ReportNames.of(record, true, msg), Instant.now()));
        SamplesBench html = SamplesBench.time(runs,
                () -> new HtmlReport(msg.locale()).render(report.render(Unlogged.reported(record), Instant.now())));
        return new Result(total, read, render, anonymous, html, chars);
    }

    private static int export(SessionService service, MarkdownReport report, SessionId sessionId, Path file)
            throws Exception {
        String markdown = report.render(service.forReport(sessionId), Instant.now());
        Path tmp = Files.createTempFile(file.getParent(), ".beraad-", ".tmp");
        Files.writeString(tmp, markdown, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return markdown.length();
    }
}
