package nl.beraad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.beraad.domain.Argument;
import nl.beraad.support.Unlogged;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.SessionChecksum;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Vote;
import nl.beraad.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The JSON export of real sessions parses back with every record and value as stored, names from ReportNames. */
@Timeout(60)
class JsonExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Messages NL = Messages.forLanguage("nl");
    private static final Instant NOW = Instant.parse("2026-11-22T15:00:00.120456Z");

    @Test
    void theDemoSessionExportsEveryRecordWithIdsRoundsAndUtcTimestamps() throws Exception {
        try (ExportSessions sessions = new ExportSessions()) {
            SessionRecord r = sessions.record(sessions.demo());
            JsonNode doc = JSON.readTree(render(r, false));

            assertEquals(List.of("format", "generator", "generatedAt", "anonymous", "checksum", "session",
                    "participants", "items", "positions", "handCounts", "arguments", "conclusions", "corrections", "events", "speakers",
                    "log", "stamp"),
                    JsonTextTest.fieldNames(doc));
            assertEquals(SessionChecksum.of(r), doc.get("checksum").asText());
            assertEquals("beraad-session/2", doc.get("format").asText());
            assertEquals("2026-11-22T15:00:00.120Z", doc.get("generatedAt").asText());
            assertEquals("finished", doc.at("/session/status").asText());
            assertEquals(r.session().id().value(), doc.at("/session/id").asLong());
            assertEquals("scp-dilemmas-2022", doc.at("/session/setId").asText());
            assertEquals(7, doc.get("participants").size());
            assertEquals(4, doc.get("items").size());
            assertEquals(35, doc.get("positions").size());
            assertEquals(0, doc.get("handCounts").size());
            assertEquals(11, doc.get("arguments").size());
            assertEquals(4, doc.get("conclusions").size());
            assertEquals(0, doc.get("corrections").size());
            assertEquals(ExportSessions.DEMO_NAMES, texts(doc.get("participants"), "name"));

            for (int i = 0; i < r.votes().size(); i++) {
                Vote v = r.votes().get(i);
                JsonNode p = doc.get("positions").get(i);
                assertEquals(v.itemNo().value(), p.get("item").asInt());
                assertEquals(v.round(), p.get("round").asInt());
                assertEquals(v.participantId().value(), p.get("participantId").asLong());
                assertEquals(v.position().isAbstain(), p.get("abstain").asBoolean());
                assertEquals(v.position().isAbstain() ? 0 : v.position().step(), p.get("step").asInt());
                assertEquals(v.castAt(), Instant.parse(p.get("castAt").asText()));
                assertEquals(v.method().name().toLowerCase(java.util.Locale.ROOT), p.get("method").asText());
                assertTrue(p.get("castAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
            }
            JsonNode abstention = first(doc.get("positions"), "abstain", "true");
            assertTrue(abstention.get("step").isNull() && abstention.get("side").isNull(), abstention.toString());
            assertEquals("Priya Ramdin", abstention.get("participant").asText());

            for (int i = 0; i < r.arguments().size(); i++) {
                Argument a = r.arguments().get(i);
                JsonNode j = doc.get("arguments").get(i);
                assertEquals(a.id(), j.get("id").asLong());
                assertEquals(a.text(), j.get("text").asText());
                assertEquals(a.side().name(), j.get("side").asText());
                assertEquals(a.createdAt(), Instant.parse(j.get("createdAt").asText()));
            }
            JsonNode anonymousArgument = first(doc.get("arguments"), "side", "NONE");
            assertTrue(anonymousArgument.get("participantId").isNull());
            assertTrue(anonymousArgument.get("participant").isNull());
            assertEquals(r.conclusion(ItemNo.of(4)).orElseThrow().text(), doc.at("/conclusions/3/text").asText());
            assertTrue(doc.at("/session/createdAt").asText().endsWith("Z"));
        }
    }

    @Test
    void everyKindShowsItsOwnFieldsAndPositionsAndHostileTextReadsBackUnchanged() throws Exception {
        try (ExportSessions sessions = new ExportSessions()) {
            SessionRecord r = sessions.record(sessions.allKinds());
            JsonNode doc = JSON.readTree(render(r, false));

            assertEquals(List.of("dilemma", "stelling", "keuze", "verdeling", "rangorde", "vraag"),
                    texts(doc.get("items"), "kind"));
            JsonNode items = doc.get("items");
            assertEquals(5, items.at("/0/scaleSteps").asInt());
            assertFalse(items.at("/0/poleA").asText().isEmpty());
            assertEquals("Elk huishouden met vragen op meerdere terreinen krijgt één plan.",
                    items.at("/1/statement").asText());
            assertEquals(2, items.at("/1/round").asInt());
            assertEquals(2, items.at("/1/revealedRound").asInt());
            assertEquals(2, items.at("/2/maxChoices").asInt());
            assertEquals(100, items.at("/3/points").asInt());
            assertEquals(4, items.at("/4/options").size());
            assertEquals("Waar loopt u als raadslid het meest tegenaan?", items.at("/5/question").asText());
            assertFalse(items.get(5).has("options"));

            assertEquals(18, doc.get("positions").size());
            assertEquals(List.of("[1,3]", "[3]", "[2,3]", "null", "[50,30,20]", "[0,0,100]", "[40,40,20]",
                    "[34,33,33]", "[2,1,3,4]", "[1,2,3,4]"), doc.get("positions").findValues("numbers").stream()
                    .skip(8).map(JsonNode::toString).toList());
            assertEquals(List.of("A", "B", "NONE", "null", "B", "B", "NONE", "null"), doc.get("positions")
                    .findValues("side").stream().limit(8).map(n -> n.isNull() ? "null" : n.asText()).toList());

            assertEquals(List.of("2|1|0|true|1", "2|1|4|false|1", "2|1|5|false|2"), handCounts(doc));
            assertEquals(ExportSessions.ALL_KINDS_NAMES, texts(doc.get("participants"), "name"));
            assertTrue(doc.at("/participants/4/observer").asBoolean());

            assertEquals(r.arguments().stream().map(Argument::text).toList(), texts(doc.get("arguments"), "text"));
            assertEquals(ExportSessions.FORMULA, doc.at("/arguments/0/text").asText());
            assertEquals(ExportSessions.QUOTED, doc.at("/arguments/1/text").asText());
            assertTrue(doc.at("/arguments/1/participant").isNull());
            assertEquals("Eerste regel, met komma\n\"Tweede\" regel\nDerde regel",
                    doc.at("/conclusions/0/text").asText());
            assertEquals("-minderheid: liever niet", doc.at("/conclusions/0/minority").asText());
            assertEquals("[\"Actie één\",\"+Actie twee\",\"@actie drie\"]",
                    doc.at("/conclusions/0/actionPoints").toString());
            assertTrue(doc.at("/conclusions/1/minority").isNull());
            assertEquals(ExportSessions.FACILITATOR, doc.at("/session/facilitator").asText());
            assertEquals("Alle soorten, \"met\" komma's", doc.at("/session/title").asText());
        }
    }

    @Test
    void theSameSessionGivesTheSameFile() throws Exception {
        try (ExportSessions sessions = new ExportSessions()) {
            SessionId id = sessions.allKinds();
            assertEquals(render(sessions.record(id), false), render(sessions.record(id), false));
        }
    }

    @Test
    void anAnonymousExportHasNoParticipantNameAnywhereNotEvenTypedInAText() throws Exception {
        try (ExportSessions sessions = new ExportSessions()) {
            SessionRecord r = sessions.record(sessions.allKinds());
            String json = render(r, true);

            NameCheck.assertNoName(json, ExportSessions.ALL_KINDS_NAMES);
            JsonNode doc = JSON.readTree(json);
            assertEquals(SessionChecksum.of(r), doc.get("checksum").asText(), "the checksum is of the data");
            assertTrue(doc.get("anonymous").asBoolean());
            assertEquals(List.of("Deelnemer 1", "Deelnemer 2", "Deelnemer 3", "Deelnemer 4", "Deelnemer 5"),
                    texts(doc.get("participants"), "name"));
            assertEquals("Deelnemer 2", doc.at("/arguments/4/participant").asText());
            assertEquals("Dan hoeft niemand zijn verhaal drie keer te doen, zegt Deelnemer 1.",
                    doc.at("/arguments/2/text").asText());
            assertEquals("Volgende keer een inwoner uitnodigen, zoals Deelnemer 4 voorstelde.",
                    doc.at("/conclusions/1/text").asText());
            // As in the Markdown heading: a chair or clerk who takes no part keeps their name.
            assertEquals(ExportSessions.FACILITATOR, doc.at("/session/facilitator").asText());
            assertEquals(ExportSessions.SECRETARY, doc.at("/session/secretary").asText());
            assertFalse(doc.at("/session/anonymous").asBoolean(), "the session itself is not anonymous");
        }
    }

    @Test
    void anAnonymousSessionExportsWithoutNamesEvenWhenNotAsked() throws Exception {
        try (ExportSessions sessions = new ExportSessions()) {
            String json = render(sessions.record(sessions.anonymous()), false);

            JsonNode doc = JSON.readTree(json);
            assertTrue(doc.at("/session/anonymous").asBoolean());
            assertEquals("anonymous", doc.at("/session/names").asText());
            assertTrue(doc.at("/anonymous").asBoolean(), "the export is anonymous without being asked");
            assertEquals(List.of("Deelnemer 1", "Deelnemer 2", "Deelnemer 3"), texts(doc.at("/participants"), "name"));
        }
    }

    private static String render(SessionRecord r, boolean anonymous) {
        return new JsonExport("test").render(r, Unlogged.of(r), ReportNames.of(r, anonymous, NL), NOW);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    private static JsonNode first(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.get(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + "=" + value);
    }

    private static List<String> handCounts(JsonNode doc) {
        List<String> out = new ArrayList<>();
        for (JsonNode h : doc.get("handCounts")) {
            out.add(h.get("item").asInt() + "|" + h.get("round").asInt() + "|" + h.get("step").asInt() + "|"
                    + h.get("abstain").asBoolean() + "|" + h.get("hands").asInt());
        }
        return out;
    }
}
