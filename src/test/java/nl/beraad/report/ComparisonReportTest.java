package nl.beraad.report;

import nl.beraad.domain.NameKeeping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.beraad.app.SessionService;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.CleanText;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.Item;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.Scale;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Side;
import nl.beraad.domain.VoteMethod;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.store.MemoryDatabase;
import nl.beraad.support.TwoSessions;
import nl.beraad.text.Messages;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The comparison of two real sessions stored through the session service: exact tables per item,
 * only revealed rounds, no names, refusals for sessions that cannot be compared, and typed text
 * that cannot break the tables.
 */
@Timeout(60)
class ComparisonReportTest {
    private static final Instant GENERATED = Instant.parse("2026-03-11T09:00:00Z");
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    static SessionRecord board;
    static SessionRecord council;
    static SessionRecord otherSet;

    @BeforeAll
    static void twoSessionsOnTheScpSet() {
        try (Database database = MemoryDatabase.fresh()) {
            TwoSessions.build(database, null);
            SessionService service = service(database, TwoSessions.COUNCIL_MET);
            SessionId vng = service.start("vng-2012", "Een andere set").id();
            board = service.record(new SessionId(1));
            council = service.record(new SessionId(2));
            otherSet = service.record(vng);
        }
    }

    private static SessionService service(Database database, Instant now) {
        return new SessionService(new JdbcSessionStore(database), new SetDirectory(Path.of("dilemmas").toAbsolutePath()),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String dutch(SessionRecord a, SessionRecord b) {
        return new ComparisonReport(Messages.forLanguage("nl"), ZoneOffset.UTC, "9.9").render(a, b, GENERATED);
    }

    /** The lines of the item's section from its heading up to the next item (or the footer). */
    private static String section(String md, ItemNo itemNo) {
        int start = md.indexOf("\n## " + itemNo + ". ");
        int end = md.indexOf("\n## ", start + 1);
        return md.substring(start + 1, end < 0 ? md.indexOf("\n---\n") + 1 : end + 1);
    }

    // --- the table per item ---

    @Test
    void eachSessionsLastRevealedRoundStandsSideBySideWithCountsPercentagesMedianAndAgreement() {
        String md = dutch(board, council);

        assertEquals("""
                ## 1. Eigen kracht

                - **Pool A:** Inwoners en hun omgeving zijn eerst zelf aan zet; de gemeente vult aan waar dat echt nodig is.
                - **Pool B:** De gemeente zorgt voor passende hulp door professionals; wat naasten doen is een welkome aanvulling.

                | Positie | Adviesraad Sociaal Domein | Gemeenteraad |
                |---|---:|---:|
                | Ronde | 2 | 1 |
                | 1 sterk A | 1 (20%) | 0 (0%) |
                | 2 A | 3 (60%) | 0 (0%) |
                | 3 midden | 0 (0%) | 4 (40%) |
                | 4 B | 1 (20%) | 2 (20%) |
                | 5 sterk B | 0 (0%) | 3 (30%) |
                | onthouding | 0 (0%) | 1 (10%) |
                | Mediaan | A | B |
                | Overeenstemming | 0,47 (overeenstemming) | 0,48 (overeenstemming) |

                ### Conclusies

                **Adviesraad Sociaal Domein:** Eigen kracht eerst, maar de gemeente steunt mantelzorgers actief.

                **Gemeenteraad:** *geen conclusie*

                """, section(md, ItemNo.of(1)));
    }

    @Test
    void theAgreementRowsAgreeWithTheTallyOfTheShownRound() {
        String md = dutch(board, council);

        // Board, round 2: 1 / 3 / 0 / 1 / 0 and no abstentions; council, round 1: 0 / 0 / 4 / 2 / 3 and 1 abstention.
        assertEquals(0.47, board.tally(ItemNo.of(1), 2).agreement().orElseThrow().value(), 0.005);
        assertEquals(0.48, council.tally(ItemNo.of(1), 1).agreement().orElseThrow().value(), 0.005);
        assertTrue(md.contains("| Overeenstemming | 0,47 (overeenstemming) | 0,48 (overeenstemming) |\n"), md);
        assertTrue(md.contains("| Overeenstemming | – | 0,83 (grote overeenstemming) |\n"), md);
        assertTrue(md.contains("| Overeenstemming | 1,00 (grote overeenstemming) | – |\n"), md);
    }

    @Test
    void anUnrevealedRoundStaysHiddenAndAnEarlierRevealedRoundIsShownInstead() {
        String md = dutch(board, council);

        // Item 2: the board voted (1, 1, 5) but never revealed; the council did.
        String item2 = section(md, ItemNo.of(2));
        assertTrue(item2.contains("| Ronde | niet onthuld | 1 |\n| 1 sterk A | – | 6 (67%) |\n| 2 A | – | 3 (33%) |\n"),
                item2);
        assertTrue(item2.contains("| 5 sterk B | – | 0 (0%) |\n"), item2);
        assertTrue(item2.contains("| Mediaan | – | sterk A |\n"), item2);
        // Item 3: round 2 (everyone on 5) is not revealed, so the board's column is round 1 (everyone in the middle).
        String item3 = section(md, ItemNo.of(3));
        assertTrue(item3.contains("| Ronde | 1 | geen posities |\n"), item3);
        assertTrue(item3.contains("| 3 midden | 5 (100%) | – |\n| 4 B | 0 (0%) | – |\n| 5 sterk B | 0 (0%) | – |\n"),
                item3);
        // Item 4: neither has a result; only the round row says so.
        assertTrue(section(md, ItemNo.of(4)).contains("| Positie | Adviesraad Sociaal Domein | Gemeenteraad |\n|---|---:|---:|\n"
                + "| Ronde | geen posities | geen posities |\n\n### Conclusies\n"), section(md, ItemNo.of(4)));
    }

    @Test
    void theHeadingNamesBothSessionsWithBodyDateAndStatusAndNoNameOfAnyone() {
        String md = dutch(board, council);

        assertTrue(md.startsWith("""
                # Vergelijking: Adviesraad over de SCP-dilemma's en Raadsleden over de SCP-dilemma's

                | Vergadering | Adviesraad Sociaal Domein | Gemeenteraad |
                |---|---|---|
                | Sessie | 1: Adviesraad over de SCP-dilemma's | 2: Raadsleden over de SCP-dilemma's |
                | Orgaan | Adviesraad Sociaal Domein | Gemeenteraad |
                | Datum | 3 maart 2026 om 18.30 uur | 10 maart 2026 om 19.00 uur |
                | Status | onderbroken bij item 1 van 4 | afgerond |

                **Dilemmaset:** Vier dilemma's in het sociaal domein (SCP, 2022)
                """), md);
        assertTrue(md.endsWith("---\n\nGemaakt met Beraad 9.9 op 11 maart 2026 om 9.00 uur.\n"), md);
        for (String name : TwoSessions.NAMES) {
            assertFalse(md.contains(name), name);
            assertFalse(md.contains(name.split(" ")[0]), name);
        }
        // Nor what a member said: arguments are not part of the comparison.
        assertFalse(md.contains("Mijn buren"), md);
    }

    @Test
    void theConclusionsOfBothSessionsFollowEachTable() {
        String item2 = section(dutch(board, council), ItemNo.of(2));

        assertTrue(item2.endsWith("### Conclusies\n\n**Adviesraad Sociaal Domein:** *geen conclusie*\n\n"
                + "**Gemeenteraad:** De raad kiest voor de meest kwetsbare inwoners.\n\n"), item2);
    }

    @Test
    void sessionsWithoutABodyAreHeadedByTheirNumberAndTheSameBodyTwiceGetsNumbers() {
        String unnamed = dutch(withBody(board, ""), withBody(council, ""));
        String same = dutch(withBody(board, "Adviesraad"), withBody(council, "adviesraad"));

        assertTrue(unnamed.contains("| Positie | Sessie 1 | Sessie 2 |\n"), unnamed);
        assertTrue(unnamed.contains("| Orgaan | – | – |\n"), unnamed);
        assertTrue(same.contains("| Positie | Adviesraad (sessie 1) | adviesraad (sessie 2) |\n"), same);
    }

    @Test
    void englishComparisonUsesTheEnglishWordsAndNumbers() {
        String md = new ComparisonReport(Messages.forLanguage("en"), ZoneOffset.UTC, "9.9").render(board, council,
                GENERATED);

        assertTrue(md.startsWith("# Comparison: Adviesraad over de SCP-dilemma's and Raadsleden over de SCP-dilemma's\n"),
                md);
        assertTrue(md.contains("| Date | 3 March 2026 at 18:30 | 10 March 2026 at 19:00 |\n"), md);
        assertTrue(md.contains("""
                | Position | Adviesraad Sociaal Domein | Gemeenteraad |
                |---|---:|---:|
                | Round | 2 | 1 |
                | 1 strongly A | 1 (20%) | 0 (0%) |
                """), md);
        assertTrue(md.contains("| abstention | 0 (0%) | 1 (10%) |\n| Median | A | B |\n"
                + "| Agreement | 0.47 (agreement) | 0.48 (agreement) |\n\n### Conclusions\n"), md);
        assertTrue(md.contains("| Round | not revealed | 1 |\n"), md);
        assertTrue(md.contains("**Gemeenteraad:** *no conclusion*\n"), md);
        assertTrue(md.endsWith("Produced with Beraad 9.9 on 11 March 2026 at 09:00.\n"), md);
    }

    // --- refusals ---

    @Test
    void sessionsOnDifferentSetsAreRefusedWithOneSentence() {
        BeraadException e = assertThrows(BeraadException.class, () -> dutch(board, otherSet));

        assertEquals("Sessie 1 gaat over dilemmaset scp-dilemmas-2022 en sessie 3 over vng-2012; "
                + "vergelijk alleen twee sessies over dezelfde set.", sentence(e));
    }

    @Test
    void sessionsWhoseItemsDifferByKeyAreRefused() {
        List<SessionItem> fewer = council.items().subList(0, 3);
        SessionRecord changed = new SessionRecord(council.session(), council.participants(), fewer, council.votes(),
                council.arguments(), council.conclusions(), council.handCounts());

        BeraadException e = assertThrows(BeraadException.class, () -> dutch(board, changed));

        assertEquals("Sessies 1 en 2 gaan over dezelfde set maar niet over dezelfde items (de set is tussendoor "
                + "gewijzigd), dus per item vergelijken kan niet.", sentence(e));
    }

    @Test
    void anItemWhoseScaleChangedBetweenTheMeetingsIsRefused() {
        List<SessionItem> items = new ArrayList<>(council.items());
        SessionItem four = items.get(3);
        Item old = four.item();
        Item sevenSteps = new Item(old.key(), old.title(), old.context(),
                ItemForm.dilemma(old.form().poleA(), old.form().poleB(), new Scale(7)), old.questions(),
                old.attention(), old.source());
        items.set(3, new SessionItem(ItemNo.of(4), sevenSteps, 1, 0));
        SessionRecord changed = new SessionRecord(council.session(), council.participants(), items, council.votes(),
                council.arguments(), council.conclusions(), council.handCounts());

        BeraadException e = assertThrows(BeraadException.class, () -> dutch(board, changed));

        assertEquals("Item menselijke-maat heeft in sessie 1 andere opties of een andere schaal dan in sessie 2 "
                + "(de set is tussendoor gewijzigd), dus de uitslagen zijn niet te vergelijken.", sentence(e));
    }

    @Test
    void aSessionIsNotComparedWithItself() {
        BeraadException e = assertThrows(BeraadException.class, () -> dutch(board, board));

        assertEquals(2, e.exitCode().code());
        assertEquals("Sessie 1 kan niet met zichzelf worden vergeleken; geef twee verschillende sessies op "
                + "(zie: beraad sessions).", sentence(e));
    }

    private static String sentence(BeraadException e) {
        assertEquals(1, e.problems().size());
        return Messages.forLanguage("nl").problem(e.problems().get(0));
    }

    // --- typed text cannot break the document ---

    static java.util.stream.Stream<String> hostile() {
        return MarkdownTextTest.hostile();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void typedTextInConclusionsAndBodiesKeepsEveryTableAndBlockInItsPlace(String text) {
        SessionRecord a = withConclusions(withBody(board, text), text);
        SessionRecord b = withConclusions(council, text + "\n| x | y |\n|---|---|");
        String md = dutch(a, b);

        // Simple check: every table line has exactly four unescaped pipes (three columns).
        for (String line : md.split("\n")) {
            if (line.startsWith("|")) {
                assertEquals(4, unescapedPipes(line), line);
            }
        }
        // And as a parser reads it: the same blocks whatever the text, every table row three cells.
        Node document = PARSER.parse(md);
        Map<String, Long> blocks = new java.util.TreeMap<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof Paragraph)) {
                blocks.merge(n.getClass().getSimpleName(), 1L, Long::sum);
            }
        }
        assertEquals(Map.of("Heading", 9L, "TableBlock", 5L, "BulletList", 4L, "ThematicBreak", 1L), blocks, md);
        List<TableRow> rows = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock) {
                    collectRows(block, rows);
                }
                visitChildren(block);
            }
        });
        // The heading table (4 rows), three items with a full table (9 rows), item 4 with only its round row.
        assertEquals(5 + 3 * 10 + 2, rows.size(), md);
        for (TableRow row : rows) {
            assertEquals(3, children(row).size(), md);
        }
        String headerLabel = literal(children(rows.get(0)).get(1));
        String expected = CleanText.line(text).isEmpty() ? "Sessie 1" : CleanText.line(text);
        if (expected.equalsIgnoreCase("Gemeenteraad")) {
            expected += " (sessie 1)";
        }
        assertEquals(expected, headerLabel, md);
    }

    @Test
    void aConclusionThatLooksLikeATableStaysTextUnderItsLabel() {
        String text = "| a | b |\n|---|---|\n# kop";
        String md = dutch(board, withConclusions(council, text));

        assertTrue(md.contains("**Gemeenteraad:** \\| a \\| b \\|\n\\|---\\|---\\|\n\\# kop\n\n"), md);
        Node document = PARSER.parse(md);
        List<String> paragraphs = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph p) {
                paragraphs.add(literal(p));
            }
        }
        assertTrue(paragraphs.contains("Gemeenteraad: | a | b |\n|---|---|\n# kop"), paragraphs.toString());
    }

    private static int unescapedPipes(String line) {
        int pipes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                pipes++;
            }
        }
        return pipes;
    }

    private static void collectRows(Node node, List<TableRow> rows) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof TableRow row) {
                rows.add(row);
            } else {
                collectRows(n, rows);
            }
        }
    }

    private static List<Node> children(Node node) {
        List<Node> out = new ArrayList<>();
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            out.add(n);
        }
        return out;
    }

    /** The plain text of a node, soft line breaks as newlines, emphasis markers dropped. */
    private static String literal(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak softLineBreak) {
                out.append('\n');
            }
        });
        return out.toString();
    }

    // --- other kinds ---

    @Test
    void choiceAllocationRankingAndQuestionShowTheirOwnTotals() {
        Path set = Path.of("src/test/resources/nl/beraad/e2e/alle-soorten.yaml").toAbsolutePath();
        SessionRecord a;
        SessionRecord b;
        try (Database database = MemoryDatabase.fresh()) {
            SessionService s = service(database, TwoSessions.BOARD_MET);
            SessionId ida = s.start(set.toString(), "Adviesraad", new SessionDetails("Adviesraad", "", "", "", NameKeeping.NAMED)).id();
            List<Participant> p = List.of(s.addParticipant(ida, "Anouk"), s.addParticipant(ida, "José"),
                    s.addParticipant(ida, "Sjoerd"), s.addParticipant(ida, "Fatima"));
            vote(s, ida, ItemNo.of(2), p, Position.step(5), Position.step(4), Position.step(2), Position.step(4));
            vote(s, ida, ItemNo.of(3), p, numbers(1, 3), numbers(3), numbers(2, 3), Position.ABSTAIN);
            vote(s, ida, ItemNo.of(4), p, numbers(50, 30, 20), numbers(0, 0, 100), numbers(40, 40, 20), numbers(34, 33, 33));
            vote(s, ida, ItemNo.of(5), p, numbers(2, 1, 3, 4), numbers(1, 2, 3, 4), numbers(2, 3, 1, 4), numbers(4, 3, 2, 1));
            s.addArgument(ida, ItemNo.of(6), p.get(0), Side.NONE, "De regels van het Rijk.");
            s.addArgument(ida, ItemNo.of(6), p.get(1), Side.NONE, "De wachtlijsten.");
            SessionId idb = s.start(set.toString(), "Raad", new SessionDetails("Gemeenteraad", "", "", "", NameKeeping.NAMED)).id();
            Participant karin = s.addParticipant(idb, "Karin");
            s.vote(idb, ItemNo.of(3), karin, numbers(1), VoteMethod.IN_TURN);
            s.vote(idb, ItemNo.of(4), karin, numbers(100, 0, 0), VoteMethod.IN_TURN);
            s.reveal(idb, ItemNo.of(4));
            s.addArgument(idb, ItemNo.of(6), karin, Side.NONE, "Tijd.");
            a = s.record(ida);
            b = s.record(idb);
        }

        String md = dutch(a, b);

        assertTrue(section(md, ItemNo.of(2)).contains("| Positie | Adviesraad | Gemeenteraad |\n|---|---:|---:|\n| Ronde | 1 | geen posities |\n"
                + "| 1 helemaal oneens | 0 (0%) | – |\n| 2 oneens | 1 (25%) | – |\n| 3 neutraal | 0 (0%) | – |\n"
                + "| 4 eens | 2 (50%) | – |\n| 5 helemaal eens | 1 (25%) | – |\n| onthouding | 0 (0%) | – |\n"
                + "| Mediaan | eens | – |\n| Overeenstemming | 0,33 (overeenstemming) | – |\n"), section(md, ItemNo.of(2)));
        assertTrue(section(md, ItemNo.of(3)).contains("""
                | Optie | Adviesraad | Gemeenteraad |
                |---|---:|---:|
                | Ronde | 1 | niet onthuld |
                | 1 Schuldhulp | 1 (25%) | – |
                | 2 Jeugdhulp | 1 (25%) | – |
                | 3 Wmo-ondersteuning | 3 (75%) | – |
                | onthouding | 1 (25%) | – |
                """), section(md, ItemNo.of(3)));
        assertTrue(section(md, ItemNo.of(4)).contains("""
                | Ronde | 1 | 1 |
                | 1 Wonen | 124 punten (31%) | 100 punten (100%) |
                | 2 Jeugd | 103 punten (26%) | 0 punten (0%) |
                | 3 Bestaanszekerheid | 173 punten (43%) | 0 punten (0%) |
                | onthouding | 0 (0%) | 0 (0%) |
                """), section(md, ItemNo.of(4)));
        assertTrue(section(md, ItemNo.of(5)).contains("""
                | Ronde | 1 | geen posities |
                | 1 Wonen | plaats 2 (6 punten) | – |
                | 2 Jeugd | plaats 1 (9 punten) | – |
                | 3 Gezond leven | plaats 2 (6 punten) | – |
                | 4 Inclusie | plaats 4 (3 punten) | – |
                """), section(md, ItemNo.of(5)));
        assertTrue(section(md, ItemNo.of(6)).contains("**Vraag:** Waar loopt u als raadslid het meest tegenaan?\n\n"
                + "|  | Adviesraad | Gemeenteraad |\n|---|---:|---:|\n| Antwoorden | 2 | 1 |\n\n"), section(md, ItemNo.of(6)));
        assertFalse(md.contains("wachtlijsten"), md);
    }

    private static void vote(SessionService s, SessionId id, ItemNo item, List<Participant> who, Position... positions) {
        for (int i = 0; i < positions.length; i++) {
            s.vote(id, item, who.get(i), positions[i], VoteMethod.IN_TURN);
        }
        s.reveal(id, item);
    }

    private static Position numbers(Integer... numbers) {
        return Position.numbers(List.of(numbers));
    }

    // --- records with other details or conclusions ---

    private static SessionRecord withBody(SessionRecord r, String body) {
        Session s = r.session();
        Session changed = new Session(s.id(), s.title(), s.setId(), s.setTitle(), s.status(), s.currentItem(),
                s.createdAt(), s.updatedAt(), new SessionDetails(body, "", "", "", NameKeeping.NAMED));
        return new SessionRecord(changed, r.participants(), r.items(), r.votes(), r.arguments(), r.conclusions(),
                r.handCounts());
    }

    private static SessionRecord withConclusions(SessionRecord r, String text) {
        List<Conclusion> conclusions = r.items().stream()
                .map(i -> new Conclusion(i.number(), text, "", "", GENERATED)).collect(Collectors.toList());
        return new SessionRecord(r.session(), r.participants(), r.items(), r.votes(), r.arguments(), conclusions,
                r.handCounts());
    }
}
