package nl.beraad.web;

import java.util.List;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.text.Bars;
import nl.beraad.text.Messages;
import nl.beraad.text.ResultText;

/**
 * The revealed result of an item on a phone: per revealed round the same heading, tally sentence,
 * bars and notes as the meeting screen shows (made by {@link ResultText}), and the shift between
 * rounds. Each bar carries its count as text, so nothing is told by the bar's length or colour alone.
 * The page puts it under its own heading (h2), so a round's heading is an h3.
 */
public final class ResultView {
    /** The longest bar, in steps; the stylesheet has a width class for each step (w0 ... w20). */
    static final int BAR_STEPS = 20;

    private ResultView() {
    }

    /** The HTML of every revealed round of the item; empty when nothing is revealed or it is an open question. */
    public static String html(SessionRecord record, ItemNo itemNo, Messages msg) {
        SessionItem item = record.item(itemNo);
        if (!item.item().kind().takesPositions()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        ResultText text = new ResultText(msg);
        for (int round = 1; round <= item.revealedRound(); round++) {
            ResultText.Lines result = text.of(record, itemNo, round, msg.get("scale.abstain"), BAR_STEPS);
            out.append("<div class=\"round\">\n<h3>")
                    .append(Html.escape(msg.get("result.heading", round, record.responses(itemNo, round),
                            record.membersCounted(itemNo, round))))
                    .append("</h3>\n<p class=\"tally\">").append(Html.escape(result.sentence())).append("</p>\n");
            out.append(bars(result.rows()));
            paragraphs(out, result.notes());
            if (!result.ranking().isEmpty()) {
                // The places say their own rank ("1. Wonen: ..."; equal totals share one), so no list numbers.
                out.append("<ul class=\"combined\">\n");
                result.ranking().forEach(place -> out.append("<li>").append(Html.escape(place)).append("</li>\n"));
                out.append("</ul>\n");
            }
            out.append("</div>\n");
        }
        if (item.revealedRound() > 0) {
            paragraphs(out, List.of(text.shift(record, itemNo)));
        }
        return out.toString();
    }

    /** One row per bar: the label and the count in text, the bar itself only drawn (hidden from screen readers). */
    private static String bars(List<Bars.Row> rows) {
        StringBuilder out = new StringBuilder("<ul class=\"bars\">\n");
        for (Bars.Row row : rows) {
            out.append("<li><span class=\"bar-label\">").append(Html.escape(row.label()))
                    .append(":</span> <span class=\"bar-count\">").append(row.count())
                    .append("</span><span class=\"bar w").append(row.width()).append("\" aria-hidden=\"true\"></span></li>\n");
        }
        return out.append("</ul>\n").toString();
    }

    private static void paragraphs(StringBuilder out, List<String> lines) {
        lines.stream().filter(l -> !l.isBlank())
                .forEach(l -> out.append("<p class=\"note\">").append(Html.escape(l)).append("</p>\n"));
    }
}
