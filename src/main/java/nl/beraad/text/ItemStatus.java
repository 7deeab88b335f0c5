package nl.beraad.text;

import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;

/** Where an item stands, in one line for the overview: positions, reveal, arguments, conclusion. */
public final class ItemStatus {
    private ItemStatus() {
    }

    public static String of(Messages msg, SessionRecord r, SessionItem item) {
        int no = item.number();
        String done = msg.get(r.conclusion(no).filter(c -> !c.text().isEmpty()).isPresent() ? "overview.yes" : "overview.no");
        if (!item.item().kind().takesPositions()) {
            return msg.get("overview.item.question", msg.counted("prompt.answers", r.arguments(no).size()), done);
        }
        return msg.get("overview.item", msg.counted("count.positions", r.responses(no, item.round())),
                msg.get(item.revealedRound() > 0 ? "overview.revealed" : "overview.hidden"),
                msg.counted("count.arguments", r.arguments(no).size()), done);
    }
}
