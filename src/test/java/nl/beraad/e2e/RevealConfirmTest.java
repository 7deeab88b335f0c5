package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import nl.beraad.support.Beraad;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * In line mode a reveal typed before every member present has a position shows nothing and says
 * how many answered and who not yet; 'onthul toch' reveals all the same. Once revealed a round is
 * final, so a reveal by accident would be an undoable mistake.
 */
@Timeout(60)
class RevealConfirmTest {

    @Test
    void anEarlyRevealAsksFirstAndOnlyTheWordAnywayReveals(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        Beraad.Run run = beraad.withInput(String.join("\n", "deelnemer Anouk, Bram", "stem Anouk 1", "onthul",
                "onthul toch", "volgende", "onthul", "stop", ""), "start", "--set", "scp-dilemmas-2022", "--plain");

        assertEquals(0, run.code(), run.err());
        String out = run.out().replaceAll("\\s+", " ");
        assertTrue(out.contains("Nog niet iedereen heeft een positie: 1 van 2 (nog niet: Bram). Niets onthuld. "
                + "Toch onthullen? Typ: onthul toch"), run.out());
        assertTrue(out.contains("Uitslag ronde 1 (1 van 2 deelnemers)"), "'onthul toch' reveals: " + run.out());
        assertTrue(out.contains("Niet gestemd: Bram."), "the reveal names who did not vote: " + run.out());
        assertTrue(out.contains("Nog niemand heeft een positie (0 van 2), dus er is niets te onthullen."), run.out());
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("1|1", "2|0", "3|0", "4|0"),
                    Rows.of(c, "SELECT item_no, revealed_round FROM session_item ORDER BY item_no"));
        }
    }

    @Test
    void inEnglishTheWordIsAnyway(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        Beraad.Run run = beraad.withInput(String.join("\n", "participant Anouk, Bram", "vote Anouk 1", "reveal",
                "reveal anyway", "stop", ""), "--lang", "en", "start", "--set", "scp-dilemmas-2022", "--plain");

        assertEquals(0, run.code(), run.err());
        String out = run.out().replaceAll("\\s+", " ");
        assertTrue(out.contains("Not everyone has a position yet: 1 of 2 (not yet: Bram). Nothing revealed. "
                + "Reveal anyway? Type: reveal anyway"), run.out());
        assertEquals(1, out.split("Nothing revealed").length - 1, "'reveal anyway' does not ask again: " + run.out());
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("1"), Rows.of(c, "SELECT revealed_round FROM session_item WHERE item_no = 1"));
        }
    }
}
