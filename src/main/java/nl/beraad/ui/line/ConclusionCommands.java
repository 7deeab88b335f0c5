package nl.beraad.ui.line;

import java.util.List;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;

/** Line mode's commands for what the board concluded on an item. */
final class ConclusionCommands {
    private ConclusionCommands() {
    }

    static void conclusion(LineContext line, Command command, String text) {
        SessionItem item = line.current();
        if (text.isEmpty()) {
            SessionRecord r = line.service.record(line.sessionId);
            line.out.println(r.conclusion(item.number()).map(c -> line.msg.get("conclusion.current", c.text()))
                    .orElse(line.msg.get("conclusion.none", line.word(Command.CONCLUSION))));
            return;
        }
        Conclusion c = line.service.conclude(line.sessionId, item.number(), text);
        line.out.println(line.msg.get("conclusion.recorded", item.number(), c.text()));
    }

    /** "minderheid tekst": the minority position; the conclusion and action points already there stay. */
    static void minority(LineContext line, Command command, String text) {
        SessionItem item = line.current();
        Conclusion now = stored(line, item);
        if (text.isEmpty()) {
            line.out.println(now.minority().isEmpty() ? line.msg.get("line.minority.none", line.word(command))
                    : line.msg.get("line.minority.current", now.minority()));
            return;
        }
        Conclusion c = line.service.conclude(line.sessionId, item.number(), now.text(), text, now.actions());
        line.out.println(line.msg.get("line.minority.recorded", item.number(), c.minority()));
    }

    /** "actiepunt tekst" adds an action point under those already there; without text it lists them. */
    static void action(LineContext line, Command command, String text) {
        SessionItem item = line.current();
        Conclusion now = stored(line, item);
        if (text.isEmpty()) {
            List<String> points = now.actionPoints();
            if (points.isEmpty()) {
                line.out.println(line.msg.get("line.actions.none", line.word(command)));
            }
            for (int i = 0; i < points.size(); i++) {
                line.view().wrap(line.out, "  " + (i + 1) + ". " + points.get(i), "     ");
            }
            return;
        }
        String actions = now.actions().isEmpty() ? text : now.actions() + "\n" + text;
        Conclusion c = line.service.conclude(line.sessionId, item.number(), now.text(), now.minority(), actions);
        line.out.println(line.msg.get("line.action.recorded", c.actionPoints().size(), item.number(), text));
    }

    /** The item's conclusion as stored, or an empty one. */
    private static Conclusion stored(LineContext line, SessionItem item) {
        return line.service.conclusion(line.sessionId, item.number())
                .orElseGet(() -> new Conclusion(item.number(), "", "", "", null));
    }
}
