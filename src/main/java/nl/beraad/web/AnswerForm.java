package nl.beraad.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionItem;
import nl.beraad.text.Messages;

/**
 * PLACEHOLDER until helper "forms" lands the real per-kind answer form: only a scale's steps and an
 * abstention, enough for the server's own tests. The forms helper replaces this file.
 */
public final class AnswerForm {
    private AnswerForm() {
    }

    /** The inside of the answer form's fieldset for the item's kind, with the phone's own position chosen. */
    public static String html(SessionItem item, Optional<Position> own, Messages msg) {
        StringBuilder out = new StringBuilder("<legend>").append(Html.escape(item.item().title())).append("</legend>");
        int steps = item.item().form().scale() == null ? 0 : item.item().form().scale().steps();
        int chosen = own.map(Position::step).orElse(-1);
        for (int step = 1; step <= steps; step++) {
            out.append("<label><input type=\"radio\" name=\"step\" value=\"").append(step).append('"')
                    .append(step == chosen ? " checked" : "").append("> ").append(step).append("</label>");
        }
        out.append("<label><input type=\"checkbox\" name=\"abstain\" value=\"1\"> ")
                .append(Html.escape(msg.get("scale.abstain"))).append("</label>");
        return out.toString();
    }

    /** The position the form's fields say, or a refusal in the member's terms. */
    public static Position parse(SessionItem item, Map<String, List<String>> fields) {
        if (fields.containsKey("abstain")) {
            return Position.ABSTAIN;
        }
        List<String> step = fields.getOrDefault("step", List.of());
        try {
            return Position.step(Integer.parseInt(step.get(0)));
        } catch (RuntimeException e) {
            throw BeraadException.invalid("web.answer.missing");
        }
    }
}
