package nl.beraad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.beraad.app.SessionService;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.VoteMethod;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.store.MemoryDatabase;
import nl.beraad.text.Messages;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mermaid charts in the report: one per revealed round, and option texts cannot break out of a label or the block. */
class MermaidChartTest {
    @TempDir
    Path dir;

    @Test
    void hostileOptionTextsStayInsideTheirLabels() throws Exception {
        Path set = dir.resolve("vijandig.yaml");
        Files.writeString(set, """
                titel: Opties met rare tekens
                bron: test
                items:
                  - id: rare-opties
                    soort: keuze
                    titel: Welke?
                    context: Test.
                    opties:
                      - 'Wonen "en" zorg'
                      - '```'
                      - 'x" : 99'
                      - '%%{init: {"theme": "dark"}}%%'
                """, StandardCharsets.UTF_8);
        try (Database db = MemoryDatabase.fresh()) {
            SessionService service = new SessionService(new JdbcSessionStore(db), new SetDirectory(dir), Clock.systemUTC());
            SessionId id = service.start(set.toString(), null).id();
            Participant a = service.addParticipant(id, "Anouk");
            Participant b = service.addParticipant(id, "José");
            service.vote(id, ItemNo.of(1), a, Position.numbers(List.of(1)), VoteMethod.IN_TURN);
            service.vote(id, ItemNo.of(1), b, Position.numbers(List.of(3)), VoteMethod.IN_TURN);
            service.reveal(id, ItemNo.of(1));
            Messages msg = Messages.forLanguage("nl");
            String md = new MarkdownReport(msg, ZoneOffset.UTC, "test", true).render(service.forReport(id), Instant.EPOCH);

            List<String> charts = new ArrayList<>();
            Parser.builder().build().parse(md).accept(new AbstractVisitor() {
                @Override
                public void visit(FencedCodeBlock block) {
                    if ("mermaid".equals(block.getInfo())) {
                        charts.add(block.getLiteral());
                    }
                }
            });
            assertEquals(List.of("pie showData title Item 1, ronde 1\n    \"1 Wonen en zorg\" : 1\n    \"3 x 99\" : 1\n"), charts);
            assertTrue(md.contains("```mermaid\n"), md);
        }
    }

    @Test
    void labelsKeepLettersDigitsAndPlainPunctuationOnly() {
        assertEquals("Schuldhulp (wijk 3) & co.", MermaidChart.safe("Schuldhulp (wijk 3) & co."));
        assertEquals("Zoë s werk", MermaidChart.safe("Zoë's werk"));
        assertEquals("a b", MermaidChart.safe("a\"\n`b"));
    }
}
