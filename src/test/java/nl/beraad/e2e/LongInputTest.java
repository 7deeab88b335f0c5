package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import nl.beraad.support.Beraad;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pasted megabyte in line mode: one line of a million characters is refused with one sentence
 * within seconds (it took 15 s before it could even be refused), nothing of it is stored, and the
 * session goes on with the next line. The bound is generous; it only catches the pathological case.
 */
@Timeout(60)
class LongInputTest {
    private static final String REFUSED = "Deze regel is te lang (hoogstens 9000 tekens); er is niets van vastgelegd.";

    @TempDir
    Path dir;

    @Test
    void aLineOfAMillionCharactersIsRefusedAtOnceAndTheSessionGoesOn() throws Exception {
        Beraad beraad = new Beraad(dir);
        String megabyte = "x".repeat(1_000_000);
        String typed = String.join("\n",
                "deelnemer Anouk",
                "argument A Anouk: " + megabyte,
                "deelnemer " + megabyte,
                "conclusie " + "Lang verhaal. ".repeat(80_000),
                "deelnemers",
                "argument A Anouk: Kort en goed.",
                "conclusie Afgesproken.") + "\n";

        Beraad.Run run = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> beraad.withInput(typed, "start", "--set", "scp-dilemmas-2022", "--plain"));

        assertEquals(0, run.code(), run.err());
        String out = run.out();
        assertEquals(3, out.split(java.util.regex.Pattern.quote(REFUSED), -1).length - 1, out.length() > 5000
                ? out.substring(0, 5000) : out);
        assertTrue(out.contains("Deelnemers (1):"), "the session went on");
        assertTrue(out.contains("Argument van Anouk vastgelegd (pool A)."), out);
        assertTrue(out.contains("Conclusie bij item 1 vastgelegd: Afgesproken."), out);
        assertTrue(out.length() < 20_000, "nothing pasted is printed back: " + out.length() + " characters");
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("Kort en goed."), Rows.of(c, "SELECT text FROM argument"));
            assertEquals(List.of("Anouk"), Rows.of(c, "SELECT name FROM participant"));
        }
    }

    @Test
    void aLineJustUnderTheLimitIsReadAndJudgedByItsCommand() throws Exception {
        Beraad beraad = new Beraad(dir);
        String typed = "deelnemer Anouk\nargument A Anouk: " + "y".repeat(5000) + "\n" + "z".repeat(8000) + "\n";

        Beraad.Run run = beraad.withInput(typed, "start", "--set", "scp-dilemmas-2022", "--plain");

        assertTrue(run.out().contains("Deze tekst is te lang (hoogstens 4000 tekens)."), run.out());
        assertTrue(run.out().contains("Onbekend commando '" + "z".repeat(59) + "…'."), run.out());
    }
}
