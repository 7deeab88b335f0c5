package nl.beraad.text;

import nl.beraad.domain.ItemCounts;
import nl.beraad.domain.SessionItem;

/** Where an item stands, in one line for the overview: positions, reveal, arguments, conclusion. */
public final class ItemStatus {
    private ItemStatus() {
    }

    public static String of(Messages msg, SessionItem item, ItemCounts counts) {
        String done = msg.get(counts.concluded() ? "overview.yes" : "overview.no");
        if (!item.item().kind().takesPositions()) {
            return msg.get("overview.item.question", msg.counted("prompt.answers", counts.arguments()), done);
        }
        return msg.get("overview.item", msg.counted("count.positions", counts.responses()),
                msg.get(item.revealedRound() > 0 ? "overview.revealed" : "overview.hidden"),
                msg.counted("count.arguments", counts.arguments()), done);
    }
}
