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
 * Line mode refuses a second participant who only looks like the first (a zero-width space, a soft
 * hyphen, fullwidth letters, an accent) and a name that shows no letter, each with one sentence,
 * while ordinary Dutch names go in as typed.
 */
@Timeout(60)
class ParticipantNamesTest {

    @Test
    void spoofedAndInvisibleNamesAreRefusedAndRealNamesAreAdded(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        String typed = String.join("\n",
                "deelnemer Anouk",
                "deelnemer An\u200bouk",
                "deelnemer Ano\u00aduk",
                "deelnemer Ａｎｏｕｋ",
                "deelnemer Anoûk",
                "deelnemer \u3164",
                "deelnemer \u0301\u0308",
                "deelnemer Ümit, Ĳsbrand, d'Hondt, van der Berg",
                "deelnemer IJsbrand",
                "deelnemers") + "\n";

        Beraad.Run run = beraad.withInput(typed, "start", "--set", "scp-dilemmas-2022", "--plain");

        assertEquals(0, run.code(), run.err());
        String out = run.out();
        assertTrue(out.contains("Deelnemer 1 toegevoegd: Anouk"), out);
        assertEquals(2, out.split("Anouk doet al mee\\.", -1).length - 1, "the zero width space and soft hyphen: " + out);
        assertTrue(out.contains("Ａｎｏｕｋ doet al mee."), out);
        assertTrue(out.contains("Anoûk doet al mee."), out);
        assertEquals(2, out.split("Een naam moet minstens één zichtbare letter bevatten\\.", -1).length - 1, out);
        assertTrue(out.contains("IJsbrand doet al mee."), out);
        assertTrue(out.contains("Deelnemers (5):"), out);
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("Anouk", "Ümit", "Ĳsbrand", "d'Hondt", "van der Berg"),
                    Rows.of(c, "SELECT name FROM participant ORDER BY seq"));
        }
    }
}
