package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.beraad.support.Beraad;
import nl.beraad.support.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The demo stores a sample meeting like a real one and writes a report whose counts match the stored votes. */
@Timeout(60)
class DemoTest {
    private static final Pattern BAR_LINE = Pattern.compile("^(\\d) [^█0-9]*?\\s+█* ?(\\d+)$", Pattern.MULTILINE);

    @Test
    void demoWritesAReportNextToTheDatabaseWhoseCountsMatchTheStoredPositions(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        Beraad.Run run = beraad.run("demo");
        assertEquals(0, run.code(), run.err());
        Path report = Path.of(run.out().strip());
        assertEquals(dir.resolve("verslag-1-demo.md"), report);
        String md = Files.readString(report, StandardCharsets.UTF_8);

        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("7"), Rows.of(c, "SELECT COUNT(*) FROM participant"));
            assertEquals(List.of("FINISHED"), Rows.of(c, "SELECT status FROM session"));
            // The items' own sections ("## 1. Eigen kracht"), not attendance, method, summary or appendix.
            List<String> sections = java.util.Arrays.stream(md.split("\n## "))
                    .filter(s -> s.matches("(?s)^[0-9]+\\. .*")).toList();
            assertEquals(4, sections.size(), "four items");
            for (int item = 1; item <= 4; item++) {
                String section = sections.get(item - 1);
                String[] rounds = section.split("### Posities");
                for (int round = 1; round < rounds.length; round++) {
                    Matcher m = BAR_LINE.matcher(rounds[round]);
                    int steps = 0;
                    while (m.find()) {
                        steps++;
                        String step = m.group(1);
                        List<String> stored = Rows.of(c, "SELECT COUNT(*) FROM vote WHERE item_no = " + item
                                + " AND round = " + round + " AND position = " + step);
                        assertEquals(stored.get(0), m.group(2), "item " + item + " round " + round + " step " + step);
                    }
                    assertEquals(5, steps, "five scale steps in item " + item + " round " + round);
                }
            }
            List<String> abstentions = Rows.of(c, "SELECT COUNT(*) FROM vote WHERE position = 0");
            assertEquals(List.of("1"), abstentions);
            assertTrue(md.contains("onthouding  ████████████████████ 1") || md.contains("onthouding  "), md);
        }
    }

    @Test
    void demoIsTheSameMeetingEveryTime(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        beraad.run("demo");
        beraad.run("demo");
        try (Connection c = beraad.jdbc()) {
            List<String> first = Rows.of(c, "SELECT item_no, round, position FROM vote v JOIN participant p "
                    + "ON p.id = v.participant_id WHERE v.session_id = 1 ORDER BY item_no, round, p.seq");
            List<String> second = Rows.of(c, "SELECT item_no, round, position FROM vote v JOIN participant p "
                    + "ON p.id = v.participant_id WHERE v.session_id = 2 ORDER BY item_no, round, p.seq");
            assertEquals(first, second);
            assertEquals(35, first.size(), "7 members, 4 items, one item with a second round");
        }
        // Only the times (and so the checksum of the data and the log, which hold them) may differ.
        String times = "(?m)^.*(Datum|Gemaakt met|Controlegetal|Logboek van de sessie|Ondertekend op|Te controleren met).*$";
        String one = Files.readString(dir.resolve("verslag-1-demo.md")).replaceAll(times, "");
        String two = Files.readString(dir.resolve("verslag-2-demo.md")).replaceAll(times, "");
        assertEquals(one, two);
    }
}
