package nl.beraad.text;

import nl.beraad.domain.Position;
import nl.beraad.domain.Scale;
import nl.beraad.domain.Side;

/** Words for the steps of a scale ("sterk A", "midden", ...) as the UI and the report show them. */
public final class ScaleLabels {
    private final Messages messages;

    public ScaleLabels(Messages messages) {
        this.messages = messages;
    }

    public String label(Scale scale, Position position) {
        if (position.isAbstain()) {
            return messages.get("scale.abstain");
        }
        int step = position.step();
        Side side = scale.sideOf(step);
        if (side == Side.NONE) {
            return messages.get("scale.middle");
        }
        int strength = scale.strength(step);
        int max = scale.maxStrength();
        String pole = side.name();
        if (max > 1 && strength == max) {
            return messages.get("scale.strong", pole);
        }
        if (max > 2 && strength == 1) {
            return messages.get("scale.mild", pole);
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
}
