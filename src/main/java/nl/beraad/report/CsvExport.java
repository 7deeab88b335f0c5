package nl.beraad.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import nl.beraad.domain.Argument;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.Correction;
import nl.beraad.domain.HandCount;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.Provenance;
import nl.beraad.domain.ReportStamp;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Vote;

/**
 * A whole session as one CSV table for archives and spreadsheets (UTF-8, CRLF, in a {@link
 * CsvFlavour}: ';' and a byte-order mark for a Dutch spreadsheet, ',' for an English one, plain
 * RFC 4180 for programs): one header row, then one row per position, show of hands, argument and
 * conclusion, told apart by the type column: item by item, each item's rounds in order, then its
 * arguments and conclusion; the last row (type log) carries the session's log head and the stamp
 * {@code beraad verify FILE} checks the file by. The columns are documented in the README.
 */
public final class CsvExport {
    public static final List<String> COLUMNS = List.of("type", "session_id", "item", "item_key", "item_kind",
            "round", "participant_id", "participant", "abstain", "step", "side", "numbers", "hands", "argument_id",
            "text", "minority", "action_points", "timestamp", "edited_at", "correction", "before", "after", "reason");

    private final CsvFlavour flavour;

    /** An export in this flavour. */
    public CsvExport(CsvFlavour flavour) {
        this.flavour = flavour;
    }

    /**
     * The table, without the byte-order mark (see {@link CsvFlavour#start}); generatedAt is taken
     * for a call like the other formats', but a CSV row has no place for it.
     */
    public String render(SessionRecord r, Provenance provenance, ReportNames names, Instant generatedAt) {
        ExportData data = new ExportData(r, names);
        Map<ItemNo, List<Vote>> votes = byItem(data.votes(), Vote::itemNo);
        Map<ItemNo, List<HandCount>> hands = byItem(data.handCounts(), HandCount::itemNo);
        Map<ItemNo, List<Argument>> arguments = byItem(data.arguments(), Argument::itemNo);
        Map<ItemNo, List<Conclusion>> conclusions = byItem(data.conclusions(), Conclusion::itemNo);
        StringBuilder out = new StringBuilder(8192);
        CsvText.record(out, COLUMNS, flavour);
        String session = r.session().id().toString();
        for (SessionItem item : r.items()) {
            ItemNo no = item.number();
            positions(out, session, item, votes.getOrDefault(no, List.of()), hands.getOrDefault(no, List.of()), data);
            for (Argument a : arguments.getOrDefault(no, List.of())) {
                Row row = new Row("argument", session, item).set("argument_id", a.id()).who(a.participantId(), data)
                        .set("side", a.side().name()).set("text", data.text(a.text()))
                        .set("edited_at", ExportData.time(a.editedAt()));
                CsvText.record(out, row.time(a.createdAt()).cells(), flavour);
            }
            for (Conclusion c : conclusions.getOrDefault(no, List.of())) {
                Row row = new Row("conclusion", session, item).set("text", data.text(c.text()))
                        .set("minority", data.text(c.minority()))
                        .set("action_points", String.join("\n", c.actionPoints().stream().map(data::text).toList()));
                CsvText.record(out, row.time(c.updatedAt()).cells(), flavour);
            }
            for (Correction k : r.corrections(no)) {
                CsvText.record(out, correction(session, item, k, data).cells(), flavour);
            }
        }
        // The last row: the session's log and the stamp this file is checked by (issue 15).
        CsvText.record(out, new Row("log", session).set("text", ReportStamp.unsigned(provenance)).cells(), flavour);
        return out.toString();
    }

    /** A change made after the fact: its kind, what it concerned, and the value before and after. */
    private static Row correction(String session, SessionItem item, Correction k, ExportData data) {
        ItemForm form = item.item().form();
        Row row = new Row("correction", session, item).set("correction", ExportData.kind(k))
                .set("round", k.round() == 0 ? null : k.round()).who(k.participantId(), data)
                .set("argument_id", k.argumentId()).set("side", k.side() == null ? null : k.side().name())
                .set("reason", data.text(k.reason()));
        switch (k.kind()) {
            case ROUND_REOPENED, ARGUMENT_DELETED -> {
                // Nothing to show before and after: a deleted argument's text is not kept.
            }
            case POSITION -> row.set("before", cell(form, k.positionBefore())).set("after", cell(form, k.positionAfter()));
            case HANDS -> row.position(ExportedPosition.ofHands(form, k.handPosition()))
                    .set("before", k.before()).set("after", k.after());
            case ARGUMENT_EDITED -> row.set("before", k.before() == null ? null : data.text(k.before()))
                    .set("after", k.after() == null ? null : data.text(k.after()));
        }
        return row.time(k.madeAt());
    }

    /** A position in one cell: "abstain", the step, or the numbers as in the numbers column; empty for none. */
    private static String cell(ItemForm form, Position p) {
        if (p == null) {
            return null;
        }
        ExportedPosition e = ExportedPosition.of(form, p);
        if (e.abstain()) {
            return "abstain";
        }
        return e.step() != null ? e.step().toString() : numbers(e);
    }

    private static String numbers(ExportedPosition p) {
        return p.numbers() == null ? null : String.join(";", p.numbers().stream().map(String::valueOf).toList());
    }

    /** An item's named positions and counted hands, round by round. */
    private void positions(StringBuilder out, String session, SessionItem item, List<Vote> votes,
                                  List<HandCount> hands, ExportData data) {
        ItemForm form = item.item().form();
        for (int round : rounds(votes, hands)) {
            for (Vote v : votes) {
                if (v.round() == round) {
                    Row row = new Row("position", session, item).round(round).who(v.participantId(), data)
                            .position(ExportedPosition.of(form, v.position()));
                    CsvText.record(out, row.time(v.castAt()).cells(), flavour);
                }
            }
            for (HandCount h : hands) {
                if (h.round() == round) {
                    Row row = new Row("hand_count", session, item).round(round)
                            .position(ExportedPosition.ofHands(form, h.position())).set("hands", h.hands());
                    CsvText.record(out, row.time(h.countedAt()).cells(), flavour);
                }
            }
        }
    }

    /** The rounds an item has positions or hands in, in order: each round's rows stay together. */
    private static SortedSet<Integer> rounds(List<Vote> votes, List<HandCount> hands) {
        SortedSet<Integer> rounds = new TreeSet<>();
        votes.forEach(v -> rounds.add(v.round()));
        hands.forEach(h -> rounds.add(h.round()));
        return rounds;
    }

    private static <T> Map<ItemNo, List<T>> byItem(List<T> sorted, Function<T, ItemNo> item) {
        Map<ItemNo, List<T>> map = new TreeMap<>();
        for (T t : sorted) {
            map.computeIfAbsent(item.apply(t), k -> new ArrayList<>()).add(t);
        }
        return map;
    }

    /** One row being filled by column name; columns a type does not use stay empty. */
    private static final class Row {
        private final String[] cells = new String[COLUMNS.size()];

        Row(String type, String session) {
            set("type", type).set("session_id", session);
        }

        Row(String type, String session, SessionItem item) {
            this(type, session);
            set("item", item.number())
                    .set("item_key", item.item().key()).set("item_kind", item.item().kind().word());
        }

        Row set(String column, Object value) {
            int i = COLUMNS.indexOf(column);
            if (i < 0) {
                throw new IllegalArgumentException("no column " + column);
            }
            cells[i] = value == null ? null : value.toString();
            return this;
        }

        Row round(int round) {
            return set("round", round);
        }

        Row who(ParticipantId participantId, ExportData data) {
            return set("participant_id", participantId).set("participant", data.name(participantId));
        }

        Row position(ExportedPosition p) {
            set("abstain", p.abstain()).set("step", p.step()).set("side", p.side());
            return set("numbers", numbers(p));
        }

        Row time(Instant at) {
            return set("timestamp", ExportData.time(at));
        }

        List<String> cells() {
            return Arrays.asList(cells);
        }
    }
}
