package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import nl.beraad.support.Beraad;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session's hash-chained log (issue 15): a meeting with every kind of stored action verifies;
 * a row changed, added or deleted in the database outside Beraad is found with its item and the
 * log's entry; an entry changed or cut off breaks the chain at that entry; the text of a deleted
 * argument stays nowhere, the log included, and the session still verifies.
 */
@Timeout(60)
class VerifyTest {
    private Beraad beraad;

    @BeforeEach
    void meeting(@TempDir Path dir) {
        beraad = new Beraad(dir);
        Beraad.Run run = beraad.withInput(String.join("\n",
                "deelnemer Zoë Öztürk, Bram, Cor",
                "stem Zoë 1",
                "stem Bram 2",
                "stem Cor 5",
                "onthul",
                "corrigeer Cor 4: verkeerd verstaan",
                "argument A Zoë: Eigen regie vraagt ondersteuning",
                "argument B Bram: Mijn schulden zijn privé",
                "bewerk 1 Eigen regie vraagt steun",
                "wis 2 ja: op verzoek van Bram",
                "conclusie De raad kiest voor maatwerk.",
                "volgende",
                "handen 1,1,0,0,1",
                "onthul",
                "corrigeer handen 0,1,1,0,1: opnieuw geteld",
                "hernoem Cor: Cor van Dam",
                "afronden") + "\n", "start", "--set", "scp-dilemmas-2022", "--plain");
        assertEquals(0, run.code(), run.err());
    }

    private Beraad.Run verify() {
        return beraad.run("verify", "1");
    }

    /** The number of the last entry that recorded the fact {@code key}. */
    private int entryOf(String key) throws Exception {
        try (Connection c = beraad.jdbc()) {
            List<String> seqs = Rows.of(c, "SELECT seq FROM session_log WHERE session_id = 1 AND content LIKE '%= "
                    + key + " %' ORDER BY seq DESC");
            return Integer.parseInt(seqs.get(0));
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection c = beraad.jdbc(); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    private static long participant(Connection c, String name) throws Exception {
        return Long.parseLong(Rows.of(c, "SELECT id FROM participant WHERE name = '" + name + "'").get(0));
    }

    @Test
    void aMeetingWithEveryKindOfActionVerifies() throws Exception {
        Beraad.Run run = verify();
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Sessie 1 klopt: de vastgelegde gegevens zijn precies wat het logboek vastlegde ("),
                run.out());
        try (Connection c = beraad.jdbc()) {
            // start, three members, positions, reveal, corrections, arguments, conclusion, hands, rename, finish
            int entries = Integer.parseInt(Rows.of(c, "SELECT COUNT(*) FROM session_log").get(0));
            assertTrue(run.out().contains("(" + entries + " vermeldingen;"), run.out());
            assertTrue(entries >= 15, "entries: " + entries);
            assertEquals(List.of("FINISHED"), Rows.of(c, "SELECT kind FROM session_log WHERE content LIKE '%FINISHED%' "
                    + "AND kind = 'STATUS'").stream().map(k -> "FINISHED").toList());
        }
        Beraad.Run english = beraad.run("--lang", "en", "verify", "1");
        assertTrue(english.out().startsWith("Session 1 checks out"), english.out());
    }

    @Test
    void theFinishSignsTheLogWithThisInstallationsKeyAndALaterEditIsSaidToComeAfter() throws Exception {
        Beraad.Run keys = beraad.run("keys");
        assertEquals(0, keys.code(), keys.err());
        String fingerprint = keys.out().lines().filter(l -> l.startsWith("Vingerafdruk: ")).findFirst().orElseThrow()
                .substring("Vingerafdruk: ".length());
        Beraad.Run run = verify();
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("en het logboek is ondertekend met sleutel " + fingerprint
                + " (de sleutel van deze installatie)."), run.out());
        try (Connection c = beraad.jdbc()) {
            assertEquals(Rows.of(c, "SELECT log_count, log_head FROM session"), Rows.of(c,
                    "SELECT log_count, log_head FROM session_seal"), "the signature covers the log as it ended at the finish");
        }

        assertEquals(0, beraad.run("sessions", "edit", "1", "--place", "Raadzaal").code());
        Beraad.Run later = verify();
        assertEquals(0, later.code(), later.err());
        assertTrue(later.out().replaceAll("\\s+", " ").contains("tot en met vermelding"), later.out());

        // A seal rewritten in the database to cover the edit too no longer holds: only the key could sign it.
        sql("UPDATE session_seal SET log_count = (SELECT log_count FROM session), log_head = (SELECT log_head FROM session)");
        Beraad.Run forged = verify();
        assertEquals(1, forged.code(), forged.out());
        assertEquals("Sessie 1 is buiten Beraad om gewijzigd: de handtekening bij de sessie past niet bij het logboek.", forged.err().strip());
    }

    @Test
    void aSessionFinishedWithoutAKeySaysItIsUnsigned(@TempDir Path other) throws Exception {
        Beraad elsewhere = new Beraad(other);
        Files.createDirectories(elsewhere.db().getParent());
        // A key file that is no key: it is not replaced, and the meeting is still finished.
        Path key = elsewhere.db().resolveSibling("beraad.key");
        Files.writeString(key, "geen sleutel\n");
        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Beraad.Run run = elsewhere.withInput("deelnemer Anouk\nstem Anouk 2\nafronden\n", "start", "--set",
                "scp-dilemmas-2022", "--plain");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Let op: de sessie is niet ondertekend, omdat er geen sleutel is: De sleutel " + key
                + " is beschadigd"), "the facilitator is told at the finish: " + run.out());
        Beraad.Run check = elsewhere.run("verify", "1");
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("ze is afgerond zonder handtekening, omdat er toen geen sleutel te maken of te "
                + "lezen was."), check.out());
        assertEquals("geen sleutel\n", Files.readString(key));
        Beraad.Run keys = elsewhere.run("keys");
        assertEquals(1, keys.code());
        assertTrue(keys.err().startsWith("De sleutel " + key + " is beschadigd"), keys.err());
    }

    @Test
    void anImportedSessionVerifiesAndSaysItsSignatureDidNotComeAlong(@TempDir Path other) throws Exception {
        Path file = other.resolve("sessie.json");
        assertEquals(0, beraad.run("export", "1", "-o", file.toString()).code());
        Beraad elsewhere = new Beraad(other.resolve("elders"));
        Beraad.Run imported = elsewhere.run("import", file.toString());
        assertEquals(0, imported.code(), imported.err());
        Beraad.Run check = elsewhere.run("verify", "1");
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("ze is uit een export of een andere database ingelezen, en een handtekening gaat "
                + "daarbij niet mee."), check.out());
    }

    @Test
    void aPositionChangedInTheDatabaseIsFoundWithItsItemAndEntry() throws Exception {
        long bram;
        try (Connection c = beraad.jdbc()) {
            bram = participant(c, "Bram");
        }
        int entry = entryOf("vote/1/1/" + bram);
        sql("UPDATE vote SET position = 5 WHERE session_id = 1 AND item_no = 1 AND participant_id = " + bram);

        Beraad.Run run = verify();
        assertEquals(1, run.code(), run.out());
        assertEquals("Sessie 1 is buiten Beraad om gewijzigd: bij item 1 wijkt de positie van Bram in ronde 1 af van "
                + "vermelding " + entry + " van het logboek.", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void aRowAddedOrDeletedOutsideBeraadIsFound() throws Exception {
        long zoe;
        try (Connection c = beraad.jdbc()) {
            zoe = participant(c, "Zoë Öztürk");
        }
        sql("INSERT INTO vote (session_id, participant_id, item_no, round, position, numbers, cast_at, method) "
                + "SELECT session_id, participant_id, 3, round, position, numbers, cast_at, method FROM vote "
                + "WHERE session_id = 1 AND item_no = 1 AND participant_id = " + zoe);
        Beraad.Run added = verify();
        assertEquals(1, added.code(), added.out());
        assertEquals("Sessie 1 is buiten Beraad om gewijzigd: bij item 3 staat de positie van Zoë Öztürk in ronde 1 in de "
                + "database die in geen enkele vermelding van het logboek voorkomt.", added.err().strip());

        int conclusion = entryOf("conclusion/1");
        sql("DELETE FROM conclusion WHERE session_id = 1 AND item_no = 1");
        Beraad.Run deleted = verify();
        assertEquals(1, deleted.code());
        assertEquals("Sessie 1 is buiten Beraad om gewijzigd: bij item 1 wijkt de conclusie af van vermelding "
                + conclusion + " van het logboek.", deleted.err().strip(), "a difference the log names comes first");
    }

    @Test
    void aChangedOrMissingEntryBreaksTheChainThere() throws Exception {
        sql("UPDATE session_log SET content = REPLACE(content, 'maatwerk', 'bezuinigen') WHERE session_id = 1 "
                + "AND content LIKE '%maatwerk%'");
        int changed = entryOf("conclusion/1");
        Beraad.Run run = verify();
        assertEquals(1, run.code());
        assertEquals("Sessie 1 is buiten Beraad om gewijzigd: het logboek klopt niet meer vanaf vermelding " + changed + ".",
                run.err().strip());
    }

    @Test
    void anEntryCutOffTheEndIsFound() throws Exception {
        int last;
        try (Connection c = beraad.jdbc()) {
            last = Integer.parseInt(Rows.of(c, "SELECT MAX(seq) FROM session_log").get(0));
        }
        sql("DELETE FROM session_log WHERE session_id = 1 AND seq = " + last);
        assertEquals("Sessie 1 is buiten Beraad om gewijzigd: het logboek klopt niet meer vanaf vermelding " + last + ".",
                verify().err().strip());
    }

    @Test
    void aDeletedArgumentsTextIsNowhereAndTheSessionStillVerifies() throws Exception {
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("0"), Rows.of(c, "SELECT COUNT(*) FROM session_log WHERE content LIKE '%schulden%'"));
            assertEquals(List.of("0"), Rows.of(c, "SELECT COUNT(*) FROM correction WHERE before_value LIKE '%schulden%' "
                    + "OR after_value LIKE '%schulden%'"));
            assertFalse(Rows.of(c, "SELECT seq FROM session_log WHERE redacted").isEmpty(), "the entry that held it is marked");
        }
        assertEquals(0, verify().code(), verify().err());
    }

    @Test
    void aSessionFromBeforeTheLogSaysSoAndIsLoggedFromItsNextChange() throws Exception {
        sql("DELETE FROM session_log");
        sql("DELETE FROM session_seal");
        sql("UPDATE session SET log_count = 0, log_head = '" + "0".repeat(64) + "'");
        Beraad.Run old = beraad.run("--debug", "verify", "1");
        assertEquals(0, old.code(), old.err());
        assertTrue(old.out().startsWith("Sessie 1 heeft nog geen logboek"), old.out());

        Beraad.Run edit = beraad.run("sessions", "edit", "1", "--place", "Raadzaal");
        assertEquals(0, edit.code(), edit.err());
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("1|SNAPSHOT", "2|DETAILS"), Rows.of(c, "SELECT seq, kind FROM session_log ORDER BY seq"));
        }
        Beraad.Run older = verify();
        assertEquals(0, older.code(), older.err());
        assertTrue(older.out().contains("ze is afgerond voordat Beraad sessies ondertekende, dus er is geen handtekening."),
                older.out());
        sql("UPDATE argument SET text = 'Iets anders' WHERE session_id = 1");
        Beraad.Run changed = beraad.run("--debug", "verify", "1");
        assertTrue(changed.err().contains("wijkt argument of antwoord nummer 1 af van vermelding 1"), changed.err());
    }
}
