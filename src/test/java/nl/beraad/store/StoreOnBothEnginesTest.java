package nl.beraad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.beraad.app.DemoSession;
import nl.beraad.app.SessionClaim;
import nl.beraad.app.SessionService;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.SessionRecord;
import nl.beraad.report.JsonExport;
import nl.beraad.report.MarkdownReport;
import nl.beraad.report.ReportNames;
import nl.beraad.support.Postgres;
import nl.beraad.text.Messages;
import nl.beraad.support.Exports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store on a PostgreSQL server does what it does on an H2 file (issue 14): a whole meeting
 * stored there gives the council the same report, byte for byte; and a session is steered by one
 * terminal at a time, taken over on request, after which the former holder's next change is refused.
 */
@Timeout(60)
class StoreOnBothEnginesTest {
    private static final String WHY = "the store cannot be tried on PostgreSQL";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T19:30:00Z"), ZoneOffset.UTC);

    @Test
    void aWholeMeetingGivesTheSameReportAndExportOnBothEngines(@TempDir Path dir) throws Exception {
        String[] onH2;
        try (Database h2 = Database.open(dir.resolve("beraad.mv.db"))) {
            onH2 = meetingAndItsReport(h2);
        }
        String[] onPostgresql;
        try (Postgres pg = Postgres.fresh(WHY); Database server = server(pg)) {
            onPostgresql = meetingAndItsReport(server);
        }
        assertTrue(onH2[0].contains("Anouk de Vries") && onH2[0].length() > 5_000, onH2[0]);
        assertEquals(onH2[0], onPostgresql[0], "the Markdown report");
        assertEquals(Exports.withoutUid(onH2[1]), Exports.withoutUid(onPostgresql[1]), "the JSON export");
    }

    @Test
    void onPostgresqlASessionHasOneHolderWhoCanBeTakenOver() throws Exception {
        try (Postgres pg = Postgres.fresh(WHY);
             Database first = server(pg);
             Database second = server(pg)) {
            SessionService laptop = service(first);
            SessionService other = service(second);
            long id = laptop.start(DemoSession.SET_ID, "Adviesraad").id();
            SessionClaim held = laptop.claim(id);
            laptop.addParticipant(id, "Anouk de Vries");

            BeraadException refused = assertThrows(BeraadException.class, () -> other.claim(id));
            assertEquals(ExitCode.CONFLICT, refused.exitCode());
            assertEquals("session.held", refused.problems().get(0).key());

            SessionClaim takenOver = other.claim(id, true);
            other.addParticipant(id, "José Öztürk");
            BeraadException lost = assertThrows(BeraadException.class, () -> laptop.addParticipant(id, "Sjoerd Bakker"));
            assertTrue(SessionClaim.lost(lost), lost.problems().toString());

            assertEquals(java.util.List.of("Anouk de Vries", "José Öztürk"),
                    other.participants(id).stream().map(nl.beraad.domain.Participant::name).toList());
            takenOver.close();
            held.close();
        }
    }

    private static Database server(Postgres pg) {
        return Database.server(pg.address());
    }

    private static SessionService service(Database db) {
        return new SessionService(new JdbcSessionStore(db), new SetDirectory(Path.of("dilemmas").toAbsolutePath()), CLOCK);
    }

    /** The demo meeting played through the service, and its Markdown report and JSON export. */
    private static String[] meetingAndItsReport(Database db) throws SQLException {
        SessionService service = service(db);
        long id = DemoSession.play(service, "Adviesraad sociaal domein").id();
        SessionRecord record = service.record(id);
        Messages nl = Messages.forLanguage("nl");
        ReportNames names = ReportNames.of(record, false, nl);
        return new String[] {new MarkdownReport(nl, ZoneOffset.UTC, "test").render(record, names, CLOCK.instant()),
            new JsonExport("test").render(record, names, CLOCK.instant())};
    }
}
