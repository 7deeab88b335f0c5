package nl.beraad.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.OptionTotals;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Side;
import nl.beraad.text.Messages;
import nl.beraad.text.ScaleLabels;
import nl.beraad.text.SideKeys;

/** The report's summary: a row per item with each round's result, the agreement and the conclusion in one line. */
final class SummaryTable {
    /** How much of a conclusion fits in the summary table before it is cut off. */
    private static final int SUMMARY_CONCLUSION = 90;

    private final Messages msg;

    SummaryTable(Messages msg) {
        this.msg = msg;
    }

    /** One row per item: the result of each round, agreement, and the conclusion in one line. */
    void appendTo(StringBuilder md, SessionRecord r, ReportNames names) {
        md.append("## ").append(msg.get("report.summary")).append("\n\n");
        md.append("| ").append(msg.get("report.summary.item")).append(" | ")
                .append(msg.get("report.summary.round", 1)).append(" | ")
                .append(msg.get("report.summary.round", 2)).append(" | ")
                .append(msg.get("report.summary.agreement")).append(" | ")
                .append(msg.get("report.summary.conclusion")).append(" |\n|---|---|---|---|---|\n");
        for (SessionItem item : r.items()) {
            ItemNo no = item.number();
            md.append("| ").append(no).append(". ").append(MarkdownText.inline(item.item().title())).append(" | ")
                    .append(compact(r, item, 1)).append(" | ").append(compact(r, item, 2)).append(" | ")
                    .append(agreement(r, item)).append(" | ").append(conclusionLine(r, no, names)).append(" |\n");
        }
        md.append('\n');
    }

    /** A round's result in a few words: "3 A · 2 B · 1 midden · 1 onthouding", or the top option. */
    private String compact(SessionRecord r, SessionItem item, int round) {
        ItemKind kind = item.item().kind();
        ItemNo no = item.number();
        if (!r.reached(no)) {
            return round == 1 ? msg.get("report.summary.not.reached") : "–";
        }
        if (!kind.takesPositions()) {
            int answers = r.arguments(no).size();
            return round == 1 && answers > 0 ? msg.counted("prompt.answers", answers) : "–";
        }
        if (r.roundsVoted(no) < round || r.responses(no, round) == 0) {
            return "–";
        }
        if (kind.isScaled()) {
            var tally = r.tally(no, round);
            List<String> parts = new ArrayList<>();
            for (Side side : kind.sideOrder()) {
                long n = tally.countOnSide(side);
                if (n > 0) {
                    // A neutral answer to a statement is "neutraal", not the middle of a dilemma.
                    String key = kind.agreeSides() && side == Side.NONE ? "report.summary.side.neutral"
                            : SideKeys.key("report.summary.side.", kind, side);
                    parts.add(n + " " + msg.get(key));
                }
            }
            if (tally.abstentions() > 0) {
                parts.add(msg.counted("tally.abstain", tally.abstentions()));
            }
            return String.join(" · ", parts);
        }
        OptionTotals totals = r.optionTotals(no, round);
        if (totals.responders() == 0) {
            return msg.counted("tally.abstain", totals.abstentions());
        }
        List<OptionTotals.Place> top = totals.order().stream().filter(p -> p.rank() == 1).toList();
        String names = top.stream().map(p -> MarkdownText.inline(totals.form().options().get(p.option() - 1)))
                .collect(Collectors.joining(" / "));
        return msg.get("report.summary.top." + kind.word(), names);
    }

    private String agreement(SessionRecord r, SessionItem item) {
        ItemNo no = item.number();
        if (!item.item().kind().isScaled() || r.roundsVoted(no) == 0) {
            return "–";
        }
        ScaleLabels labels = new ScaleLabels(msg, item.item().kind());
        List<String> values = new ArrayList<>();
        for (int round = 1; round <= r.roundsVoted(no); round++) {
            r.tally(no, round).agreement().ifPresent(a -> values.add(labels.agreementValue(a)));
        }
        return values.isEmpty() ? "–" : String.join(" → ", values);
    }

    private String conclusionLine(SessionRecord r, ItemNo no, ReportNames names) {
        String text = names.text(r.conclusion(no).map(Conclusion::text).orElse(""));
        if (text.isEmpty()) {
            return "–";
        }
        return MarkdownText.inline(cut(text.lines().findFirst().orElse("")));
    }

    /**
     * The first line as far as it fits, cut after a whole word (or, with no space in its second half,
     * inside the word at a character boundary), without the punctuation before the cut, and "…".
     */
    private static String cut(String line) {
        if (line.codePointCount(0, line.length()) <= SUMMARY_CONCLUSION) {
            return line;
        }
        int end = line.offsetByCodePoints(0, SUMMARY_CONCLUSION - 1);
        int space = line.lastIndexOf(' ', end);
        String head = line.substring(0, space > end / 2 ? space : end);
        return head.replaceAll("[\\s,;:.\\-–—(]+$", "") + "…";
    }
}
