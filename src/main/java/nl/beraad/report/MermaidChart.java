package nl.beraad.report;

import java.util.ArrayList;
import java.util.List;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.OptionTotals;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Tally;
import nl.beraad.text.Messages;
import nl.beraad.text.ScaleLabels;

/**
 * A round's result as a Mermaid pie chart ({@code --charts mermaid}), for viewers that draw them;
 * the plain-text bars stay beside it for those that do not. Labels come from set files and are
 * reduced to characters that cannot end a label, a line or the code block.
 */
final class MermaidChart {
    private MermaidChart() {
    }

    /** A fenced mermaid block with one slice per step or option that has any count, or "" if none has. */
    static String of(Messages msg, SessionRecord r, ItemNo itemNo, int round) {
        ItemForm form = r.item(itemNo).item().form();
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        if (form.kind().isScaled()) {
            Tally tally = r.tally(itemNo, round);
            labels.addAll(new ScaleLabels(msg, form.kind()).rowLabels(form.scale()));
            for (int step = 1; step <= form.scale().steps(); step++) {
                counts.add(tally.count(step));
            }
            labels.add(msg.get("scale.abstain"));
            counts.add(tally.abstentions());
        } else {
            OptionTotals totals = r.optionTotals(itemNo, round);
            for (int o = 1; o <= form.options().size(); o++) {
                labels.add(o + " " + form.options().get(o - 1));
                counts.add(totals.total(o));
            }
        }
        StringBuilder out = new StringBuilder("```mermaid\npie showData title ")
                .append(safe(msg.get("report.chart.title", itemNo, round))).append('\n');
        boolean any = false;
        for (int i = 0; i < labels.size(); i++) {
            if (counts.get(i) > 0) {
                out.append("    \"").append(safe(labels.get(i))).append("\" : ").append(counts.get(i)).append('\n');
                any = true;
            }
        }
        return any ? out.append("```\n\n").toString() : "";
    }

    /** Letters, digits, spaces and plain punctuation; anything else (quotes, backticks, #, %, ;) becomes a space. */
    static String safe(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> b.appendCodePoint(Character.isLetterOrDigit(cp) || " .,-()/+&".indexOf(cp) >= 0
                ? cp : ' '));
        return b.toString().replaceAll(" {2,}", " ").strip();
    }
}
