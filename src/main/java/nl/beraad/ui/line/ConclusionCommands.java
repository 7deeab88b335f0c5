package nl.beraad.ui.line;

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
}
