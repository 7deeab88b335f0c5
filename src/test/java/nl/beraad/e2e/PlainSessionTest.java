package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import nl.beraad.support.Beraad;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A whole meeting of the SCP set typed into line mode through a pipe, checked in the database and the report. */
@Timeout(60)
class PlainSessionTest {

    /** The meeting as a facilitator would type it: three members, all four dilemmas, one second round. */
    static final List<String> MEETING = List.of(
            "deelnemer Anouk de Vries, José Öztürk",
            "deelnemer Sjoerd Bakker",
            "toon",
            "stem Anouk 1",
            "stem jose B",
            "stem Sjoerd o",
            "onthul",
            "argument A Anouk de Vries: Inwoners willen zelf de regie houden.",
            "argument B José: Wie geen netwerk heeft, valt tussen wal en schip!!",
            "argument N -: Zie C:\\rapporten\\2022 voor de cijfers.",
            "ronde2",
            "stem Anouk 2",
            "stem José 4",
            "stem Sjoerd 3",
            "onthul",
            "conclusie De raad adviseert maatwerk per huishouden.",
            "volgende",
            "stem Anouk A+",
            "stem José A",
            "stem Sjoerd A",
            "onthul",
            "conclusie Voorrang voor de meest kwetsbaren.",
            "volgende",
            "stemmen",
            "2",
            "1",
            "m",
            "onthul",
            "argument A Sjoerd Bakker: Eén plan per huishouden.",
            "conclusie Organiseer de hulp rond het huishouden.",
            "volgende",
            "stem Anouk 5",
            "stem José 1",
            "stem Sjoerd 5",
            "onthul",
            "conclusie De raad is verdeeld; een minderheid wil vaste regels.",
            "afronden");

    static String lines(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void aWholeMeetingThroughAPipeIsStoredAndReported(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        Beraad.Run run = beraad.withInput(lines(MEETING), "start", "--set", "scp-dilemmas-2022", "--plain",
                "--title", "Adviesraad november");

        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("Sessie 1 is afgerond"), run.out());
        assertFalse(run.out().contains("Exception"), run.out());
        assertStoredMeeting(beraad);
        assertReport(beraad);
    }

    /** What the full meeting must leave in the database, however many runs it took. */
    static void assertStoredMeeting(Beraad beraad) throws Exception {
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("1|Adviesraad november|scp-dilemmas-2022|FINISHED"),
                    Rows.of(c, "SELECT id, title, set_id, status FROM session"));
            assertEquals(List.of("1|Anouk de Vries", "2|José Öztürk", "3|Sjoerd Bakker"),
                    Rows.of(c, "SELECT seq, name FROM participant ORDER BY seq"));
            assertEquals(List.of(
                            "1|1|Anouk de Vries|1", "1|1|José Öztürk|4", "1|1|Sjoerd Bakker|0",
                            "1|2|Anouk de Vries|2", "1|2|José Öztürk|4", "1|2|Sjoerd Bakker|3",
                            "2|1|Anouk de Vries|1", "2|1|José Öztürk|2", "2|1|Sjoerd Bakker|2",
                            "3|1|Anouk de Vries|2", "3|1|José Öztürk|1", "3|1|Sjoerd Bakker|3",
                            "4|1|Anouk de Vries|5", "4|1|José Öztürk|1", "4|1|Sjoerd Bakker|5"),
                    Rows.of(c, "SELECT v.item_no, v.round, p.name, v.position FROM vote v "
                            + "JOIN participant p ON p.id = v.participant_id ORDER BY v.item_no, v.round, p.seq"));
            assertEquals(List.of(
                            "1|A|Anouk de Vries|Inwoners willen zelf de regie houden.",
                            "1|B|José Öztürk|Wie geen netwerk heeft, valt tussen wal en schip!!",
                            "1|NONE|null|Zie C:\\rapporten\\2022 voor de cijfers.",
                            "3|A|Sjoerd Bakker|Eén plan per huishouden."),
                    Rows.of(c, "SELECT a.item_no, a.side, p.name, a.text FROM argument a "
                            + "LEFT JOIN participant p ON p.id = a.participant_id ORDER BY a.id"));
            assertEquals(List.of(
                            "1|De raad adviseert maatwerk per huishouden.",
                            "2|Voorrang voor de meest kwetsbaren.",
                            "3|Organiseer de hulp rond het huishouden.",
                            "4|De raad is verdeeld; een minderheid wil vaste regels."),
                    Rows.of(c, "SELECT item_no, text FROM conclusion ORDER BY item_no"));
            assertEquals(List.of("1|2|2", "2|1|1", "3|1|1", "4|1|1"),
                    Rows.of(c, "SELECT item_no, round, revealed_round FROM session_item ORDER BY item_no"));
        }
    }

    static void assertReport(Beraad beraad) {
        Beraad.Run report = beraad.run("report", "1");
        assertEquals(0, report.code(), report.err());
        String md = report.out();
        assertTrue(md.startsWith("# Verslag: Adviesraad november\n"), md);
        assertTrue(md.contains("- **Aanwezig (3):** Anouk de Vries, José Öztürk, Sjoerd Bakker\n"), md);
        assertTrue(md.contains("| Status | afgerond |"), md);
        for (String title : List.of("## 1. Eigen kracht", "## 2. Prioriteren", "## 3. Integraal werken",
                "## 4. Menselijke maat")) {
            assertTrue(md.contains("\n" + title + "\n"), title);
        }
        // Item 1, round 1: sterk A, B, abstain; round 2: A, B, midden.
        assertTrue(md.contains("### Posities, ronde 1\n\n1 deelnemer koos voor A, 1 voor B; 1 onthouding.\n"), md);
        assertTrue(md.contains("### Posities, ronde 2\n\n1 deelnemer koos voor A, 1 voor B, 1 in het midden.\n"), md);
        assertTrue(md.contains("1 sterk A   ████████████████████ 1\n2 A         0\n3 midden    0\n"
                + "4 B         ████████████████████ 1\n5 sterk B   0\nonthouding  ████████████████████ 1\n"), md);
        // Item 2: everyone on side A, so full agreement shows in the tally and the figure.
        assertTrue(md.contains("3 deelnemers kozen voor A, met algemene stemmen.\n"), md);
        assertTrue(md.contains("- Anouk de Vries: Inwoners willen zelf de regie houden.\n"), md);
        assertTrue(md.contains("- José Öztürk: Wie geen netwerk heeft, valt tussen wal en schip!!\n"), md);
        assertTrue(md.contains("- Anoniem: Zie C:\\rapporten\\2022 voor de cijfers.\n"), md);
        assertTrue(md.contains("### Conclusie\n\nDe raad is verdeeld; een minderheid wil vaste regels.\n"), md);
        assertTrue(md.contains("Overeenstemming: "), md);
    }

    @Test
    void typingMistakesGetOneSentenceAndTheMeetingGoesOn(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        Beraad.Run run = beraad.withInput(lines(List.of(
                "deelnemer Anouk",
                "stemm Anouk 2",
                "stem Bert 2",
                "stem Anouk 9",
                "argument X Anouk: tekst",
                "argument A Bert: tekst",
                "ga 7",
                "ga 0",
                "deelnemer anouk",
                "stem Anouk 2",
                "stop")), "start", "--set", "scp-dilemmas-2022", "--plain");

        assertEquals(0, run.code());
        String out = run.out();
        assertTrue(out.contains("Onbekend commando 'stemm'. Typ 'help' voor de lijst."), out);
        assertTrue(out.contains("Er is geen deelnemer 'Bert'."), out);
        assertTrue(out.contains("'9' is geen geldig antwoord. Typ 1 tot 5, A+, A, M, B, B+, of o voor onthouding."), out);
        assertTrue(out.contains("'X' is geen kant."), out);
        assertTrue(out.contains("Er is geen deelnemer 'Bert'. Voeg die eerst toe"), out);
        assertTrue(out.contains("Er is geen item 7; deze sessie heeft items 1 tot en met 4."), out);
        assertTrue(out.contains("Er is geen item 0; deze sessie heeft items 1 tot en met 4."), out);
        assertTrue(out.contains("anouk doet al mee."), out);
        assertTrue(out.contains("Positie van Anouk vastgelegd"), out);
        assertTrue(out.contains("Gepauzeerd. Alles is bewaard. Verder gaan: scripts/beraad resume 1"), out);
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("Anouk|2"), Rows.of(c, "SELECT p.name, v.position FROM vote v "
                    + "JOIN participant p ON p.id = v.participant_id"));
        }
    }

    @Test
    void helpListsEveryCommandAndExplainsOne(@TempDir Path dir) {
        Beraad beraad = new Beraad(dir);
        Beraad.Run run = beraad.withInput("help\nhelp stem\nstop\n", "start", "--set", "scp-dilemmas-2022", "--plain");
        for (String word : List.of("deelnemer", "stem", "stemmen", "onthul", "ronde2", "argument", "conclusie",
                "volgende", "vorige", "ga", "overzicht", "stop", "afronden")) {
            assertTrue(run.out().contains("\n  " + word + " "), word + " missing from help:\n" + run.out());
        }
        assertTrue(run.out().contains("stem <naam> <positie>\n  Legt de positie van een deelnemer vast"), run.out());
    }

    @Test
    void theEnglishUiUnderstandsEnglishWords(@TempDir Path dir) {
        Beraad beraad = new Beraad(dir);
        Beraad.Run run = beraad.withInput("participant Anouk\nvote Anouk 2\nreveal\nquit\n",
                "--lang", "en", "start", "--set", "scp-dilemmas-2022", "--plain");
        assertEquals(0, run.code(), run.err());
        String out = run.out();
        assertTrue(out.contains("Participant 1 added: Anouk"), out);
        assertTrue(out.contains("Position of Anouk recorded (round 1; 1 of 1 voted)."), out);
        assertTrue(out.contains("Result of round 1 (1 of 1 participants):"), out);
        // Line mode puts the count before the bar (issue 11): "2 A:" with its count, then the blocks.
        assertTrue(out.matches("(?s).*\n  2 A: +1  █+\n.*"), out);
        assertTrue(out.contains("Paused. Everything has been saved. To carry on: scripts/beraad resume 1"), out);
        assertFalse(out.contains("Onbekend commando"), out);

        Beraad.Run report = beraad.run("--lang", "en", "report", "1");
        assertTrue(report.out().startsWith("# "), report.out());
        assertFalse(report.out().contains("Deelnemers"), report.out());
    }
}
