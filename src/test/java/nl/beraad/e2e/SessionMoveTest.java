package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.beraad.app.DemoSession;
import nl.beraad.app.SessionService;
import nl.beraad.content.SetDirectory;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.support.Beraad;
import nl.beraad.support.Exports;
import nl.beraad.support.Postgres;
import nl.beraad.support.RecordedMeetings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving sessions between databases (issue 14, point 6): {@code beraad export} and {@code beraad
 * import}, H2 to PostgreSQL and back, reproduce the report byte for byte with the same checksum;
 * {@code db copy} moves a laptop's sessions into a server's database; the same session brought twice
 * is stored once; and a damaged, foreign or anonymous file is refused in one sentence with nothing
 * stored.
 */
@Timeout(180)
class SessionMoveTest {
    private static final String WHY = "sessions cannot be moved to PostgreSQL";
    private static final Path SET = Path.of("src/test/resources/nl/beraad/report/golden/golden-set.yaml").toAbsolutePath();
    /** Reports are made at one moment, so that two of them can be compared byte for byte. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T20:00:00Z"), ZoneOffset.UTC);

    /**
     * A laptop with three finished sessions stored through the service: the demo, every item kind,
     * and every kind of correction (an edited argument, a deleted answer whose id only its correction
     * still names).
     */
    private static Beraad laptop(Path dir) {
        Beraad laptop = new Beraad(dir.resolve("laptop")).at(CLOCK);
        try (Database db = Database.open(laptop.db())) {
            SessionService service = new SessionService(new JdbcSessionStore(db),
                    new SetDirectory(Path.of("dilemmas").toAbsolutePath()),
                    RecordedMeetings.ticking(Instant.parse("2026-03-12T18:30:00Z"), ZoneId.of("Europe/Amsterdam")));
            DemoSession.play(service, "Demonstratie");
            RecordedMeetings meetings = new RecordedMeetings(service, SET);
            meetings.everyKind();
            meetings.corrections();
        }
        return laptop;
    }

    @Test
    void anExportImportedOnAServerAndBackGivesTheSameReportByteForByte(@TempDir Path dir) throws Exception {
        Beraad laptop = laptop(dir);
        try (Postgres pg = Postgres.fresh(WHY)) {
            Beraad server = PostgresqlMeetingTest.onServer(dir, pg, pg.address().shown()).at(CLOCK);
            Beraad back = new Beraad(dir.resolve("back")).at(CLOCK);
            for (int id = 1; id <= 3; id++) {
                Path file = dir.resolve("sessie-" + id + ".json");
                ok(laptop.run("export", Integer.toString(id), "-o", file.toString()));
                Beraad.Run in = ok(server.run("import", file.toString()));
                assertTrue(in.out().contains("is ingelezen als sessie " + id + "; het controlegetal ("), in.out());

                Path again = dir.resolve("terug-" + id + ".json");
                ok(server.run("export", Integer.toString(id), "-o", again.toString()));
                ok(back.run("import", again.toString()));

                // All but the footer's log and stamp: the moved session starts a log of its own (issue 15).
                String report = Exports.withoutLog(ok(laptop.run("report", Integer.toString(id))).out());
                sameText(report, Exports.withoutLog(ok(server.run("report", Integer.toString(id))).out()),
                        "session " + id + " on the server");
                sameText(report, Exports.withoutLog(ok(back.run("report", Integer.toString(id))).out()),
                        "session " + id + " back on H2");
                String html = Exports.withoutLog(ok(laptop.run("report", Integer.toString(id), "--format", "html")).out());
                assertEquals(html, Exports.withoutLog(ok(back.run("report", Integer.toString(id), "--format", "html")).out()));
                // The export of the imported session is the file it came from, but for the moment it was made.
                assertEquals(Exports.withoutMomentAndNumber(Files.readString(file)),
                        Exports.withoutMomentAndNumber(Files.readString(again)),
                        "session " + id + " exported again");
            }
            assertTrue(ok(laptop.run("report", "3")).out().contains("antwoord van Anouk de Vries verwijderd; de tekst is niet bewaard"),
                    "the corrections session has a deleted answer");
        }
    }

    @Test
    void theSameFileImportedTwiceIsStoredOnceAndAChangedCopyIsNotOverwritten(@TempDir Path dir) throws Exception {
        Beraad laptop = laptop(dir);
        Beraad other = new Beraad(dir.resolve("other")).at(CLOCK);
        Path file = dir.resolve("sessie-2.json");
        ok(laptop.run("export", "2", "-o", file.toString()));
        ok(other.run("import", file.toString()));
        Map<String, Integer> rows = rows(other);

        Beraad.Run twice = ok(other.run("import", file.toString()));
        assertEquals("Sessie 'Armoede en ondersteuning' staat hier al, als sessie 1, met precies dezelfde gegevens; "
                + "er is niets ingelezen.\n", twice.out());
        assertEquals(rows, rows(other), "nothing was stored twice");

        try (Connection c = other.jdbc(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE session SET title = 'Armoede (bijgewerkt)'"); // the session went on here
        }
        Beraad.Run changed = other.run("import", file.toString());
        assertEquals(3, changed.code(), changed.err());
        assertEquals("Sessie 'Armoede en ondersteuning' staat hier al, als sessie 1, maar met andere gegevens; er is "
                + "niets ingelezen. Verwijder sessie 1 eerst als het bestand moet gelden.\n", changed.err());
        assertTrue(ok(other.run("sessions")).out().contains("Armoede (bijgewerkt)"), "the copy here was kept");
    }

    @Test
    void dbCopyMovesALaptopsSessionsToTheServerOnceAndTheyComeBackTheSame(@TempDir Path dir) throws Exception {
        Beraad laptop = laptop(dir);
        try (Postgres pg = Postgres.fresh(WHY)) {
            Beraad server = PostgresqlMeetingTest.onServer(dir, pg, pg.address().shown()).at(CLOCK);
            String to = pg.address().shown();
            laptop.env().putAll(pg.login());
            Beraad.Run copy = laptop.run("db", "copy", "--from", laptop.db().toString(), "--to", to);
            assertEquals(0, copy.code(), copy.err());
            assertEquals(List.of("Sessie 1 'Demonstratie' is gekopieerd als sessie 1.",
                    "Sessie 2 'Armoede en ondersteuning' is gekopieerd als sessie 2.",
                    "Sessie 3 'Correcties' is gekopieerd als sessie 3.",
                    "3 gekopieerd, 0 stonden er al, 0 niet gekopieerd; naar " + to + "."), copy.out().lines().toList());
            Map<String, Integer> rows = rows(server);

            Beraad.Run again = laptop.run("db", "copy", "--from", laptop.db().toString(), "--to", to);
            assertEquals(0, again.code(), again.err());
            assertTrue(again.out().endsWith("0 gekopieerd, 3 stonden er al, 0 niet gekopieerd; naar " + to + ".\n"),
                    again.out());
            assertEquals(rows, rows(server), "a second copy stores nothing twice");

            Beraad fresh = new Beraad(dir.resolve("fresh")).at(CLOCK);
            Beraad.Run home = laptop.run("db", "copy", "--from", to, "--to", fresh.db().toString(), "--session", "2,3");
            assertEquals(0, home.code(), home.err());
            assertEquals(2, home.out().lines().count() - 1, home.out());
            for (int id = 2; id <= 3; id++) {
                assertEquals(Exports.withoutLog(ok(laptop.run("report", Integer.toString(id))).out()),
                        Exports.withoutLog(ok(fresh.run("report", Integer.toString(id - 1))).out()), "session " + id);
            }

            Beraad.Run unknown = laptop.run("db", "copy", "--from", laptop.db().toString(), "--to",
                    dir.resolve("nieuw").toString(), "--session", "1,9");
            assertEquals(2, unknown.code(), unknown.err());
            assertTrue(unknown.err().startsWith("Sessie 9 staat niet in " + laptop.db() + "; er is niets gekopieerd."),
                    unknown.err());
            assertEquals("", unknown.out(), "nothing copied, not even session 1");
            assertFalse(Files.exists(dir.resolve("nieuw.mv.db")), "and no new database made");

            Beraad.Run same = laptop.run("db", "copy", "--from", to, "--to", to);
            assertEquals(2, same.code());
            assertEquals(1, same.err().lines().count(), same.err());
            Beraad.Run none = laptop.run("db", "copy", "--from", dir.resolve("nergens").toString(), "--to", to);
            assertEquals(2, none.code());
            assertFalse(Files.exists(dir.resolve("nergens.mv.db")), "a mistyped --from makes no database");
        }
    }

    /**
     * An anonymous session moves as it is stored (its members "Deelnemer n", issue 15: it holds no
     * names) and stays anonymous where it arrives: its report there names nobody, as here.
     */
    @Test
    void anAnonymousSessionMovesWithItsNamesAndStaysAnonymous(@TempDir Path dir) throws Exception {
        Beraad laptop = new Beraad(dir.resolve("laptop")).at(CLOCK);
        ok(laptop.withInput("deelnemer 2\nargument A Deelnemer 1: Het moet dichtbij.\n"
                + "stop\n", "start", "--set", "scp-dilemmas-2022", "--plain", "--anonymous"));
        Path file = dir.resolve("anoniem.json");
        ok(laptop.run("export", "1", "-o", file.toString()));
        String json = Files.readString(file);
        assertTrue(json.contains("\"name\": \"Deelnemer 2\""), "the export holds the names as stored");
        assertTrue(json.contains("\"anonymous\": true") && json.contains("\"names\": \"anonymous\""),
                "and says the session is anonymous");

        Beraad other = new Beraad(dir.resolve("other")).at(CLOCK);
        ok(other.run("import", file.toString()));
        String report = ok(other.run("report", "1")).out();
        assertEquals(Exports.withoutLog(ok(laptop.run("report", "1")).out()), Exports.withoutLog(report));
        assertFalse(report.contains("Zoë") || report.contains("Anouk"), report);
        assertTrue(report.contains("Deelnemer 1"), report);
    }

    /** Every way a file can be wrong, each refused in one sentence with exit 2, and nothing stored. */
    @Test
    void aDamagedForeignOrAnonymousFileIsRefusedInOneSentenceAndNothingIsStored(@TempDir Path dir) throws Exception {
        Beraad laptop = laptop(dir);
        Path good = dir.resolve("goed.json");
        ok(laptop.run("export", "2", "-o", good.toString()));
        String json = Files.readString(good);
        Beraad target = new Beraad(dir.resolve("target")).at(CLOCK);
        ok(target.run("sessions"));
        Map<String, Integer> empty = rows(target);

        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("half.json", json.substring(0, json.length() / 2));
        files.put("leeg.json", "");
        files.put("lijst.json", "[1, 2, 3]");
        files.put("vreemd.json", "{\"name\": \"iets anders\"}");
        files.put("oud.json", json.replace("beraad-session/2", "beraad-session/1"));
        files.put("nieuw.json", json.replace("beraad-session/2", "beraad-session/3"));
        files.put("veranderd.json", json.replace("Wie schulden heeft, schaamt zich", "Wie schulden heeft, schaamt zich niet"));
        files.put("zonder-titel.json", json.replaceFirst("\"title\": \"Armoede en ondersteuning\",\n", ""));
        files.put("verkeerd-soort.json", json.replaceFirst("\"currentItem\": \\d+", "\"currentItem\": \"acht\""));
        files.put("onmogelijk.json", json.replace("\"revealedRound\": 1", "\"revealedRound\": 7"));
        files.put("twee-documenten.json", json + json);
        files.put("commentaar.json", "// Beraad\n" + json);
        files.put("anoniem.json", ok(laptop.run("report", "2", "--format", "json", "--anonymous")).out());
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = dir.resolve(f.getKey());
            Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
            Beraad.Run run = target.run("import", file.toString());
            assertEquals(2, run.code(), f.getKey() + ": " + run.err() + run.out());
            assertEquals(1, run.err().lines().count(), f.getKey() + ": " + run.err());
            assertTrue(run.err().startsWith(file + ": "), f.getKey() + ": " + run.err());
            assertTrue(run.err().strip().endsWith("Er is niets ingelezen."), f.getKey() + ": " + run.err());
            assertEquals(empty, rows(target), f.getKey() + " stored something");
        }
        Path binary = dir.resolve("plaatje.json");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff});
        Beraad.Run run = target.run("import", binary.toString());
        assertEquals(2, run.code(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        Beraad.Run missing = target.run("import", dir.resolve("nergens.json").toString());
        assertEquals(2, missing.code());
        assertEquals("Het bestand " + dir.resolve("nergens.json") + " bestaat niet.\n", missing.err());
        assertEquals(empty, rows(target));
        ok(target.run("import", good.toString()));
    }

    /** Equal texts, or a failure that names the first line that differs (a whole report is too long to read in a message). */
    private static void sameText(String expected, String actual, String what) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            String want = i < e.size() ? e.get(i) : "(end)";
            String got = i < a.size() ? a.get(i) : "(end)";
            assertEquals(want, got, what + ", line " + (i + 1));
        }
        assertEquals(expected, actual, what);
    }

    private static Beraad.Run ok(Beraad.Run run) {
        assertEquals(0, run.code(), run.err());
        return run;
    }

    /** How many rows each of the session tables holds. */
    private static Map<String, Integer> rows(Beraad beraad) throws SQLException {
        Map<String, Integer> out = new java.util.TreeMap<>();
        List<String> tables = new ArrayList<>(List.of("session", "session_item", "participant", "vote", "hand_count",
                "argument", "conclusion", "correction", "session_event", "speaker"));
        try (Connection c = beraad.jdbc(); Statement st = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    out.put(table, rs.getInt(1));
                }
            }
        }
        return out;
    }
}
