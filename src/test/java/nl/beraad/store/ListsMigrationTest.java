package nl.beraad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.beraad.support.Beraad;
import nl.beraad.support.Exports;
import nl.beraad.support.Postgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists that an older Beraad joined into one text (an item's questions, attention points and
 * options, a position's numbers, a conclusion's action points) come through V14__lists.sql whole,
 * on an H2 file and on a PostgreSQL server (issue 14): as arrays with every element as it was read
 * before, diacritics, commas and blank action lines included, and the same report on both.
 */
@Timeout(120)
class ListsMigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T19:30:00Z"), ZoneOffset.UTC);
    private static final String WHY = "lists joined by an older Beraad cannot be converted on PostgreSQL";

    @Test
    void anH2FileKeepsEveryListAndTheReportShowsThem(@TempDir Path dir) throws Exception {
        String report = reportOfH2(dir);

        assertTrue(report.contains("1. Wonen, zorg en welzijn\n2. Jeugd\n3. Schuldhulp à la carte\n"), report);
        assertTrue(report.contains("| Anouk | Wonen, zorg en welzijn; Schuldhulp à la carte |\n| José | Jeugd |\n"
                + "| Sjoerd | onthouding |"), report);
        assertTrue(report.contains("- Brief aan het college sturen.\n- Gesprek met wethouder Öztürk plannen.\n"), report);
    }

    @Test
    void aPostgresqlDatabaseKeepsEveryListAndGivesTheSameReport(@TempDir Path dir) throws Exception {
        String onH2 = reportOfH2(dir.resolve("h2"));
        try (Postgres pg = Postgres.fresh(WHY)) {
            try (Connection c = pg.connect()) {
                OldSchemas.make(c, OldSchemas.JOINED);
                OldSchemas.addLists(c);
            }
            Beraad beraad = new Beraad(dir.resolve("pg")).at(CLOCK);
            beraad.env().put("BERAAD_DB", pg.url());
            beraad.env().putAll(pg.login());

            Beraad.Run report = beraad.run("report", "1");

            assertEquals(0, report.code(), report.err());
            // The same but for the stamp, which holds the session's uid (each old database got its own at V13).
            assertEquals(Exports.withoutLog(onH2), Exports.withoutLog(report.out()));
            try (Connection c = pg.connect()) {
                assertEquals(OldSchemas.latest(), OldSchemas.version(c));
                assertEquals(OldSchemas.LISTS, OldSchemas.lists(c));
                assertEquals(OldSchemas.CONTENTS, OldSchemas.contents(c));
            }
        }
    }

    /** Makes an H2 file as the older Beraad left it, has Beraad report on it, and checks the lists it then holds. */
    private static String reportOfH2(Path dir) throws Exception {
        Beraad beraad = new Beraad(dir).at(CLOCK);
        OldSchemas.make(beraad.db(), OldSchemas.JOINED);
        try (Connection c = beraad.jdbc()) {
            OldSchemas.addLists(c);
        }

        Beraad.Run report = beraad.run("report", "1");

        assertEquals(0, report.code(), report.err());
        try (Connection c = beraad.jdbc()) {
            assertEquals(OldSchemas.latest(), OldSchemas.version(c));
            assertEquals(OldSchemas.LISTS, OldSchemas.lists(c));
            assertEquals(OldSchemas.CONTENTS, OldSchemas.contents(c));
        }
        return report.out();
    }
}
