package nl.beraad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.beraad.domain.Agreement;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.Position;
import nl.beraad.domain.Scale;
import nl.beraad.domain.Side;
import nl.beraad.domain.Tally;

/**
 * Words for the steps of a scale as the UI and the report show them: "sterk A", "midden", ... on a
 * dilemma, "helemaal oneens" ... "helemaal eens" on a statement.
 */
public final class ScaleLabels {
    private final Messages messages;
    private final String prefix;

    /** Labels for the scale of an item of this kind (a dilemma or a statement). */
    public ScaleLabels(Messages messages, ItemKind kind) {
        this.messages = messages;
        this.prefix = kind.agreeSides() ? "scale.statement." : "scale.";
    }

    public String label(Scale scale, Position position) {
        if (position.isAbstain()) {
            return messages.get("scale.abstain");
        }
        int step = position.step();
        Side side = scale.sideOf(step);
        if (side == Side.NONE) {
            return messages.get(prefix + "middle");
        }
        int strength = scale.strength(step);
        int max = scale.maxStrength();
        String pole = messages.get(prefix + side.name().toLowerCase(Locale.ROOT));
        if (max > 1 && strength == max) {
            return messages.get(prefix + "strong", pole);
        }
        if (max > 2 && strength == 1) {
            return messages.get(prefix + "mild", pole);
        }
        return pole;
    }

    /** The label for a median, which may fall halfway between two steps. */
    public String median(Scale scale, double median) {
        int low = (int) Math.floor(median);
        if (median == low) {
            return label(scale, Position.step(low));
        }
        return messages.get("scale.between", label(scale, Position.step(low)), label(scale, Position.step(low + 1)));
    }

    /** "1 sterk A · 2 A · 3 midden · 4 B · 5 sterk B · o onthouding" */
    public String legend(Scale scale) {
        StringBuilder out = new StringBuilder();
        for (int step = 1; step <= scale.steps(); step++) {
            out.append(step).append(' ').append(label(scale, Position.step(step))).append(" · ");
        }
        return out.append("o ").append(messages.get("scale.abstain")).toString();
    }

    /** A label per step, as results name their rows: "1 sterk A", "2 A", "3 midden", ... */
    public List<String> rowLabels(Scale scale) {
        List<String> rows = new ArrayList<>();
        for (int step = 1; step <= scale.steps(); step++) {
            rows.add(step + " " + label(scale, Position.step(step)));
        }
        return rows;
    }

    /** The bars of a tally: one row per step ("1 sterk A") and a last one for abstentions. */
    public List<String> bars(Tally tally, String abstainLabel, int maxBarWidth) {
        return bars(tally, abstainLabel, maxBarWidth, Bars.Layout.BAR_THEN_COUNT);
    }

    public List<String> bars(Tally tally, String abstainLabel, int maxBarWidth, Bars.Layout layout) {
        return Bars.render(rows(tally, abstainLabel, maxBarWidth), '█', layout);
    }

    /** The bars of a tally as rows (label, count, length), for a page that draws them itself. */
    public List<Bars.Row> rows(Tally tally, String abstainLabel, int maxBarWidth) {
        int steps = tally.scale().steps();
        List<String> rowLabels = new ArrayList<>(rowLabels(tally.scale()));
        long[] counts = new long[steps + 1];
        for (int step = 1; step <= steps; step++) {
            counts[step - 1] = tally.count(step);
        }
        rowLabels.add(abstainLabel);
        counts[steps] = tally.abstentions();
        return Bars.rows(rowLabels, counts, maxBarWidth);
    }

    /** "Overeenstemming: 0,67 (grote overeenstemming)." */
    public String agreement(Agreement agreement) {
        return messages.get("result.agreement", Numbers.twoDecimals(agreement.value(), messages.locale()),
                labelOf(agreement));
    }

    /** "0,67 (grote overeenstemming)", for a table cell. */
    public String agreementValue(Agreement agreement) {
        return Numbers.twoDecimals(agreement.value(), messages.locale()) + " (" + labelOf(agreement) + ")";
    }

    private String labelOf(Agreement agreement) {
        return messages.get("agreement." + agreement.label().name().toLowerCase(Locale.ROOT));
    }
}
