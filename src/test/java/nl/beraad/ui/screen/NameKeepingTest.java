package nl.beraad.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import nl.beraad.domain.NameKeeping;
import nl.beraad.domain.SessionId;
import nl.beraad.support.Beraad;
import nl.beraad.support.Rows;
import nl.beraad.support.StoredText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a session keeps names (issue 15), chosen at its start: an anonymous session stores no typed
 * name in any table, in line mode and on the screen alike, and refuses one given anyway with one
 * sentence; a session that keeps names until the final report shows them during the meeting and
 * holds only "Deelnemer n" once it is finished.
 */
@Timeout(120)
class NameKeepingTest {
    /** Every part of the names typed in these tests, as {@link StoredText} compares them. */
    private static final List<String> NAMES = List.of("zoe", "jansen", "bram", "bos");

    @TempDir
    Path dir;

    @Test
    void anAnonymousSessionInLineModeStoresNoNameAndItsReportAndExportsNumberTheMembers() throws Exception {
        Beraad beraad = new Beraad(dir);
        Beraad.Run meeting = beraad.withInput(String.join("\n",
                "deelnemer 2",
                "deelnemer Zoë Jansen",
                "deelnemer",
                "hernoem Deelnemer 1: Bram Bos",
                "ga 4",
                "stem Deelnemer 1 1", "stem Deelnemer 2 2", "stem Deelnemer 3 4",
                "onthul",
                "argument A Deelnemer 2: Dichtbij huis is beter.",
                "conclusie Voorzichtig voor A.",
                "stop", ""), "start", "--set", "raadsrol-2018", "--plain", "--names", "anonymous");

        assertEquals(0, meeting.code(), meeting.err());
        String refused = "Deze sessie is anoniem: er wordt geen naam opgeslagen.";
        assertEquals(2, count(meeting.out() + meeting.err(), refused), "both the name and the rename: "
                + meeting.out() + meeting.err());
        assertTrue(meeting.out().contains("Deelnemer 3 toegevoegd: Deelnemer 3"), meeting.out());
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("Deelnemer 1", "Deelnemer 2", "Deelnemer 3"),
                    Rows.of(c, "SELECT name FROM participant ORDER BY seq"));
            assertEquals(List.of(), StoredText.rowsHolding(c, NAMES), "a typed name was stored");
        }
        for (String format : List.of("md", "json", "csv")) {
            Beraad.Run report = beraad.run("report", "1", "--format", format);
            assertEquals(0, report.code(), report.err());
            assertTrue(report.out().contains("Deelnemer 1"), format + ":\n" + report.out());
        }
        Beraad.Run md = beraad.run("report", "1");
        assertTrue(md.out().contains("- Deelnemer 2: Dichtbij huis is beter."), md.out());
        assertTrue(md.out().contains("De sessie was anoniem: er is geen naam van een deelnemer opgeslagen."), md.out());
    }

    @Test
    void anAnonymousSessionOnTheScreenAddsMembersByNumberAndStoresNoName() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.chooseScpSet().key('a').key('a').enter();
            assertTrue(d.text().contains("Aantal:"), d.text());
            d.line("Zoë Jansen");
            assertTrue(d.text().contains("Deze sessie is anoniem: er wordt geen naam opgeslagen."), d.text());
            d.line("3");
            assertTrue(d.text().contains("3 toegevoegd, tot en met Deelnemer 3."), d.text());
            d.type("Bram Bos").press(KeyType.ArrowUp).ctrl('r');
            assertTrue(d.text().contains("Deze sessie is anoniem: er wordt geen naam opgeslagen."), d.text());
            SessionId id = d.service.sessions().get(0).session().id();
            assertEquals(NameKeeping.ANONYMOUS, d.service.session(id).details().names());
            assertEquals(List.of("Deelnemer 1", "Deelnemer 2", "Deelnemer 3"),
                    d.service.participants(id).stream().map(p -> p.name()).toList());
        }
        try (Connection c = new Beraad(dir).jdbc()) {
            assertEquals(List.of(), StoredText.rowsHolding(c, NAMES), "a typed name was stored");
        }
    }

    @Test
    void namesKeptUntilTheFinalReportAreShownDuringTheMeetingAndGoneOnceItIsFinished() throws Exception {
        Beraad beraad = new Beraad(dir);
        Beraad.Run meeting = beraad.withInput(String.join("\n",
                "deelnemer Zoë Jansen, Bram Bos",
                "deelnemers",
                "ga 4",
                "stem Zoë 1", "stem Bram 5",
                "onthul",
                "argument A Zoë: Dichtbij huis is beter.",
                "argument B Bram: Bram Bos vindt de wijk te groot.",
                "stop", ""), "start", "--set", "raadsrol-2018", "--plain", "--names", "until-final");
        assertEquals(0, meeting.code(), meeting.err());
        assertTrue(meeting.out().contains("1. Zoë Jansen"), meeting.out());

        Beraad.Run during = beraad.run("report", "1");
        assertTrue(during.out().contains("- Zoë Jansen: Dichtbij huis is beter."), during.out());
        assertTrue(during.out().contains("De namen van de deelnemers worden bewaard tot de sessie is afgerond"), during.out());
        Beraad.Run shown = beraad.run("sessions", "edit", "1", "--place", "Raadzaal");
        assertTrue(shown.out().contains("Namen: namen tot het verslag"), shown.out());

        Beraad.Run finish = beraad.withInput("afronden\n", "resume", "1", "--plain");
        assertEquals(0, finish.code(), finish.err());
        assertTrue(finish.out().contains("De namen van de deelnemers zijn vervangen door Deelnemer 1, 2, enzovoort."),
                finish.out());
        try (Connection c = beraad.jdbc()) {
            assertEquals(List.of("Deelnemer 1", "Deelnemer 2"), Rows.of(c, "SELECT name FROM participant ORDER BY seq"));
            // Gone from every table, the texts that named them and the log included.
            assertEquals(List.of(), StoredText.rowsHolding(c, NAMES),
                    "a name was kept after the finish");
        }
        Beraad.Run verified = beraad.run("verify", "1");
        assertEquals(0, verified.code(), verified.err());
        assertTrue(verified.out().contains(", en het logboek is ondertekend met sleutel "), verified.out());
        Beraad.Run after = beraad.run("report", "1");
        assertTrue(after.out().contains("- Deelnemer 2: Deelnemer 2 vindt de wijk te groot."), after.out());
        assertTrue(after.out().contains("- Deelnemer 1: Dichtbij huis is beter."), after.out());
        assertTrue(after.out().contains("zijn bewaard tot de sessie werd afgerond en toen vervangen"), after.out());
        assertFalse(after.out().contains("Zoë") || after.out().contains("Bram"), after.out());
    }

    @Test
    void onTheScreenNamesKeptUntilTheFinishAreShownAndTheFinishSaysTheyGo() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.chooseScpSet().key('a').enter().line("Zoë Jansen").line("Bram Bos").enter();
            assertTrue(d.rows().get(0).contains("· namen tot het verslag"), d.rows().get(0));
            SessionId id = d.service.sessions().get(0).session().id();
            assertEquals(List.of("Zoë Jansen", "Bram Bos"), d.service.participants(id).stream().map(p -> p.name()).toList());
            d.key('f');
            assertTrue(d.text().replaceAll("\\s+", " ").contains("De namen van de deelnemers worden bij het afronden "
                    + "vervangen door Deelnemer 1, 2, enzovoort. Sessie " + id + " afronden?"), d.text());
            d.key('j');
            assertEquals(List.of("Deelnemer 1", "Deelnemer 2"), d.service.participants(id).stream().map(p -> p.name()).toList());
        }
        try (Connection c = new Beraad(dir).jdbc()) {
            assertEquals(List.of("Deelnemer 1", "Deelnemer 2"), Rows.of(c, "SELECT name FROM participant ORDER BY seq"));
        }
    }

    @Test
    void theSettingIsChosenWithNamesAndABadValueIsOneSentence() {
        Beraad beraad = new Beraad(dir);
        Beraad.Run bad = beraad.withInput("stop\n", "start", "--set", "raadsrol-2018", "--plain", "--names", "half");
        assertEquals(2, bad.code(), bad.err());
        assertEquals("'half' is geen manier om namen te bewaren; kies named, until-final of anonymous.\n", bad.err());
        assertEquals(List.of(), new Beraad(dir).run("sessions").out().lines().filter(l -> l.contains("raadsrol")).toList());

        Beraad.Run named = beraad.withInput("deelnemer Zoë Jansen\nstop\n", "start", "--set", "raadsrol-2018", "--plain");
        assertEquals(0, named.code(), named.err());
        Beraad.Run anonymous = beraad.run("sessions", "edit", "1", "--anonymous");
        assertEquals(2, anonymous.code(), anonymous.out());
        assertTrue(anonymous.err().startsWith("Sessie 1 heeft al deelnemers met namen"), anonymous.err());
        Beraad.Run fewer = beraad.run("sessions", "edit", "1", "--names", "until-final");
        assertEquals(0, fewer.code(), fewer.err());
        assertTrue(fewer.out().contains("Namen: namen tot het verslag"), fewer.out());
        Beraad.Run back = beraad.run("sessions", "edit", "1", "--names", "named");
        assertEquals(2, back.code(), back.out());
        assertEquals("Een sessie kan alleen naar minder namen (named, until-final, anonymous), niet terug van "
                + "until-final naar named: weggelaten namen komen niet terug.\n", back.err());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
