package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.beraad.support.Beraad;
import nl.beraad.support.BeraadProcess;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasing one person on request (issue 15, AVG): `sessions forget NAME` leaves no trace of the name
 * in any spelling in any table, report or export, the log still verifies with the erasure as an
 * entry, the person's texts are replaced or removed as chosen, and without --yes (no terminal) it
 * changes nothing.
 */
@Timeout(120)
class ForgetTest {
    /** "Zoë Öztürk" in any spelling: capitals, diacritics, first name or surname alone. */
    private static final Pattern HER = Pattern.compile("\\b(zoe|ozturk)\\b");

    private Beraad beraad;

    @BeforeEach
    void meetings(@TempDir Path dir) {
        beraad = new Beraad(dir);
        // 1: she is a member with positions and arguments; others mention her; a correction names her;
        // the secretary is "Z. Öztürk"; finished and signed.
        Beraad.Run first = beraad.withInput(String.join("\n",
                "deelnemer Zoë Öztürk, Bram, Cor",
                "stem Zoë 1",
                "stem Bram 2",
                "stem Cor 5",
                "onthul",
                "corrigeer Cor 4: ZOË wees op een telfout",
                "argument A Zoë: Eigen regie vraagt ondersteuning",
                "argument B Bram: Ik sluit me aan bij zoe, maar kijk naar de kosten",
                "bewerk 1 Eigen regie vraagt steun dichtbij huis",
                "conclusie De raad volgt Zoë Öztürk: maatwerk dichtbij.",
                "volgende",
                "stem Zoë 2",
                "stem Bram 2",
                "afronden") + "\n", "start", "--set", "scp-dilemmas-2022", "--plain", "--secretary", "Z. Öztürk",
                "--facilitator", "Anouk de Wit");
        assertEquals(0, first.code(), first.err());
        // 2: she is a member again, written without diacritics.
        Beraad.Run second = beraad.withInput(String.join("\n",
                "deelnemer zoe ozturk, Dirk",
                "stem zoe 3",
                "argument B zoe: Te weinig tijd voor mantelzorgers",
                "argument A Dirk: Ozturk heeft gelijk over de wachtlijst",
                "stop") + "\n", "start", "--set", "scp-dilemmas-2022", "--plain");
        assertEquals(0, second.code(), second.err());
        // 3: she is not in it: left alone.
        Beraad.Run third = beraad.withInput("deelnemer Emma, Fatima\nstem Emma 1\nargument A Fatima: Zoek het dichtbij.\nstop\n",
                "start", "--set", "scp-dilemmas-2022", "--plain");
        assertEquals(0, third.code(), third.err());
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Every value of every table that mentions her, as "table: row". */
    private List<String> mentions() throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = beraad.jdbc()) {
            List<String> tables = Rows.of(c, "SELECT table_name FROM information_schema.tables WHERE UPPER(table_schema) "
                    + "= 'PUBLIC' AND table_type IN ('BASE TABLE', 'TABLE')");
            assertTrue(tables.size() >= 15, tables.toString());
            for (String table : tables) {
                for (String row : Rows.of(c, "SELECT * FROM " + table)) {
                    if (HER.matcher(fold(row)).find()) {
                        found.add(table + ": " + row);
                    }
                }
            }
        }
        return found;
    }

    private List<String> everyRow() throws Exception {
        List<String> all = new ArrayList<>();
        try (Connection c = beraad.jdbc()) {
            for (String table : Rows.of(c, "SELECT table_name FROM information_schema.tables WHERE UPPER(table_schema) "
                    + "= 'PUBLIC' AND table_type IN ('BASE TABLE', 'TABLE') ORDER BY table_name")) {
                Rows.of(c, "SELECT * FROM " + table).stream().sorted().forEach(r -> all.add(table + ": " + r));
            }
        }
        return all;
    }

    /** The reports and exports of a session, each as text. */
    private List<String> outputs(int session) {
        List<String> out = new ArrayList<>();
        for (String[] args : List.of(new String[] {"report", "" + session}, new String[] {"report", "" + session, "--format",
            "html"}, new String[] {"report", "" + session, "--format", "csv"}, new String[] {"report", "" + session,
            "--format", "json"}, new String[] {"export", "" + session})) {
            Beraad.Run run = beraad.run(args);
            assertEquals(0, run.code(), String.join(" ", args) + ": " + run.err());
            out.add(String.join(" ", args) + "\n" + run.out());
        }
        return out;
    }

    @Test
    void forgottenWithReplacedTextsNoSpellingOfTheNameIsLeftAnywhereAndTheLogStillVerifies() throws Exception {
        assertFalse(mentions().isEmpty(), "the meetings mention her before");
        assertTrue(outputs(1).stream().anyMatch(o -> HER.matcher(fold(o)).find()));

        Beraad.Run run = beraad.run("sessions", "forget", "Zoë Öztürk", "--texts", "replace", "--yes");

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Sessie 1 (") && run.out().contains("als deelnemer Zoë Öztürk"), run.out());
        assertTrue(run.out().contains("als deelnemer zoe ozturk"), run.out());
        assertFalse(run.out().contains("Sessie 3 ("), run.out());
        assertTrue(run.out().contains("Wissen verandert 2 sessie(s): 2 keer als deelnemer"), run.out());
        assertTrue(run.out().contains("Gewist uit 2 sessie(s)"), run.out());

        assertEquals(List.of(), mentions());
        for (int session = 1; session <= 3; session++) {
            for (String output : outputs(session)) {
                assertFalse(HER.matcher(fold(output)).find(), output);
            }
        }
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("Deelnemer 1", "Bram", "Cor"), Rows.of(c, "SELECT name FROM participant WHERE session_id = 1 "
                    + "ORDER BY seq"));
            assertEquals(List.of("(tekst verwijderd op verzoek)", "Ik sluit me aan bij Deelnemer 1, maar kijk naar de kosten"),
                    Rows.of(c, "SELECT text FROM argument WHERE session_id = 1 ORDER BY id"));
            assertEquals(List.of("Deelnemer 1|Anouk de Wit"), Rows.of(c, "SELECT secretary, facilitator FROM session WHERE id = 1"));
            assertEquals(List.of("Deelnemer 1 wees op een telfout"), Rows.of(c, "SELECT reason FROM correction WHERE session_id = 1 "
                    + "AND reason LIKE '%telfout%'"));
            assertEquals(List.of("Ozturk heeft gelijk over de wachtlijst".replace("Ozturk", "Deelnemer 1")),
                    Rows.of(c, "SELECT text FROM argument WHERE session_id = 2 AND text LIKE '%wachtlijst%'"));
            assertEquals(List.of("Zoek het dichtbij."), Rows.of(c, "SELECT text FROM argument WHERE session_id = 3"));
            assertEquals(List.of("ERASURE"), Rows.of(c, "SELECT kind FROM session_log WHERE session_id = 1 AND seq = "
                    + "(SELECT MAX(seq) FROM session_log WHERE session_id = 1)"));
        }
        for (int session = 1; session <= 3; session++) {
            Beraad.Run verify = beraad.run("verify", "" + session);
            assertEquals(0, verify.code(), verify.out() + verify.err());
            assertTrue(verify.out().startsWith("Sessie " + session + " klopt: de vastgelegde gegevens zijn precies wat het "
                    + "logboek vastlegde"), verify.out());
        }
        // The finished session is signed again over its log with the erasure in it, so its reports check out again.
        try (Connection c = beraad.jdbc()) {
            assertEquals(Rows.of(c, "SELECT log_count, log_head FROM session WHERE id = 1"),
                    Rows.of(c, "SELECT log_count, log_head FROM session_seal WHERE session_id = 1"));
        }
        assertTrue(beraad.run("verify", "1").out().contains(", en het logboek is ondertekend met sleutel "),
                beraad.run("verify", "1").out());
        Path after = beraad.db().resolveSibling("na-het-wissen.md");
        assertEquals(0, beraad.run("report", "1", "-o", after.toString()).code());
        Beraad.Run checked = beraad.run("verify", after.toString());
        assertEquals(0, checked.code(), checked.err());

        Beraad.Run again = beraad.run("sessions", "forget", "Öztürk", "--texts", "replace", "--yes");
        assertEquals(1, again.code(), again.out());
        assertEquals("De naam 'Öztürk' komt in geen enkele sessie voor, in geen enkele schrijfwijze; er is niets gewijzigd.\n",
                again.err());
    }

    @Test
    void forgottenWithRemovedTextsHerArgumentsGoAndTheOthersPositionsStay() throws Exception {
        String before = beraad.run("report", "1").out();
        Beraad.Run run = beraad.run("sessions", "forget", "öztürk", "--texts", "remove", "--yes");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("eigen tekst(en) verwijderd"), run.out());
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("Ik sluit me aan bij Deelnemer 1, maar kijk naar de kosten"),
                    Rows.of(c, "SELECT text FROM argument WHERE session_id = 1 ORDER BY id"));
            assertEquals(List.of("Dirk"), Rows.of(c, "SELECT p.name FROM argument a JOIN participant p ON p.id = "
                    + "a.participant_id WHERE a.session_id = 2"));
            // Her positions stay, under her new name: only her texts go.
            assertEquals(List.of("1:1:3", "1:2:2", "2:1:1", "3:1:1"), Rows.of(c, "SELECT session_id || ':' || item_no || ':' "
                    + "|| COUNT(*) FROM vote GROUP BY session_id, item_no ORDER BY session_id, item_no"));
        }
        String after = beraad.run("report", "1").out();
        assertEquals(tallies(before), tallies(after));
        assertEquals(List.of(), mentions());
        assertEquals(0, beraad.run("verify", "1").code());
        assertEquals(0, beraad.run("verify", "2").code());
    }

    /** The tally sentences of a report: how many took each position. */
    private static List<String> tallies(String report) {
        return report.lines().filter(l -> l.matches(".*\\d+ (deelnemer|keer|voor|tegen).*") && !l.contains("Deelnemer")
                && !l.contains("Öztürk") && !l.contains("Zoë")).toList();
    }

    @Test
    void aSessionOpenInAnotherTerminalIsSkippedAndSaidSoAndTheOthersAreErased() throws Exception {
        try (BeraadProcess p = BeraadProcess.start(beraad, "resume", "2", "--plain")) {
            p.await("Typ 'help'", Duration.ofSeconds(30));

            Beraad.Run run = beraad.run("sessions", "forget", "Zoë Öztürk", "--texts", "replace", "--yes");

            assertEquals(3, run.code(), run.err());
            assertTrue(run.out().contains("Gewist uit 1 sessie(s)"), run.out());
            assertTrue(run.err().contains("Sessie 2 is overgeslagen, want die is nog geopend in een ander venster; er is "
                    + "daarin niets gewist."), run.err());
            try (Connection c = beraad.jdbc()) {
                assertEquals(List.of("Deelnemer 1"), Rows.of(c, "SELECT name FROM participant WHERE session_id = 1 AND seq = 1"));
                assertEquals(List.of("zoe ozturk"), Rows.of(c, "SELECT name FROM participant WHERE session_id = 2 AND seq = 1"));
            }
            p.type("stop");
            p.await("Gepauzeerd", Duration.ofSeconds(30));
        }
        Beraad.Run later = beraad.run("sessions", "forget", "Zoë Öztürk", "--texts", "replace", "--yes");
        assertEquals(0, later.code(), later.err());
        assertEquals(List.of(), mentions());
    }

    @Test
    void withoutYesAndWithoutATerminalItRefusesAndChangesNothing() throws Exception {
        List<String> before = everyRow();
        Beraad.Run run = beraad.run("sessions", "forget", "Zoë Öztürk", "--texts", "replace");
        assertEquals(2, run.code(), run.out());
        assertTrue(run.out().contains("als deelnemer Zoë Öztürk"), "the matches are shown first: " + run.out());
        assertEquals("Er is niets gewist: bevestig met --yes (er is geen terminal om ja te typen), bijvoorbeeld: beraad "
                + "sessions forget 'Zoë Öztürk' --texts replace --yes\n", run.err());
        assertEquals(before, everyRow());

        Beraad.Run noChoice = beraad.run("sessions", "forget", "Zoë Öztürk", "--yes");
        assertEquals(2, noChoice.code());
        assertTrue(noChoice.err().startsWith("Kies wat er met de eigen argumenten"), noChoice.err());
        assertEquals(before, everyRow());
    }
}
