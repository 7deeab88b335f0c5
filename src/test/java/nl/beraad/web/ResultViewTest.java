package nl.beraad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.beraad.app.SessionService;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.VoteMethod;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.store.MemoryDatabase;
import nl.beraad.text.Messages;
import nl.beraad.text.ResultText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The result on a phone, from a real session: nothing before the reveal, then the screen's heading,
 * tally sentence and counts per bar, each count in text, and an item's text never as markup.
 */
class ResultViewTest {
    private static final Messages NL = Messages.forLanguage("nl");
    private static final Path SETS = Path.of("src/test/resources/nl/beraad/e2e").toAbsolutePath();
    @TempDir
    Path dir;
    private Database database;
    private SessionService sessions;

    @BeforeEach
    void open() {
        database = MemoryDatabase.fresh();
        sessions = new SessionService(new JdbcSessionStore(database), new SetDirectory(SETS), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Session meeting(String set) {
        Session s = sessions.start(set, "Raad");
        for (String name : List.of("Anouk", "José", "Sjoerd", "Fatima")) {
            sessions.addParticipant(s.id(), name);
        }
        return s;
    }

    private void vote(Session s, ItemNo itemNo, int member, Position position) {
        Participant p = sessions.participants(s.id()).get(member);
        sessions.vote(s.id(), itemNo, p, position, VoteMethod.DEVICE);
    }

    private Document shown(Session s, ItemNo itemNo) {
        return Jsoup.parseBodyFragment(ResultView.html(sessions.record(s.id()), itemNo, NL));
    }

    @Test
    void nothingBeforeTheRevealThenTheScreensSentenceAndCounts() {
        Session s = meeting("alle-soorten");
        vote(s, ItemNo.of(1), 0, Position.step(1));
        vote(s, ItemNo.of(1), 1, Position.step(4));
        vote(s, ItemNo.of(1), 2, Position.step(2));
        vote(s, ItemNo.of(1), 3, Position.ABSTAIN);
        assertEquals("", ResultView.html(sessions.record(s.id()), ItemNo.of(1), NL), "nothing of the result before the reveal");

        sessions.reveal(s.id(), ItemNo.of(1));
        Document page = shown(s, ItemNo.of(1));
        SessionRecord record = sessions.record(s.id());
        assertEquals("Uitslag ronde 1 (4 van 4 deelnemers):", page.selectFirst("h3").text());
        String screen = new ResultText(NL).of(record, ItemNo.of(1), 1, NL.get("scale.abstain"), 20).sentence();
        assertEquals(screen, page.selectFirst(".tally").text(), "the screen's own sentence");
        assertEquals("2 deelnemers kozen voor A, 1 voor B; 1 onthouding.", page.selectFirst(".tally").text());
        assertEquals(List.of("1 sterk A: 1", "2 A: 1", "3 midden: 0", "4 B: 1", "5 sterk B: 0", "onthouding: 1"),
                page.select(".bars li").eachText(), "every bar says its count in words");
        for (Element bar : page.select(".bar")) {
            assertEquals("true", bar.attr("aria-hidden"));
        }
        assertEquals(List.of("bar w20", "bar w20", "bar w0", "bar w20", "bar w0", "bar w20"),
                page.select(".bar").eachAttr("class"));
        assertTrue(page.text().contains("Mediaan: "), page.text());
    }

    @Test
    void everyKindWithPositionsShowsItsResultAndAnOpenQuestionNone() {
        Session s = meeting("alle-soorten");
        vote(s, ItemNo.of(3), 0, Position.numbers(List.of(1, 3)));
        vote(s, ItemNo.of(3), 1, Position.numbers(List.of(3)));
        sessions.reveal(s.id(), ItemNo.of(3));
        Document choice = shown(s, ItemNo.of(3));
        assertEquals("2 deelnemers maakten een keuze.", choice.selectFirst(".tally").text());
        assertEquals(List.of("1 Schuldhulp: 1", "2 Jeugdhulp: 0", "3 Wmo-ondersteuning: 2", "onthouding: 0"),
                choice.select(".bars li").eachText());

        vote(s, ItemNo.of(4), 0, Position.numbers(List.of(50, 30, 20)));
        sessions.reveal(s.id(), ItemNo.of(4));
        assertEquals(List.of("1 Wonen: 50", "2 Jeugd: 30", "3 Bestaanszekerheid: 20"), shown(s, ItemNo.of(4)).select(".bars li").eachText());

        vote(s, ItemNo.of(5), 0, Position.numbers(List.of(2, 1, 3, 4)));
        sessions.reveal(s.id(), ItemNo.of(5));
        Document ranking = shown(s, ItemNo.of(5));
        assertEquals("1. Jeugd: 3 punten, 1 keer als eerste gekozen", ranking.selectFirst(".combined li").text());

        assertEquals("", ResultView.html(sessions.record(s.id()), ItemNo.of(6), NL), "an open question has no tally");
    }

    @Test
    void bothRoundsAndTheShiftAfterASecondRound() {
        Session s = meeting("alle-soorten");
        vote(s, ItemNo.of(2), 0, Position.step(5));
        vote(s, ItemNo.of(2), 1, Position.step(1));
        sessions.reveal(s.id(), ItemNo.of(2));
        sessions.startSecondRound(s.id(), ItemNo.of(2));
        vote(s, ItemNo.of(2), 0, Position.step(5));
        vote(s, ItemNo.of(2), 1, Position.step(4));
        assertEquals(1, shown(s, ItemNo.of(2)).select("h3").size(), "round 2 stays hidden until its own reveal");
        sessions.reveal(s.id(), ItemNo.of(2));
        Document page = shown(s, ItemNo.of(2));
        assertEquals(2, page.select("h3").size());
        assertTrue(page.text().contains(new ResultText(NL).shift(sessions.record(s.id()), ItemNo.of(2))), page.text());
    }

    @Test
    void anOptionsTextIsShownAsTextNeverAsMarkup() throws IOException {
        Path sets = dir.resolve("sets");
        Files.createDirectories(sets);
        Files.writeString(sets.resolve("vijandig.yaml"), String.join("\n",
                "titel: Vijandig", "bron: Test", "items:", "  - id: k", "    soort: keuze", "    titel: Kies", "    context: Kies er een.", "    max: 1",
                "    opties:", "      - \"<script>alert(1)</script>\"", "      - \"<img src=x onerror=alert(2)>\"", ""));
        sessions = new SessionService(new JdbcSessionStore(database), new SetDirectory(sets), Clock.systemUTC());
        Session s = meeting("vijandig");
        vote(s, ItemNo.of(1), 0, Position.numbers(List.of(1)));
        sessions.reveal(s.id(), ItemNo.of(1));
        String html = ResultView.html(sessions.record(s.id()), ItemNo.of(1), NL);
        Document page = Jsoup.parseBodyFragment(html);
        assertTrue(page.select("script, img").isEmpty(), html);
        assertEquals("1 <script>alert(1)</script>: 1", page.selectFirst(".bars li").text());
        assertFalse(html.contains("<img"), html);
    }

    @Test
    void theStylesheetDrawsEveryBarLengthAndLoadsNothingFromElsewhere() throws IOException {
        String css;
        try (var in = ResultView.class.getResourceAsStream("app.css")) {
            css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        for (int w = 0; w <= ResultView.BAR_STEPS; w++) {
            assertTrue(css.contains(".bar.w" + w + " {"), "width class w" + w);
        }
        assertFalse(css.contains("url(") || css.contains("@import") || css.contains("@font-face"), "nothing fetched");
        assertTrue(css.contains(":focus-visible"), "focus is visible");
        assertTrue(css.contains("min-height: 2.75rem"), "targets of 44 px");
    }
}
