package nl.beraad.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.text.Messages;

/** The report's "Werkwijze": how many items, how positions were taken, which items had a second round. */
final class MethodSection {
    private final Messages msg;

    MethodSection(Messages msg) {
        this.msg = msg;
    }

    /** How the meeting worked: how many items, how positions were taken, which items had a second round. */
    void appendTo(StringBuilder md, SessionRecord r) {
        md.append("## ").append(msg.get("report.method")).append("\n\n");
        List<String> sentences = new ArrayList<>();
        sentences.add(msg.get("report.method.items", r.items().size(), MarkdownText.inline(r.session().setTitle())));
        List<Integer> withPositions = numbers(r, i -> i.item().kind().takesPositions() && r.roundsVoted(i.number()) > 0);
        if (!withPositions.isEmpty()) {
            sentences.add(msg.get("report.method.hidden"));
        }
        List<Integer> named = numbers(r, i -> r.votes().stream().anyMatch(v -> v.itemNo() == i.number()));
        List<Integer> hands = numbers(r, i -> r.handCounts().stream().anyMatch(h -> h.itemNo() == i.number() && h.hands() > 0));
        if (!named.isEmpty()) {
            sentences.add(msg.get("report.method.individual", itemList(named)));
        }
        if (!hands.isEmpty()) {
            sentences.add(msg.get("report.method.hands", itemList(hands)));
        }
        List<Integer> second = numbers(r, i -> r.roundsVoted(i.number()) >= 2);
        if (!second.isEmpty()) {
            sentences.add(msg.get("report.method.rounds", itemList(second)));
        }
        if (r.items().stream().anyMatch(i -> i.item().kind().isScaled())) {
            sentences.add(msg.get("report.method.agreement"));
        }
        md.append(String.join(" ", sentences)).append("\n\n");
    }

    private static List<Integer> numbers(SessionRecord r, Predicate<SessionItem> which) {
        return r.items().stream().filter(which).map(SessionItem::number).toList();
    }

    private String itemList(List<Integer> numbers) {
        List<String> shown = numbers.stream().map(String::valueOf).toList();
        if (shown.size() == 1) {
            return msg.get("report.method.item", shown.get(0));
        }
        return msg.get("report.method.item.list", String.join(", ", shown.subList(0, shown.size() - 1)),
                shown.get(shown.size() - 1));
    }
}
