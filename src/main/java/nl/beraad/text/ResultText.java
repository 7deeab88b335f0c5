package nl.beraad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.beraad.domain.HandCount;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.KindRules;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.OptionTotals;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Shift;
import nl.beraad.domain.Side;
import nl.beraad.domain.Tally;

/**
 * The result of one item in one round in words and plain-text bars, for every kind that takes
 * positions. Line mode prints it; the report puts the bars in a code block and the rest in text.
 */
public final class ResultText {
    /** Longest option text in a bar label; the full text stays in the item's presentation. */
    private static final int OPTION_LABEL_MAX = 28;

    /**
     * A result: a tally sentence ("3 deelnemers kozen voor A, ..."), bars, further lines (median and
     * agreement, most chosen, averages), for a ranking the combined order, best first, and the bars
     * as rows (label, count, length) for a page that draws them itself.
     */
    public record Lines(String sentence, List<String> bars, List<String> notes, List<String> ranking,
                        List<Bars.Row> rows) {
    }

    private final Messages msg;
    private final Bars.Layout layout;

    public ResultText(Messages msg) {
        this(msg, Bars.Layout.BAR_THEN_COUNT);
    }

    /** Results whose bars are laid out as given (line mode puts each count before its bar). */
    public ResultText(Messages msg, Bars.Layout layout) {
        this.msg = msg;
        this.layout = layout;
    }

    public Lines of(SessionRecord record, ItemNo itemNo, int round, String abstainLabel, int barWidth) {
        ItemKind kind = record.item(itemNo).item().kind();
        if (kind.isScaled()) {
            return scaled(record.tally(itemNo, round), kind, abstainLabel, barWidth);
        }
        if (kind.hasOptions()) {
            return options(record.optionTotals(itemNo, round), abstainLabel, barWidth);
        }
        throw new IllegalArgumentException("an open question has no result in rounds");
    }

    /**
     * "In ronde 2 kozen 3 van 7 deelnemers anders: 2 meer naar A, 1 van een positie naar onthouding.
     * Overeenstemming van 0,20 naar 0,55." Everyone who changed is accounted for, to and from
     * abstaining; a show of hands has no names, so its shift is the net change per position, from
     * the counts. Empty when there is no second round to compare.
     */
    public String shift(SessionRecord record, ItemNo itemNo) {
        if (record.roundsVoted(itemNo) < 2) {
            return "";
        }
        ItemKind kind = record.item(itemNo).item().kind();
        List<String> sentences = new ArrayList<>();
        if (!record.votes(itemNo, 1).isEmpty() || !record.votes(itemNo, 2).isEmpty()) {
            sentences.add(namedShift(record.shift(itemNo), kind));
        }
        if (!record.handCounts(itemNo, 1).isEmpty() || !record.handCounts(itemNo, 2).isEmpty()) {
            sentences.add(handsShift(record, itemNo));
        }
        if (kind.isScaled()) {
            var before = record.tally(itemNo, 1).agreement();
            var after = record.tally(itemNo, 2).agreement();
            if (before.isPresent() && after.isPresent()) {
                sentences.add(msg.get("shift.agreement", Numbers.twoDecimals(before.get().value(), msg.locale()),
                        Numbers.twoDecimals(after.get().value(), msg.locale())));
            }
        }
        return String.join(" ", sentences);
    }

    private String namedShift(Shift shift, ItemKind kind) {
        String text;
        if (shift.changed() == 0) {
            text = msg.get("shift.none", shift.compared());
        } else {
            List<String> parts = new ArrayList<>();
            String prefix = "shift." + kind.word() + ".";
            if (shift.towardA() > 0) {
                parts.add(msg.get(prefix + "a", shift.towardA()));
            }
            if (shift.towardB() > 0) {
                parts.add(msg.get(prefix + "b", shift.towardB()));
            }
            if (shift.toAbstain() > 0) {
                parts.add(msg.get("shift.to.abstain", shift.toAbstain()));
            }
            if (shift.fromAbstain() > 0) {
                parts.add(msg.get("shift.from.abstain", shift.fromAbstain()));
            }
            // Another option chosen needs naming only beside the other kinds of change.
            if (shift.otherChanges() > 0 && !parts.isEmpty()) {
                parts.add(msg.get("shift.other", shift.otherChanges()));
            }
            text = msg.get("shift.changed", shift.changed(), shift.compared());
            if (!parts.isEmpty()) {
                text = text.substring(0, text.length() - 1) + ": " + String.join(", ", parts) + ".";
            }
        }
        List<String> unmatched = new ArrayList<>();
        if (shift.onlyFirst() > 0) {
            unmatched.add(msg.get("shift.only.first", shift.onlyFirst()));
        }
        if (shift.onlySecond() > 0) {
            unmatched.add(msg.get("shift.only.second", shift.onlySecond()));
        }
        return unmatched.isEmpty() ? text : text + " " + msg.get("shift.unmatched", String.join(", ", unmatched));
    }

    /** "Bij het handopsteken veranderde het aantal per positie: 2 A +1, onthouding −1." */
    private String handsShift(SessionRecord record, ItemNo itemNo) {
        ItemForm form = record.item(itemNo).item().form();
        List<String> parts = new ArrayList<>();
        for (int position = 1; position <= form.handPositions() + 1; position++) {
            // Abstentions (position 0) last, as the bars show them.
            int p = position > form.handPositions() ? 0 : position;
            int net = hands(record, itemNo, 2, p) - hands(record, itemNo, 1, p);
            if (net != 0) {
                parts.add(msg.get("shift.hands.part", handLabel(msg, form, p), (net > 0 ? "+" : "\u2212") + Math.abs(net)));
            }
        }
        return parts.isEmpty() ? msg.get("shift.hands.same") : msg.get("shift.hands", String.join(", ", parts));
    }

    private static int hands(SessionRecord record, ItemNo itemNo, int round, int position) {
        return record.handCounts(itemNo, round).stream().filter(h -> h.position() == position)
                .mapToInt(HandCount::hands).sum();
    }

    /** How a position of a show of hands is named: "2 A", "1 Schuldhulp", "onthouding". */
    public static String handLabel(Messages msg, ItemForm form, int position) {
        if (position == 0) {
            return msg.get("scale.abstain");
        }
        return position + " " + (form.kind().isScaled()
                ? new ScaleLabels(msg, form.kind()).label(form.scale(), Position.step(position))
                : form.options().get(position - 1));
    }

    private Lines scaled(Tally tally, ItemKind kind, String abstainLabel, int barWidth) {
        ScaleLabels labels = new ScaleLabels(msg, kind);
        List<String> notes = new ArrayList<>();
        if (tally.median().isEmpty()) {
            notes.add(msg.get("result.none"));
        } else {
            String median = labels.median(tally.scale(), tally.median().getAsDouble());
            notes.add(msg.get("result.summary", median, tally.agreement().map(labels::agreement).orElse("")).strip());
        }
        List<Bars.Row> rows = labels.rows(tally, abstainLabel, barWidth);
        return new Lines(sentence(tally, kind), Bars.render(rows, '█', layout), notes, List.of(), rows);
    }

    /** "3 deelnemers kozen voor A, 1 voor B, 1 in het midden; 1 onthouding." */
    String sentence(Tally tally, ItemKind kind) {
        String prefix = "tally." + kind.word() + ".";
        List<String> parts = new ArrayList<>();
        for (Side side : kind.sideOrder()) {
            long n = tally.countOnSide(side);
            if (n > 0) {
                String key = prefix + side.name().toLowerCase(Locale.ROOT) + (parts.isEmpty() ? ".first" : "");
                parts.add(msg.counted(key, n));
            }
        }
        // Everyone who took a position on the same side, and more than one of them: as a council says it.
        if (parts.size() == 1 && tally.onScale() > 1) {
            parts.set(0, parts.get(0) + msg.get("tally.unanimous"));
        }
        return withAbstentions(String.join(", ", parts), tally.abstentions());
    }

    private Lines options(OptionTotals totals, String abstainLabel, int barWidth) {
        ItemForm form = totals.form();
        List<String> rowLabels = new ArrayList<>();
        // Point totals are points, an abstention is a member: no bar for it among them (the sentence counts it).
        boolean abstainBar = totals.rules().accept(new KindRules.OptionCases<>() {
            @Override
            public Boolean choice(KindRules.Choice c) {
                return true;
            }

            @Override
            public Boolean allocation(KindRules.Allocation a) {
                return false;
            }

            @Override
            public Boolean ranking(KindRules.Ranking r) {
                return true;
            }
        });
        long[] counts = new long[form.options().size() + (abstainBar ? 1 : 0)];
        for (int o = 1; o <= form.options().size(); o++) {
            rowLabels.add(o + " " + shortened(form.options().get(o - 1)));
            counts[o - 1] = totals.total(o);
        }
        if (abstainBar) {
            rowLabels.add(abstainLabel);
            counts[counts.length - 1] = totals.abstentions();
        }
        List<Bars.Row> rows = Bars.rows(rowLabels, counts, barWidth);
        String responded = totals.responders() == 0 ? ""
                : msg.counted("tally." + form.kind().word(), totals.responders(), form.maxChoices(), form.points());
        String sentence = withAbstentions(responded, totals.abstentions());
        List<String> notes = new ArrayList<>();
        List<String> ranking = new ArrayList<>();
        if (totals.responders() > 0) {
            totals.rules().accept(new KindRules.OptionCases<Void>() {
                @Override
                public Void choice(KindRules.Choice c) {
                    notes.add(mostChosen(totals));
                    return null;
                }

                @Override
                public Void allocation(KindRules.Allocation a) {
                    notes.add(averages(totals));
                    return null;
                }

                @Override
                public Void ranking(KindRules.Ranking r) {
                    notes.add(msg.get("result.ranking.method", form.options().size(), form.options().size() - 1));
                    for (OptionTotals.Place place : totals.order()) {
                        ranking.add(msg.get("result.ranking.place", place.rank(),
                                form.options().get(place.option() - 1), place.total(),
                                totals.firstPlaces(place.option())));
                    }
                    return null;
                }
            });
        }
        return new Lines(sentence, Bars.render(rows, '█', layout), notes, ranking, rows);
    }

    private String mostChosen(OptionTotals totals) {
        List<OptionTotals.Place> top = totals.order().stream().filter(p -> p.rank() == 1).toList();
        String names = String.join(" " + msg.get("result.and") + " ",
                top.stream().map(p -> totals.form().options().get(p.option() - 1)).toList());
        return msg.get(top.size() == 1 ? "result.choice.top" : "result.choice.tie", names, top.get(0).total(),
                totals.responders());
    }

    private String averages(OptionTotals totals) {
        List<String> parts = new ArrayList<>();
        for (OptionTotals.Place p : totals.order()) {
            double average = (double) p.total() / totals.responders();
            parts.add(msg.get("result.points.part", totals.form().options().get(p.option() - 1),
                    Numbers.oneDecimal(average, msg.locale())));
        }
        return msg.get("result.points.average", totals.form().points(), String.join("; ", parts));
    }

    private String withAbstentions(String sentence, long abstentions) {
        if (abstentions > 0) {
            String abst = msg.counted("tally.abstain", abstentions);
            sentence = sentence.isEmpty() ? abst : sentence + "; " + abst;
        }
        if (sentence.isEmpty()) {
            return msg.get("tally.empty");
        }
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
    }

    private static String shortened(String option) {
        return option.length() <= OPTION_LABEL_MAX ? option : option.substring(0, OPTION_LABEL_MAX - 1).stripTrailing() + "…";
    }
}
