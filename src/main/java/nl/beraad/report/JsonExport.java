package nl.beraad.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.beraad.domain.Argument;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.Correction;
import nl.beraad.domain.HandCount;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.KindRules;
import nl.beraad.domain.LogEntry;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionChecksum;
import nl.beraad.domain.Provenance;
import nl.beraad.domain.ReportStamp;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Vote;

/**
 * A whole session as one JSON document ("beraad-session/2") for archives and for moving it to
 * another database: every participant, item (with all its texts), position, show of hands,
 * argument, conclusion, correction and moment of the meeting, with ids, rounds and UTC timestamps,
 * the session checksum the Markdown report ends with, the session's log head and
 * the stamp {@code beraad verify FILE} checks the file by. A named export holds all that was stored,
 * so {@code beraad import} can restore the session from it ({@link SessionFile} reads it back).
 * The shape is documented in the README; a change that breaks a reader raises the version.
 */
public final class JsonExport {
    public static final String FORMAT = "beraad-session/2";

    private final String version;

    /** An export stamped with the Beraad version that made it. */
    public JsonExport(String version) {
        this.version = version;
    }

    /**
     * The document; after the data come the session's log ("log": entries, head, whether the data is
     * what the log records, the finish's signature) and, last, the stamp the file is checked by.
     */
    public String render(SessionRecord r, Provenance provenance, ReportNames names, Instant generatedAt) {
        return render(r, provenance, names, generatedAt, List.of());
    }

    /**
     * The document with the session's whole log too ("sessionLog": its entries and the finish's
     * signature), for {@code beraad export}: {@code beraad import} checks the chain and the
     * signature against the data before it stores anything (issue 15).
     */
    public String render(SessionRecord r, Provenance provenance, ReportNames names, Instant generatedAt,
                         List<LogEntry> log) {
        ExportData data = new ExportData(r, names);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("generator", "Beraad " + version);
        doc.put("generatedAt", ExportData.time(generatedAt));
        doc.put("anonymous", names.anonymous());
        doc.put("checksum", SessionChecksum.of(r));
        doc.put("session", session(r.session(), data));
        doc.put("participants", data.participants().stream().map(p -> participant(p, names)).toList());
        doc.put("items", r.items().stream().map(JsonExport::item).toList());
        doc.put("positions", data.votes().stream().map(v -> position(r, data, v)).toList());
        doc.put("handCounts", data.handCounts().stream().map(h -> handCount(r, h)).toList());
        doc.put("arguments", data.arguments().stream().map(a -> argument(data, a)).toList());
        doc.put("conclusions", data.conclusions().stream().map(c -> conclusion(data, c)).toList());
        doc.put("corrections", r.corrections().stream().map(k -> correction(r, data, k)).toList());
        doc.put("events", r.events().stream().map(JsonExport::event).toList());
        doc.put("speakers", r.speakers().stream().map(w -> speaker(data, w)).toList());
        if (!log.isEmpty()) {
            doc.put("sessionLog", sessionLog(log, provenance));
        }
        doc.put("log", log(provenance));
        doc.put("stamp", ReportStamp.unsigned(provenance));
        return JsonText.write(doc) + "\n";
    }

    /**
     * The session and its heading. Typed heading text goes through ReportNames as in the Markdown
     * report: names typed in the title, body or place are replaced in an anonymous export, and a chair
     * or clerk who is also a participant becomes "Deelnemer n".
     */
    private static Map<String, Object> session(Session s, ExportData data) {
        SessionDetails d = s.details();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id().value());
        m.put("uid", s.uid());
        m.put("title", data.text(s.title()));
        m.put("setId", s.setId());
        m.put("setTitle", s.setTitle());
        m.put("status", s.status().name().toLowerCase(java.util.Locale.ROOT));
        m.put("currentItem", s.currentItem().value());
        m.put("createdAt", ExportData.time(s.createdAt()));
        m.put("updatedAt", ExportData.time(s.updatedAt()));
        m.put("body", orNull(data.text(d.body())));
        m.put("place", orNull(data.text(d.place())));
        m.put("facilitator", orNull(data.official(d.facilitator())));
        m.put("secretary", orNull(data.official(d.secretary())));
        m.put("anonymous", d.isAnonymous());
        m.put("names", d.names().word());
        m.put("zone", s.zone() == null ? null : s.zone().getId());
        return m;
    }

    /** The session's log as the data stood against it: entries, head, "intact"/"changed"/"nolog", the finish's signature over it. */
    private static Map<String, Object> log(Provenance p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entries", p.entries());
        m.put("head", p.entries() == 0 ? null : p.head());
        m.put("data", ReportStamp.word(p.standing()));
        m.put("signature", p.signedAsIs() ? p.seal().get().signature() : null);
        m.put("publicKey", p.signedAsIs() ? p.seal().get().publicKey() : null);
        return m;
    }

    /** Every entry of the log as stored (a redacted one with its erased text), and the finish's signature. */
    private static Map<String, Object> sessionLog(List<LogEntry> log, Provenance p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entries", log.stream().map(e -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("seq", e.seq());
            entry.put("kind", e.kind().name());
            entry.put("item", e.itemNo() == null ? null : e.itemNo().value());
            entry.put("content", e.content());
            entry.put("contentHash", e.contentHash());
            entry.put("hash", e.hash());
            entry.put("redacted", e.redacted());
            return entry;
        }).toList());
        m.put("seal", p.seal().map(seal -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("entries", seal.entries());
            s.put("head", seal.head());
            s.put("publicKey", seal.publicKey());
            s.put("signature", seal.signature());
            s.put("signedAt", ExportData.time(seal.signedAt()));
            return s;
        }).orElse(null));
        return m;
    }

    /** One place in an item's speaker queue; the list is in queue order, item by item. */
    private static Map<String, Object> speaker(ExportData data, nl.beraad.domain.QueuedSpeaker w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", w.itemNo().value());
        m.put("participantId", w.participantId().value());
        m.put("participant", data.name(w.participantId()));
        m.put("addedAt", ExportData.time(w.addedAt()));
        return m;
    }

    private static Map<String, Object> event(nl.beraad.domain.SessionEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("at", ExportData.time(e.at()));
        return m;
    }

    private static Map<String, Object> participant(Participant p, ReportNames names) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id().value());
        m.put("seq", p.seq());
        m.put("name", names.of(p));
        m.put("observer", p.observer());
        m.put("present", p.present());
        return m;
    }

    /** An item with what members responded to: only the fields its kind has. */
    private static Map<String, Object> item(SessionItem si) {
        ItemForm f = si.item().form();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", si.number().value());
        m.put("key", si.item().key());
        m.put("kind", f.kind().word());
        m.put("title", si.item().title());
        m.put("context", orNull(si.item().context()));
        f.rules().accept(new KindRules.Cases<Void>() {
            @Override
            public Void dilemma(KindRules.Dilemma d) {
                m.put("poleA", d.poleA());
                m.put("poleB", d.poleB());
                m.put("scaleSteps", d.scale().steps());
                return null;
            }

            @Override
            public Void statement(KindRules.Statement s) {
                m.put("statement", s.statement());
                m.put("scaleSteps", s.scale().steps());
                return null;
            }

            @Override
            public Void question(KindRules.Question q) {
                m.put("question", q.question());
                return null;
            }

            @Override
            public Void choice(KindRules.Choice c) {
                m.put("options", c.options());
                m.put("maxChoices", c.maxChoices());
                return null;
            }

            @Override
            public Void allocation(KindRules.Allocation a) {
                m.put("options", a.options());
                m.put("points", a.points());
                return null;
            }

            @Override
            public Void ranking(KindRules.Ranking r) {
                m.put("options", r.options());
                return null;
            }
        });
        m.put("questions", si.item().questions());
        m.put("attention", si.item().attention());
        m.put("source", orNull(si.item().source()));
        m.put("round", si.round());
        m.put("revealedRound", si.revealedRound());
        m.put("openedAt", ExportData.time(si.openedAt()));
        return m;
    }

    private static Map<String, Object> position(SessionRecord r, ExportData data, Vote v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", v.itemNo().value());
        m.put("round", v.round());
        m.put("participantId", v.participantId().value());
        m.put("participant", data.name(v.participantId()));
        putPosition(m, ExportedPosition.of(r.item(v.itemNo()).item().form(), v.position()));
        m.put("castAt", ExportData.time(v.castAt()));
        m.put("method", v.method() == null ? null : v.method().name().toLowerCase(java.util.Locale.ROOT));
        return m;
    }

    private static Map<String, Object> handCount(SessionRecord r, HandCount h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", h.itemNo().value());
        m.put("round", h.round());
        putPosition(m, ExportedPosition.ofHands(r.item(h.itemNo()).item().form(), h.position()));
        m.put("hands", h.hands());
        m.put("countedAt", ExportData.time(h.countedAt()));
        return m;
    }

    private static void putPosition(Map<String, Object> m, ExportedPosition p) {
        m.put("abstain", p.abstain());
        m.put("step", p.step());
        m.put("side", p.side());
        m.put("numbers", p.numbers());
    }

    private static Map<String, Object> argument(ExportData data, Argument a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("item", a.itemNo().value());
        m.put("participantId", number(a.participantId()));
        m.put("participant", data.name(a.participantId()));
        m.put("side", a.side().name());
        m.put("text", data.text(a.text()));
        m.put("createdAt", ExportData.time(a.createdAt()));
        m.put("edited", a.isEdited());
        m.put("editedAt", ExportData.time(a.editedAt()));
        return m;
    }

    /**
     * A change made after the fact, with what it changed from and to: positions as the positions
     * list writes them, hands as counts, texts as typed (a deleted argument's text is not kept).
     */
    private static Map<String, Object> correction(SessionRecord r, ExportData data, Correction k) {
        ItemForm form = r.item(k.itemNo()).item().form();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", k.id());
        m.put("item", k.itemNo().value());
        m.put("kind", ExportData.kind(k));
        m.put("round", k.round() == 0 ? null : k.round());
        m.put("participantId", number(k.participantId()));
        m.put("participant", data.name(k.participantId()));
        m.put("argumentId", k.argumentId());
        m.put("side", k.side() == null ? null : k.side().name());
        switch (k.kind()) {
            case ROUND_REOPENED, ARGUMENT_DELETED -> {
                m.put("before", null);
                m.put("after", null);
            }
            case POSITION -> {
                m.put("before", positionOrNull(form, k.positionBefore()));
                m.put("after", positionOrNull(form, k.positionAfter()));
            }
            case HANDS -> {
                Map<String, Object> at = new LinkedHashMap<>();
                putPosition(at, ExportedPosition.ofHands(form, k.handPosition()));
                m.put("position", at);
                m.put("before", Integer.valueOf(k.before()));
                m.put("after", Integer.valueOf(k.after()));
            }
            case ARGUMENT_EDITED -> {
                m.put("before", k.before() == null ? null : data.text(k.before()));
                m.put("after", k.after() == null ? null : data.text(k.after()));
            }
        }
        m.put("reason", orNull(data.text(k.reason())));
        m.put("madeAt", ExportData.time(k.madeAt()));
        return m;
    }

    private static Map<String, Object> positionOrNull(ItemForm form, nl.beraad.domain.Position p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        putPosition(m, ExportedPosition.of(form, p));
        return m;
    }

    private static Map<String, Object> conclusion(ExportData data, Conclusion c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", c.itemNo().value());
        m.put("text", orNull(data.text(c.text())));
        m.put("minority", orNull(data.text(c.minority())));
        m.put("actionPoints", c.actionPoints().stream().map(data::text).toList());
        m.put("updatedAt", ExportData.time(c.updatedAt()));
        return m;
    }

    private static String orNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** A participant id as its number; none (the board's argument, a correction of hands) as null. */
    private static Long number(ParticipantId id) {
        return id == null ? null : id.value();
    }
}
