package nl.beraad.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.function.Function;
import nl.beraad.domain.LogEntry;
import nl.beraad.domain.Seal;
import nl.beraad.domain.Argument;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.NameKeeping;
import nl.beraad.domain.Correction;
import nl.beraad.domain.HandCount;
import nl.beraad.domain.Item;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Position;
import nl.beraad.domain.QueuedSpeaker;
import nl.beraad.domain.Scale;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionEvent;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.SessionStatus;
import nl.beraad.domain.Side;
import nl.beraad.domain.Vote;
import nl.beraad.domain.VoteMethod;

/**
 * Reads back a named session export ({@link JsonExport}, "beraad-session/2") as the session it was
 * made from, for {@code beraad import}. Strict: a file that is not JSON, not a Beraad session, made
 * by another version, anonymous (its names are gone) or missing or mistyping any field is refused
 * with one sentence naming what is wrong and where; whether what it holds is what was exported is
 * for the checksum to say ({@link nl.beraad.app.SessionImport}).
 */
public final class SessionFile {
    /** The format's name without its version: a file with another version is a Beraad file, but not this one. */
    private static final String FAMILY = "beraad-session/";

    private SessionFile() {
    }

    /**
     * A session as a file holds it, the checksum the file says it has, and the log it carries with the
     * finish's signature (none from an export made before Beraad kept logs).
     */
    public record Read(SessionRecord record, String checksum, List<LogEntry> log, Optional<Seal> seal) {
    }

    /** The session in a file's text. */
    public static Read read(String text) {
        JsonObject doc = parse(text);
        Node root = new Node("$", doc, new String[] {"$"});
        JsonElement format = doc.get("format");
        if (format == null || !format.isJsonPrimitive() || !format.getAsJsonPrimitive().isString()
                || !format.getAsString().startsWith(FAMILY)) {
            throw BeraadException.invalid("import.foreign");
        }
        if (!format.getAsString().equals(JsonExport.FORMAT)) {
            throw BeraadException.invalid(format.getAsString().compareTo(JsonExport.FORMAT) < 0 ? "import.older"
                    : "import.newer", format.getAsString());
        }
        if (root.bool("anonymous")) {
            throw BeraadException.invalid("import.anonymous");
        }
        try {
            SessionRecord record = record(root);
            if (!root.object.has("sessionLog")) {
                return new Read(record, root.text("checksum"), List.of(), Optional.empty());
            }
            Node log = root.object("sessionLog");
            return new Read(record, root.text("checksum"), log.list("entries", SessionFile::entry),
                    log.isNull("seal") ? Optional.empty() : Optional.of(seal(log.object("seal"))));
        } catch (BeraadException e) {
            if (e.problems().get(0).key().startsWith("import.")) {
                throw e;
            }
            throw BeraadException.invalid("import.value", root.last[0]);
        } catch (IllegalArgumentException | IllegalStateException | DateTimeParseException e) {
            // A value the domain refuses (an empty title, a round of 3): the file was not written by Beraad as it is.
            throw BeraadException.invalid("import.value", root.last[0]);
        }
    }

    private static JsonObject parse(String text) {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement doc = JsonParser.parseReader(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw BeraadException.invalid("import.json");
            }
            if (!doc.isJsonObject()) {
                throw BeraadException.invalid("import.foreign");
            }
            return doc.getAsJsonObject();
        } catch (JsonParseException | IOException | IllegalStateException | StackOverflowError e) {
            throw BeraadException.invalid("import.json");
        }
    }

    private static LogEntry entry(Node e) {
        return new LogEntry(e.integer("seq"), LogEntry.Kind.valueOf(e.text("kind")),
                e.isNull("item") ? null : e.itemNo("item"), e.text("content"), e.text("contentHash"), e.text("hash"),
                e.bool("redacted"));
    }

    private static Seal seal(Node s) {
        return new Seal(s.integer("entries"), s.text("head"), s.text("publicKey"), s.text("signature"),
                s.time("signedAt"));
    }

    /** How the session keeps names; a file from before the setting says only whether it was anonymous. */
    private static NameKeeping names(Node s) {
        if (s.has("names")) {
            return NameKeeping.of(s.text("names"));
        }
        return s.bool("anonymous") ? NameKeeping.ANONYMOUS : NameKeeping.NAMED;
    }

    private static SessionRecord record(Node root) {
        Node s = root.object("session");
        Session session = new Session(new SessionId(0), s.text("title"), s.text("setId"), s.text("setTitle"),
                SessionStatus.valueOf(s.text("status").toUpperCase(Locale.ROOT)), s.itemNo("currentItem"),
                s.time("createdAt"), s.time("updatedAt"),
                new SessionDetails(s.optionalText("body"), s.optionalText("place"), s.optionalText("facilitator"),
                        s.optionalText("secretary"), names(s)),
                s.isNull("zone") ? null : ZoneId.of(s.text("zone")), s.text("uid"));
        List<SessionItem> items = root.list("items", SessionFile::item);
        Function<ItemNo, ItemForm> form = no -> items.stream().filter(i -> i.number().equals(no)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + no)).item().form();
        return new SessionRecord(session,
                root.list("participants", p -> new Participant(p.participantId("id"), p.text("name"), p.integer("seq"),
                        p.bool("observer"), p.bool("present"))),
                items,
                root.list("positions", v -> new Vote(v.participantId("participantId"), v.itemNo("item"), v.integer("round"),
                        position(v, form.apply(v.itemNo("item"))), v.time("castAt"),
                        v.isNull("method") ? null : VoteMethod.valueOf(v.text("method").toUpperCase(Locale.ROOT)))),
                root.list("arguments", a -> new Argument(a.id("id"), a.itemNo("item"),
                        a.isNull("participantId") ? null : a.participantId("participantId"), Side.valueOf(a.text("side")),
                        a.text("text"), a.time("createdAt"), a.isNull("editedAt") ? null : a.time("editedAt"))),
                root.list("conclusions", c -> new Conclusion(c.itemNo("item"), c.optionalText("text"),
                        c.optionalText("minority"), String.join("\n", c.texts("actionPoints")), c.time("updatedAt"))),
                root.list("handCounts", h -> new HandCount(h.itemNo("item"), h.integer("round"),
                        handPosition(h, form.apply(h.itemNo("item"))), h.integer("hands"), h.time("countedAt"))),
                root.list("events", e -> new SessionEvent(
                        SessionEvent.Kind.valueOf(e.text("kind").toUpperCase(Locale.ROOT)), e.time("at"))),
                root.list("corrections", k -> correction(k, form.apply(k.itemNo("item")))),
                root.list("speakers", w -> new QueuedSpeaker(w.itemNo("item"), w.participantId("participantId"),
                        w.time("addedAt"))));
    }

    private static SessionItem item(Node i) {
        ItemKind kind = ItemKind.fromWord(i.text("kind"))
                .orElseThrow(() -> new IllegalArgumentException("unknown kind"));
        ItemForm form = switch (kind) {
            case DILEMMA -> ItemForm.dilemma(i.text("poleA"), i.text("poleB"), new Scale(i.integer("scaleSteps")));
            case STATEMENT -> ItemForm.statement(i.text("statement"), new Scale(i.integer("scaleSteps")));
            case QUESTION -> ItemForm.question(i.text("question"));
            case CHOICE -> ItemForm.choice(i.texts("options"), i.integer("maxChoices"));
            case ALLOCATION -> ItemForm.allocation(i.texts("options"), i.integer("points"));
            case RANKING -> ItemForm.ranking(i.texts("options"));
        };
        Item item = new Item(i.text("key"), i.text("title"), i.optionalText("context"), form, i.texts("questions"),
                i.texts("attention"), i.optionalText("source"));
        return new SessionItem(i.itemNo("number"), item, i.integer("round"), i.integer("revealedRound"),
                i.isNull("openedAt") ? null : i.time("openedAt"));
    }

    /** A position as {@link ExportedPosition} writes it. */
    private static Position position(Node p, ItemForm form) {
        if (p.bool("abstain")) {
            return Position.ABSTAIN;
        }
        return form.kind().isScaled() ? Position.step(p.integer("step")) : Position.numbers(p.integers("numbers"));
    }

    /** The number of the position a show of hands was counted for: the one that stands for the position written. */
    private static int handPosition(Node p, ItemForm form) {
        Position written = position(p, form);
        for (int h = 0; h <= form.handPositions(); h++) {
            if (form.handPosition(h).equals(written)) {
                return h;
            }
        }
        throw new IllegalArgumentException("no show of hands for " + written);
    }

    private static Correction correction(Node k, ItemForm form) {
        Correction.Kind kind = Correction.Kind.valueOf(k.text("kind").toUpperCase(Locale.ROOT));
        String before = null;
        String after = null;
        int hands = 0;
        switch (kind) {
            case ROUND_REOPENED, ARGUMENT_DELETED -> {
                // Nothing before or after: a reopening changes no value, a deletion keeps no text.
            }
            case POSITION -> {
                before = k.isNull("before") ? null : Correction.encode(position(k.object("before"), form));
                after = k.isNull("after") ? null : Correction.encode(position(k.object("after"), form));
            }
            case HANDS -> {
                hands = handPosition(k.object("position"), form);
                before = Integer.toString(k.integer("before"));
                after = Integer.toString(k.integer("after"));
            }
            case ARGUMENT_EDITED -> {
                before = k.isNull("before") ? null : k.text("before");
                after = k.isNull("after") ? null : k.text("after");
            }
        }
        return new Correction(k.id("id"), k.itemNo("item"), kind, k.isNull("round") ? 0 : k.integer("round"),
                k.isNull("participantId") ? null : k.participantId("participantId"),
                k.isNull("argumentId") ? null : k.id("argumentId"), k.isNull("side") ? null : Side.valueOf(k.text("side")),
                hands, before, after, k.optionalText("reason"), k.time("madeAt"));
    }

    /**
     * One object of the document and where it is ($.items[2]), to name the place of what is missing or
     * mistyped. Every value is read through here, so every refusal says where.
     */
    private static final class Node {
        private final String path;
        private final JsonObject object;
        /** The last field asked for anywhere in the document (shared by its nodes), for a value the domain refuses. */
        private final String[] last;

        Node(String path, JsonObject object, String[] last) {
            this.path = path;
            this.object = object;
            this.last = last;
        }

        private JsonElement field(String name) {
            last[0] = path + "." + name;
            JsonElement e = object.get(name);
            if (e == null) {
                throw BeraadException.invalid("import.missing", last[0]);
            }
            return e;
        }

        private BeraadException wrong(String name) {
            return BeraadException.invalid("import.type", path + "." + name);
        }

        /** Whether the object has the field at all (one a later version added). */
        boolean has(String name) {
            return object.has(name);
        }

        boolean isNull(String name) {
            return field(name).isJsonNull();
        }

        private JsonPrimitive primitive(String name) {
            JsonElement e = field(name);
            if (!e.isJsonPrimitive()) {
                throw wrong(name);
            }
            return e.getAsJsonPrimitive();
        }

        String text(String name) {
            JsonPrimitive p = primitive(name);
            if (!p.isString()) {
                throw wrong(name);
            }
            return p.getAsString();
        }

        /** A text that an export leaves out (null) when it is empty. */
        String optionalText(String name) {
            return isNull(name) ? "" : text(name);
        }

        boolean bool(String name) {
            JsonPrimitive p = primitive(name);
            if (!p.isBoolean()) {
                throw wrong(name);
            }
            return p.getAsBoolean();
        }

        ParticipantId participantId(String name) {
            return new ParticipantId(id(name));
        }

        /** An item number; one below 1 is refused like any other damage (IllegalArgumentException). */
        ItemNo itemNo(String name) {
            return ItemNo.of(integer(name));
        }

        long id(String name) {
            JsonPrimitive p = primitive(name);
            try {
                if (!p.isNumber()) {
                    throw wrong(name);
                }
                return p.getAsBigDecimal().longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw wrong(name);
            }
        }

        int integer(String name) {
            long value = id(name);
            if (value != (int) value) {
                throw wrong(name);
            }
            return (int) value;
        }

        Instant time(String name) {
            return Instant.parse(text(name));
        }

        Node object(String name) {
            JsonElement e = field(name);
            if (!e.isJsonObject()) {
                throw wrong(name);
            }
            return new Node(path + "." + name, e.getAsJsonObject(), last);
        }

        private JsonArray array(String name) {
            JsonElement e = field(name);
            if (!e.isJsonArray()) {
                throw wrong(name);
            }
            return e.getAsJsonArray();
        }

        <T> List<T> list(String name, Function<Node, T> reader) {
            JsonArray a = array(name);
            List<T> out = new ArrayList<>();
            for (int n = 0; n < a.size(); n++) {
                if (!a.get(n).isJsonObject()) {
                    throw BeraadException.invalid("import.type", path + "." + name + "[" + n + "]");
                }
                out.add(reader.apply(new Node(path + "." + name + "[" + n + "]", a.get(n).getAsJsonObject(), last)));
            }
            return out;
        }

        List<String> texts(String name) {
            List<String> out = new ArrayList<>();
            for (JsonElement e : array(name)) {
                if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                    throw wrong(name);
                }
                out.add(e.getAsString());
            }
            return out;
        }

        List<Integer> integers(String name) {
            List<Integer> out = new ArrayList<>();
            for (JsonElement e : array(name)) {
                if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
                    throw wrong(name);
                }
                try {
                    out.add(e.getAsJsonPrimitive().getAsBigDecimal().intValueExact());
                } catch (ArithmeticException | NumberFormatException x) {
                    throw wrong(name);
                }
            }
            return out;
        }
    }
}
