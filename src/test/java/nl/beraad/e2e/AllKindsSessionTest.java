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

/**
 * A meeting over a set with one item of every kind, typed into line mode: every kind's responses
 * are stored as they were given, wrong ones are refused, and the report shows each kind's result.
 */
@Timeout(60)
class AllKindsSessionTest {
    private static final Path SET = Path.of("src/test/resources/nl/beraad/e2e/alle-soorten.yaml").toAbsolutePath();

    static final List<String> MEETING = List.of(
            "deelnemer Anouk de Vries, José Öztürk, Sjoerd Bakker, Fatima el Amrani",
            "toon",
            // 1 dilemma
            "stem Anouk 1", "stem José B", "stem Sjoerd M", "stem Fatima o",
            "onthul",
            "argument A Anouk: Wie schulden heeft, schaamt zich en vraagt niet snel.",
            "conclusie Alleen aanbellen met een concreet aanbod.",
            "volgende",
            // 2 stelling, two rounds
            "stem Anouk ++", "stem José +", "stem Sjoerd -", "stem Fatima 4",
            "onthul",
            "argument oneens Sjoerd: Eén plan wordt snel één dik dossier.",
            "argument eens -: Dan hoeft niemand zijn verhaal drie keer te doen.",
            "ronde2",
            "stem Anouk 5", "stem José 4", "stem Sjoerd 0", "stem Fatima +",
            "onthul",
            "volgende",
            // 3 keuze, at most two
            "stem Anouk 1,2,3",
            "stem Anouk 3, 1",
            "stem José 3", "stem Sjoerd 2,3", "stem Fatima o",
            "onthul",
            "argument José: De wachtlijst bij de Wmo is het langst.",
            "volgende",
            // 4 verdeling of 100 points
            "stem Anouk 50, 50, 10",
            "stem Anouk 50,30",
            "stem Anouk 50, 30, 20", "stem José 0,0,100", "stem Sjoerd 40;40;20", "stem Fatima 34 33 33",
            "onthul",
            "volgende",
            // 5 rangorde, in turn
            "stemmen",
            "2,1,3,4",
            "1,2,3,4",
            "1,2",
            "2,3,1,4",
            "4,3,2,1",
            "onthul",
            "volgende",
            // 6 vraag
            "stem Anouk 1",
            "antwoord Anouk: Dat de regels van het Rijk komen.",
            "stemmen",
            "De wachtlijsten.",
            "",
            "Dat ik de inwoners niet spreek.",
            "conclusie Volgende keer een inwoner uitnodigen.",
            "afronden");

    @Test
    void aMeetingOverEveryKindIsStoredAndReportedWithEachKindsResult(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        Beraad.Run run = beraad.withInput(String.join("\n", MEETING) + "\n", "start", "--set", SET.toString(),
                "--plain");

        assertEquals(0, run.code(), run.err());
        String out = run.out();
        assertTrue(out.contains("Sessie 1 is afgerond"), out);
        assertFalse(out.contains("Exception"), out);
        // Wrong responses get one sentence each and change nothing.
        assertTrue(out.contains("U koos 3 opties; bij dit item kiest u er hoogstens 2."), out);
        assertTrue(out.contains("De punten tellen op tot 110; samen moeten ze precies 100 zijn."), out);
        assertTrue(out.contains("U gaf 2 getallen, maar er zijn 3 opties;"), out);
        assertTrue(out.contains("U zette 2 opties op volgorde; zet ze alle 4 op volgorde, elk nummer één keer."), out);
        assertTrue(out.contains("Een open vraag heeft geen posities of rondes;"), out);

        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of(
                    "1|1|1|1|", "1|1|2|4|", "1|1|3|3|", "1|1|4|0|",
                    "2|1|1|5|", "2|1|2|4|", "2|1|3|2|", "2|1|4|4|",
                    "2|2|1|5|", "2|2|2|4|", "2|2|3|3|", "2|2|4|4|",
                    "3|1|1|1|1,3", "3|1|2|1|3", "3|1|3|1|2,3", "3|1|4|0|",
                    "4|1|1|1|50,30,20", "4|1|2|1|0,0,100", "4|1|3|1|40,40,20", "4|1|4|1|34,33,33",
                    "5|1|1|1|2,1,3,4", "5|1|2|1|1,2,3,4", "5|1|3|1|2,3,1,4", "5|1|4|1|4,3,2,1"),
                    Rows.of(c, "SELECT v.item_no, v.round, p.seq, v.position, v.numbers FROM vote v "
                            + "JOIN participant p ON p.id = v.participant_id ORDER BY v.item_no, v.round, p.seq"));
            assertEquals(List.of(
                    "1|A|1|Wie schulden heeft, schaamt zich en vraagt niet snel.",
                    "2|A|3|Eén plan wordt snel één dik dossier.",
                    "2|B|null|Dan hoeft niemand zijn verhaal drie keer te doen.",
                    "3|NONE|2|De wachtlijst bij de Wmo is het langst.",
                    "6|NONE|1|Dat de regels van het Rijk komen.",
                    "6|NONE|2|De wachtlijsten.",
                    "6|NONE|4|Dat ik de inwoners niet spreek."),
                    Rows.of(c, "SELECT a.item_no, a.side, p.seq, a.text FROM argument a "
                            + "LEFT JOIN participant p ON p.id = a.participant_id ORDER BY a.id"));
        }

        Beraad.Run report = beraad.run("report", "1");
        assertEquals(0, report.code(), report.err());
        String md = report.out();
        // dilemma: tally sentence, median and agreement
        assertTrue(md.contains("1 deelnemer koos voor A, 1 voor B, 1 in het midden; 1 onthouding."), md);
        // statement: agree first, both rounds
        assertTrue(md.contains("**Stelling:** Elk huishouden met vragen op meerdere terreinen krijgt één plan."), md);
        assertTrue(md.contains("### Posities, ronde 1\n\n3 deelnemers zijn het eens, 1 oneens.\n"), md);
        assertTrue(md.contains("### Posities, ronde 2\n\n3 deelnemers zijn het eens, 1 neutraal.\n"), md);
        assertTrue(md.contains("4 eens             ████████████████████ 2\n5 helemaal eens    ██████████ 1\n"), md);
        assertTrue(md.contains("**Eens met de stelling**\n\n- Anoniem: Dan hoeft niemand"), md);
        // choice: counts per option and the most chosen
        assertTrue(md.contains("3 deelnemers maakten een keuze; 1 onthouding."), md);
        assertTrue(md.contains("1 Schuldhulp         ███████ 1\n2 Jeugdhulp          ███████ 1\n"
                + "3 Wmo-ondersteuning  ████████████████████ 3\nonthouding           ███████ 1\n"), md);
        assertTrue(md.contains("Meest gekozen: Wmo-ondersteuning (3 van 3 deelnemers)."), md);
        // allocation: point totals and averages, highest first
        assertTrue(md.contains("4 deelnemers verdeelden elk 100 punten."), md);
        assertTrue(md.contains("3 Bestaanszekerheid  ████████████████████ 173\n"), md);
        assertTrue(md.contains("Gemiddeld per deelnemer (van 100 punten): Bestaanszekerheid 43,3; Wonen 31,0; Jeugd 25,8."),
                md);
        // ranking: Borda table; a tie shares a place
        assertTrue(md.contains("| Plaats | Optie | Punten | Keer als eerste |\n|---:|---|---:|---:|\n"
                + "| 1 | Jeugd | 9 | 2 |\n| 2 | Wonen | 6 | 1 |\n| 2 | Gezond leven | 6 | 0 |\n"
                + "| 4 | Inclusie | 3 | 1 |\n"), md);
        // open question: the answers, no positions
        assertTrue(md.contains("**Vraag:** Waar loopt u als raadslid het meest tegenaan?"), md);
        assertTrue(md.contains("### Antwoorden\n\n- Anouk de Vries: Dat de regels van het Rijk komen.\n"
                + "- José Öztürk: De wachtlijsten.\n- Fatima el Amrani: Dat ik de inwoners niet spreek.\n"), md);
        String question = md.substring(md.indexOf("## 6. "));
        assertFalse(question.contains("### Posities"), question);
    }

    @Test
    void theEnglishReportNamesEachKindsResultInEnglish(@TempDir Path dir) {
        Beraad beraad = new Beraad(dir);
        beraad.withInput(String.join("\n", MEETING) + "\n", "start", "--set", SET.toString(), "--plain");

        String md = beraad.run("--lang", "en", "report", "1").out();

        assertTrue(md.contains("1 participant chose A, 1 chose B, 1 chose the middle; 1 abstention."), md);
        assertTrue(md.contains("3 participants agree, 1 disagree."), md);
        assertTrue(md.contains("Chosen most: Wmo-ondersteuning (3 of 3 participants)."), md);
        assertTrue(md.contains("Average per participant (of 100 points): Bestaanszekerheid 43.3; Wonen 31.0; Jeugd 25.8."),
                md);
        assertTrue(md.contains("| Place | Option | Points | Times first |"), md);
        assertTrue(md.contains("### Answers"), md);
    }
}
