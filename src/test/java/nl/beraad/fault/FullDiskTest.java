package nl.beraad.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.SessionId;
import nl.beraad.support.Beraad;
import nl.beraad.support.BeraadProcess;
import nl.beraad.support.Exports;
import nl.beraad.support.Rows;
import nl.beraad.support.SmallDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk under the database fills up in the middle of a meeting: the facilitator hears that the
 * disk is full (not "damaged", not an internal error), nothing that was confirmed is lost, and once
 * there is space again the meeting goes on. A clerk can still export the report meanwhile.
 */
@Timeout(300)
class FullDiskTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String STORED = "Argument van Anouk vastgelegd";

    @Test
    void aDiskThatFillsUpMidMeetingIsSaidToBeFullAndEverythingConfirmedIsKept(@TempDir Path dir) throws Exception {
        // Making a new database takes some 6 to 7 MB for a moment (16 schema versions, each DDL statement committed;
        // V14__lists.sql alone adds 2.2 MB) before it is compacted.
        try (SmallDisk disk = SmallDisk.of(dir.resolve("schijf"), 8192)) {
            Beraad beraad = new Beraad(disk.dir());
            String output;
            Integer code;
            int confirmed;
            try (BeraadProcess p = BeraadProcess.start(beraad, disk.wrapper(), "start", "--set", "scp-dilemmas-2022",
                    "--plain")) {
                p.await("Typ 'help'", WAIT);
                p.type("deelnemer Anouk, Bram");
                p.await("Deelnemer 2 toegevoegd", WAIT);
                String filler = " Zorg dichtbij huis.".repeat(150);
                for (int i = 1; i <= 3000 && p.isAlive(); i++) {
                    p.type("argument A Anouk: Nummer " + i + "." + filler);
                    awaitCount(p, STORED, i);
                }
                code = p.waitFor(WAIT);
                output = p.output();
                confirmed = count(output, STORED);
            }
            assertNotEquals(null, code, "Beraad must stop by itself once the disk is full:\n" + tail(output));
            assertEquals(1, code, tail(output));
            assertTrue(output.contains("De schijf met de database " + beraad.db() + " is vol. Wat al was vastgelegd, "
                    + "is bewaard."), tail(output));
            for (String bad : List.of("onverwachte fout", "beschadigd", "Er ging iets mis", "Exception", "\tat ")) {
                assertFalse(output.contains(bad), tail(output));
            }
            assertTrue(confirmed > 5, "the disk filled before the meeting began: " + confirmed);

            // While the disk is still full a clerk exports the report (read-only) to standard output.
            Beraad.Run report = beraad.run("report", "1");
            assertEquals(0, report.code(), report.err());
            assertTrue(report.out().contains("Nummer " + confirmed + "."), "the last confirmed argument is in the report");

            if (disk.real()) {
                // Writing the report onto the full disk fails in one sentence and leaves no half file.
                Path target = disk.dir().resolve("verslag.md");
                Beraad.Run onDisk = beraad.run("report", "1", "-o", target.toString());
                assertEquals(1, onDisk.code(), onDisk.err());
                assertEquals("Het verslag kan niet worden geschreven naar " + target + ": de schijf is vol. Maak ruimte "
                        + "vrij, of kies een andere plek.\n", onDisk.err());
                try (Stream<Path> files = Files.list(disk.dir())) {
                    assertEquals(List.of(), files.map(f -> f.getFileName().toString())
                            .filter(n -> n.startsWith("verslag") || n.endsWith(".tmp")).toList());
                }
            }

            disk.grow();
            Beraad.Run resumed = beraad.withInput("argument B Bram: Na het opruimen.\nstop\n", "resume", "1", "--plain");
            assertEquals(0, resumed.code(), resumed.err());
            try (Connection c = beraad.jdbc()) {
                List<String> stored = Rows.of(c, "SELECT text FROM argument ORDER BY id");
                List<String> numbers = new ArrayList<>();
                for (String s : stored) {
                    numbers.add(s.substring(0, s.indexOf('.') + 1));
                }
                for (int i = 1; i <= confirmed; i++) {
                    assertTrue(numbers.contains("Nummer " + i + "."), "confirmed argument " + i + " was lost");
                }
                assertEquals("Na het opruimen.", stored.get(stored.size() - 1));
            }
        }
    }

    /**
     * An import larger than the space left: refused in one sentence that says the disk is full, the
     * sessions already there untouched and nothing of the new one stored; with space again the same
     * file is imported whole.
     */
    @Test
    void anImportThatDoesNotFitIsSaidToBeFullAndStoresNothingOfIt(@TempDir Path dir) throws Exception {
        // Both reports at one moment: the report says when it was made, and it is compared byte for byte.
        java.time.Clock made = java.time.Clock.fixed(java.time.Instant.parse("2026-11-30T20:00:00Z"),
                java.time.ZoneOffset.UTC);
        Beraad laptop = new Beraad(dir.resolve("laptop")).at(made);
        try (nl.beraad.store.Database db = laptop.database()) {
            nl.beraad.app.SessionService service = new nl.beraad.app.SessionService(
                    new nl.beraad.store.JdbcSessionStore(db),
                    new nl.beraad.content.SetDirectory(Path.of("dilemmas").toAbsolutePath()), java.time.Clock.systemUTC());
            SessionId id = service.start("scp-dilemmas-2022", null).id();
            nl.beraad.domain.Participant anouk = service.addParticipant(id, "Anouk");
            String filler = " Zorg dichtbij huis, met de mensen die er al zijn.".repeat(70);
            for (int i = 1; i <= 2500; i++) { // some 9 MB of text, more than the disk has left
                service.addArgument(id, ItemNo.of(1), anouk, nl.beraad.domain.Side.A, "Nummer " + i + "." + filler);
            }
        }
        Path file = dir.resolve("groot.json");
        assertEquals(0, laptop.run("export", "1", "-o", file.toString()).code());

        try (SmallDisk disk = SmallDisk.of(dir.resolve("schijf"), 8192)) {
            Beraad server = new Beraad(disk.dir()).at(made);
            Beraad.Run started = server.withInput("deelnemer Chris\nstop\n", "start", "--set", "scp-dilemmas-2022",
                    "--plain");
            assertEquals(0, started.code(), started.err());
            Beraad.Run full;
            try (BeraadProcess p = BeraadProcess.start(server, disk.wrapper(), "import", file.toString())) {
                Integer code = p.waitFor(WAIT);
                full = new Beraad.Run(code == null ? -1 : code, p.output(), "");
            }
            assertEquals(1, full.code(), full.out());
            assertTrue(full.out().contains("De schijf met de database " + server.db() + " is vol."), full.out());
            assertFalse(full.out().contains("Exception") || full.out().contains("\tat "), full.out());
            disk.grow(); // opening the database writes: the rows are looked at once there is room
            try (Connection c = server.jdbc()) {
                assertEquals(List.of("1"), Rows.of(c, "SELECT COUNT(*) FROM session"), "the import left a session");
                assertEquals(List.of("0"), Rows.of(c, "SELECT COUNT(*) FROM argument"), "the import left arguments");
                assertEquals(List.of("Chris"), Rows.of(c, "SELECT name FROM participant"));
            }

            Beraad.Run again = server.run("import", file.toString());
            assertEquals(0, again.code(), again.err());
            java.util.regex.Matcher as = java.util.regex.Pattern.compile("ingelezen als sessie (\\d+);").matcher(again.out());
            assertTrue(as.find(), again.out());
            Beraad.Run there = server.run("report", as.group(1));
            assertEquals(0, there.code(), there.err());
            // The same report but for its log footer: the imported session has a log of its own (issue 15).
            assertEquals(Exports.withoutLog(laptop.run("report", "1").out()), Exports.withoutLog(there.out()),
                    "the same report");
        }
    }

    private static void awaitCount(BeraadProcess p, String text, int n) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (p.count(text) < n && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static String tail(String output) {
        return output.length() > 3000 ? output.substring(output.length() - 3000) : output;
    }
}
