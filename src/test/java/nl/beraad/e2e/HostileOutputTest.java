package nl.beraad.e2e;

import static nl.beraad.support.TerminalBytes.HOSTILE;
import static nl.beraad.support.TerminalBytes.HOSTILE_YAML;
import static nl.beraad.support.TerminalBytes.SHOWN_ESC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import nl.beraad.support.Beraad;
import nl.beraad.support.TerminalBytes;
import nl.beraad.support.TwoSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything Beraad prints that it did not get from a person at its own prompt: set files (their
 * keys, ids, kinds, texts and file names), command-line arguments, and rows of the database written
 * by someone else. Each holds ESC, OSC (a window title, the clipboard through OSC 52), CSI, 8-bit C1
 * controls, DEL, BEL and bidi overrides and isolates; the bytes on standard output and standard error
 * must hold none of them, and must show the ESC as its control picture where the text is echoed.
 */
@Timeout(120)
class HostileOutputTest {
    @TempDir
    Path dir;

    /** A set file Beraad refuses: the hostile text in an unknown key, the item id, the kind and the title. */
    private static final String INVALID_SET = String.join("\n",
            "titel: \"Set " + HOSTILE_YAML + "\"",
            "\"sleutel " + HOSTILE_YAML + "\": 1",
            "items:",
            "  - id: \"item" + HOSTILE_YAML + "\"",
            "    soort: \"dilemma" + HOSTILE_YAML + "\"",
            "    titel: \"Titel " + HOSTILE_YAML + "\"",
            "");

    /** A valid set with the hostile text in every text a set can hold, for 'sets show' and 'start'. */
    private static final String VALID_SET = String.join("\n",
            "titel: \"Set " + HOSTILE_YAML + "\"",
            "beschrijving: \"Over " + HOSTILE_YAML + "\"",
            "bron: \"Bron " + HOSTILE_YAML + "\"",
            "items:",
            "  - id: een",
            "    soort: dilemma",
            "    titel: \"Titel " + HOSTILE_YAML + "\"",
            "    context: \"Context " + HOSTILE_YAML + "\"",
            "    pool_a: \"A " + HOSTILE_YAML + "\"",
            "    pool_b: \"B " + HOSTILE_YAML + "\"",
            "    vragen: [\"Vraag " + HOSTILE_YAML + "\"]",
            "    aandachtspunten: [\"Punt " + HOSTILE_YAML + "\"]",
            "    bron: \"Bron " + HOSTILE_YAML + "\"",
            "  - id: twee",
            "    soort: keuze",
            "    titel: Keuze",
            "    context: Kies.",
            "    opties: [\"Optie " + HOSTILE_YAML + "\", Twee]",
            "    bron: Bron",
            "");

    /** The hostile text as raw bytes in the YAML stream itself, which the YAML parser refuses with a message. */
    private static final String RAW_SET = "titel: " + HOSTILE + "\n\"" + HOSTILE + "\": 1\n";

    /** Only what is safe in a file name on any Linux file system: ESC, BEL and DEL are ASCII. */
    private static final String HOSTILE_FILE_NAME = "\u001b]0;NAAM\u0007\u001b[2J\u007f";

    @Test
    void setFilesAreShownWithoutTheirControlCharacters() throws Exception {
        Path sets = Files.createDirectories(dir.resolve("sets"));
        Files.writeString(sets.resolve("ongeldig.yaml"), INVALID_SET, StandardCharsets.UTF_8);
        Files.writeString(sets.resolve("geldig.yaml"), VALID_SET, StandardCharsets.UTF_8);
        Files.writeString(sets.resolve("rauw.yaml"), RAW_SET, StandardCharsets.UTF_8);
        Files.writeString(sets.resolve(HOSTILE_FILE_NAME + ".yaml"), INVALID_SET, StandardCharsets.UTF_8);
        Beraad beraad = new Beraad(dir);
        String s = sets.toString();

        Beraad.Bytes list = safe(beraad, "--sets", s, "sets", "list");
        Beraad.Bytes validate = safe(beraad, "--sets", s, "sets", "validate");
        Beraad.Bytes show = safe(beraad, "--sets", s, "sets", "show", "geldig");
        Beraad.Bytes showFile = safe(beraad, "sets", "show", sets.resolve("geldig.yaml").toString());
        Beraad.Bytes showInvalid = safe(beraad, "--sets", s, "sets", "show", "ongeldig");
        Beraad.Bytes showUnknown = safe(beraad, "--sets", s, "sets", "show", "bestaat-niet");
        Beraad.Bytes start = safe(beraad, "--sets", s, "start", "--set", "ongeldig", "--plain");
        Beraad.Bytes startNamed = safe(beraad, "--sets", s, "start", "--set", HOSTILE_FILE_NAME, "--plain");
        Beraad.Bytes meeting = safeWithInput(beraad, "toon\nvolgende\ntoon\nstop\n",
                "--sets", s, "start", "--set", "geldig", "--plain");

        assertEquals(0, list.code());
        assertTrue(text(list.out()).contains("ongeldig"), text(list.out()));
        assertTrue(text(list.out()).contains(SHOWN_ESC + "]0;NAAM"), "the file name, made visible: " + text(list.out()));
        assertEquals(2, validate.code());
        // The unknown key, the item id and the kind are echoed back, each with its ESC made visible.
        for (String echoed : List.of("sleutel " + SHOWN_ESC, "item" + SHOWN_ESC, "dilemma" + SHOWN_ESC)) {
            assertTrue(text(validate.err()).contains(echoed), echoed + " in " + text(validate.err()));
        }
        assertTrue(text(validate.err()).contains(SHOWN_ESC + "]0;NAAM"), text(validate.err()));
        assertEquals(0, show.code(), text(show.err()));
        assertTrue(text(show.out()).contains("Optie ]0;TITEL"), "the text, cleaned as it is read: " + text(show.out()));
        assertEquals(0, showFile.code(), text(showFile.err()));
        assertEquals(2, showInvalid.code());
        assertEquals(2, showUnknown.code());
        assertTrue(text(showUnknown.err()).contains(SHOWN_ESC + "]0;NAAM"), "ids on offer: " + text(showUnknown.err()));
        assertEquals(2, start.code());
        assertEquals(2, startNamed.code());
        assertEquals(0, meeting.code(), text(meeting.err()));
        assertTrue(text(meeting.out()).contains("Titel ]0;TITEL"), text(meeting.out()));
    }

    @Test
    void argumentsAreEchoedWithoutTheirControlCharacters() throws Exception {
        Beraad beraad = new Beraad(dir);
        TwoSessions.build(beraad.db(), null);
        // A regular file where a folder would have to be: no path below it can be created, not even as root.
        Path file = Files.writeString(dir.resolve("bestand"), "x");
        String path = file.resolve(HOSTILE + ".md").toString();
        List<String[]> commands = List.of(
                new String[] {HOSTILE},
                new String[] {"--" + HOSTILE},
                new String[] {"--lang", HOSTILE, "sessions"},
                new String[] {"--db", file.resolve(HOSTILE).resolve("beraad.mv.db").toString(), "sessions"},
                new String[] {"--sets", dir.resolve(HOSTILE).toString(), "sets", "list"},
                new String[] {"sets", HOSTILE},
                new String[] {"sets", "show", HOSTILE},
                new String[] {"sets", "show", path},
                new String[] {"sets", "validate", path},
                new String[] {"sets", "new", path},
                new String[] {"sets", "new", HOSTILE},
                new String[] {"sessions", HOSTILE},
                new String[] {"sessions", "edit", HOSTILE},
                new String[] {"sessions", "edit", "1", "--" + HOSTILE},
                new String[] {"start", "--set", HOSTILE, "--plain"},
                new String[] {"start", "--set", path, "--plain"},
                new String[] {"resume", HOSTILE, "--plain"},
                new String[] {"report", HOSTILE},
                new String[] {"report", "1", "--format", HOSTILE},
                new String[] {"report", "1", "--charts", HOSTILE},
                new String[] {"report", "1", "-o", path},
                new String[] {"report", "1", HOSTILE},
                new String[] {"compare", HOSTILE, "2"},
                new String[] {"compare", "1", HOSTILE},
                new String[] {"compare", "1", "2", "-o", path},
                new String[] {"demo", HOSTILE});
        List<String> notEchoed = new ArrayList<>();
        for (String[] args : commands) {
            Beraad.Bytes run = safe(beraad, args);
            assertNotEquals(0, run.code(), String.join(" ", args));
            if (!text(run.err()).contains(SHOWN_ESC)) {
                notEchoed.add(TerminalBytes.escaped(String.join(" ", args)) + " -> " + text(run.err()));
            }
        }
        // Every refusal quotes what was given, so each of them shows that the quoting itself is safe.
        assertEquals(List.of(), notEchoed, "these did not quote the argument");
    }

    @Test
    void databaseTextWrittenBehindBeraadsBackIsShownWithoutControlCharacters() throws Exception {
        Beraad beraad = new Beraad(dir);
        TwoSessions.build(beraad.db(), "Conclusie.");
        try (Connection c = beraad.jdbc()) {
            update(c, "UPDATE session SET title = ?, set_id = ?, set_title = ?, body = ?, place = ?, facilitator = ?,"
                    + " secretary = ?", 7);
            update(c, "UPDATE session_item SET item_key = ?, title = ?, context = ?, pole_a = ?, pole_b = ?, source = ?"
                    + " WHERE item_no = 1", 6);
            update(c, "UPDATE participant SET name = CONCAT(name, ?)", 1);
            update(c, "UPDATE argument SET text = ?", 1);
            update(c, "UPDATE conclusion SET text = ?, minority = ?, actions = ?", 3);
        }

        Beraad.Bytes sessions = safe(beraad, "sessions");
        assertEquals(0, sessions.code(), text(sessions.err()));
        assertTrue(text(sessions.out()).contains(SHOWN_ESC + "]0;TITEL"), "the set id, made visible: " + text(sessions.out()));
        for (String format : List.of("md", "html", "csv", "json")) {
            for (String session : List.of("1", "2")) {
                Beraad.Bytes report = safe(beraad, "report", session, "--format", format);
                assertEquals(0, report.code(), format + ": " + text(report.err()));
                assertTrue(report.out().length > 500, format);
            }
        }
        Beraad.Bytes csv = safe(beraad, "report", "1", "--format", "csv");
        assertTrue(text(csv.out()).contains(SHOWN_ESC + "]0;TITEL"), "the item key, made visible: " + text(csv.out()));
        assertEquals(0, safe(beraad, "report", "1", "--anonymous", "--charts", "mermaid").code());
        Beraad.Bytes compare = safe(beraad, "compare", "1", "2");
        assertEquals(0, compare.code(), text(compare.err()));
        Beraad.Bytes edit = safe(beraad, "sessions", "edit", "1", "--place", "Raadzaal");
        assertEquals(0, edit.code(), text(edit.err()));
        Beraad.Bytes resumed = safeWithInput(beraad, "toon\ndeelnemers\nargumenten\nconclusie\noverzicht\nstop\n",
                "resume", "1", "--plain");
        assertEquals(0, resumed.code(), text(resumed.err()));
        assertTrue(text(resumed.out()).contains("Anouk de Vries"), text(resumed.out()));
    }

    /** Sets each of the statement's {@code count} parameters to the hostile text. */
    private static void update(Connection c, String sql, int count) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 1; i <= count; i++) {
                ps.setString(i, HOSTILE);
            }
            assertTrue(ps.executeUpdate() > 0, sql);
        }
    }

    private static Beraad.Bytes safe(Beraad beraad, String... args) {
        return safeWithInput(beraad, "", args);
    }

    /**
     * Runs Beraad and checks both of its streams, byte for byte. A CSV file for a spreadsheet starts
     * with a byte-order mark on purpose (the one invisible character allowed, and only there).
     */
    private static Beraad.Bytes safeWithInput(Beraad beraad, String stdin, String... args) {
        Beraad.Bytes run = beraad.bytesWithInput(stdin, args);
        String what = TerminalBytes.escaped(String.join(" ", args));
        byte[] out = run.out();
        boolean csv = List.of(args).contains("csv");
        if (csv && out.length >= 3 && out[0] == (byte) 0xEF && out[1] == (byte) 0xBB && out[2] == (byte) 0xBF) {
            out = java.util.Arrays.copyOfRange(out, 3, out.length);
        }
        TerminalBytes.assertSafe(out, what + " (stdout)");
        TerminalBytes.assertSafe(run.err(), what + " (stderr)");
        return run;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
