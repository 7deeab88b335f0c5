package nl.beraad.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Vote;
import nl.beraad.text.Messages;

/**
 * The report's "Werkwijze": how many of the set's items the meeting reached, how positions were
 * taken on each item (as stored with every position: in turn, on a phone, named, by show of hands),
 * and which items had a second round. Nothing is said about how positions stored by an older
 * Beraad were taken beyond that they were recorded per participant.
 */
final class MethodSection {
    /** A way positions were taken on an item, in the order the report names them. */
    private enum Way { IN_TURN, DEVICE, NAMED, HANDS, UNKNOWN }

    private final Messages msg;

    MethodSection(Messages msg) {
        this.msg = msg;
    }

    /** How the meeting worked: how many items, how positions were taken, which items had a second round. */
    void appendTo(StringBuilder md, SessionRecord r) {
        md.append("## ").append(msg.get("report.method")).append("\n\n");
        List<String> sentences = new ArrayList<>();
        long reached = r.items().stream().filter(i -> r.reached(i.number())).count();
        String set = MarkdownText.inline(r.session().setTitle());
        sentences.add(reached == r.items().size() ? msg.get("report.method.items", reached, set)
                : msg.get("report.method.items.reached", reached, r.items().size(), set));
        Map<Set<Way>, List<ItemNo>> byWays = new LinkedHashMap<>();
        for (SessionItem i : r.items()) {
            Set<Way> ways = ways(r, i.number());
            if (!ways.isEmpty()) {
                byWays.computeIfAbsent(ways, w -> new ArrayList<>()).add(i.number());
            }
        }
        byWays.forEach((ways, items) -> sentences.add(sentence(ways, itemList(items))));
        List<ItemNo> second = numbers(r, i -> r.roundsVoted(i.number()) >= 2);
        if (!second.isEmpty()) {
            sentences.add(msg.get("report.method.rounds", itemList(second)));
        }
        if (r.items().stream().anyMatch(i -> i.item().kind().isScaled() && r.roundsVoted(i.number()) > 0)) {
            sentences.add(msg.get("report.method.agreement"));
        }
        names(r).ifPresent(sentences::add);
        md.append(String.join(" ", sentences)).append("\n\n");
    }

    /**
     * How the session kept its members' names, when not as typed (issue 15): a named session's
     * report says nothing of it, as it never did.
     */
    private java.util.Optional<String> names(SessionRecord r) {
        return switch (r.session().details().names()) {
            case NAMED -> java.util.Optional.empty();
            case ANONYMOUS -> java.util.Optional.of(msg.get("report.method.names.anonymous"));
            case UNTIL_FINAL -> java.util.Optional.of(msg.get(switch (r.session().status()) {
                case OPEN -> "report.method.names.until.final.open";
                case FINISHED -> "report.method.names.until.final.finished";
            }));
        };
    }

    /** How positions were taken on one item, over its rounds; empty when none were. */
    private static Set<Way> ways(SessionRecord r, ItemNo itemNo) {
        Set<Way> ways = EnumSet.noneOf(Way.class);
        for (Vote v : r.votes()) {
            if (v.itemNo().equals(itemNo)) {
                ways.add(v.method() == null ? Way.UNKNOWN : switch (v.method()) {
                    case IN_TURN -> Way.IN_TURN;
                    case DEVICE -> Way.DEVICE;
                    case NAMED -> Way.NAMED;
                });
            }
        }
        if (r.handCounts().stream().anyMatch(h -> h.itemNo().equals(itemNo) && h.hands() > 0)) {
            ways.add(Way.HANDS);
        }
        return ways;
    }

    private String sentence(Set<Way> ways, String items) {
        if (ways.size() == 1) {
            return msg.get("report.method." + key(ways.iterator().next()), items);
        }
        return msg.get("report.method.mixed", items, ways.stream()
                .map(w -> msg.get("report.method.way." + key(w))).collect(Collectors.joining(", ")));
    }

    private static String key(Way way) {
        return way.name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    private static List<ItemNo> numbers(SessionRecord r, Predicate<SessionItem> which) {
        return r.items().stream().filter(which).map(SessionItem::number).toList();
    }

    private String itemList(List<ItemNo> numbers) {
        List<String> shown = numbers.stream().map(String::valueOf).toList();
        if (shown.size() == 1) {
            return msg.get("report.method.item", shown.get(0));
        }
        return msg.get("report.method.item.list", String.join(", ", shown.subList(0, shown.size() - 1)),
                shown.get(shown.size() - 1));
    }
}
