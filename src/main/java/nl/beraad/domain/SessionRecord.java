package nl.beraad.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything stored about one session, read at once: what a report or an overview is made from. */
public record SessionRecord(
        Session session,
        List<Participant> participants,
        List<SessionItem> items,
        List<Vote> votes,
        List<Argument> arguments,
        List<Conclusion> conclusions,
        List<HandCount> handCounts,
        List<Correction> corrections) {

    /** A record without corrections: what a session made before any was stored looks like. */
    public SessionRecord(Session session, List<Participant> participants, List<SessionItem> items, List<Vote> votes,
                         List<Argument> arguments, List<Conclusion> conclusions, List<HandCount> handCounts) {
        this(session, participants, items, votes, arguments, conclusions, handCounts, List.of());
    }

    public SessionRecord {
        participants = List.copyOf(participants);
        items = List.copyOf(items);
        votes = List.copyOf(votes);
        arguments = List.copyOf(arguments);
        conclusions = List.copyOf(conclusions);
        handCounts = List.copyOf(handCounts);
        corrections = List.copyOf(corrections);
    }

    public SessionItem item(int number) {
        return items.stream().filter(i -> i.number() == number).findFirst()
                .orElseThrow(() -> BeraadException.invalid("item.unknown", number, items.size()));
    }

    public List<Vote> votes(int itemNo, int round) {
        return votes.stream().filter(v -> v.itemNo() == itemNo && v.round() == round).toList();
    }

    /** The distribution on a dilemma or statement. */
    public Tally tally(int itemNo, int round) {
        return Tally.of(item(itemNo).item().form().scale(), positions(itemNo, round));
    }

    /** The totals per option on a choice, allocation or ranking. */
    public OptionTotals optionTotals(int itemNo, int round) {
        return OptionTotals.of(item(itemNo).item().form(), positions(itemNo, round));
    }

    /** The named votes and the counted hands of one round, as one list of positions. */
    private List<Position> positions(int itemNo, int round) {
        List<Position> all = new java.util.ArrayList<>(votes(itemNo, round).stream().map(Vote::position).toList());
        ItemForm form = item(itemNo).item().form();
        for (HandCount h : handCounts(itemNo, round)) {
            all.addAll(java.util.Collections.nCopies(h.hands(), form.handPosition(h.position())));
        }
        return all;
    }

    /** How named positions moved from round 1 to round 2 (hands have no names, so they are not followed). */
    public Shift shift(int itemNo) {
        return Shift.between(votes(itemNo, 1), votes(itemNo, 2), item(itemNo).item().kind());
    }

    public List<HandCount> handCounts(int itemNo, int round) {
        return handCounts.stream().filter(h -> h.itemNo() == itemNo && h.round() == round).toList();
    }

    /** How many responded in a round: named votes plus counted hands. */
    public long responses(int itemNo, int round) {
        return votes(itemNo, round).size() + handCounts(itemNo, round).stream().mapToLong(HandCount::hands).sum();
    }

    /** The arguments on an item; on an open question these are its answers. */
    public List<Argument> arguments(int itemNo) {
        return arguments.stream().filter(a -> a.itemNo() == itemNo).toList();
    }

    public Optional<Conclusion> conclusion(int itemNo) {
        return conclusions.stream().filter(c -> c.itemNo() == itemNo).findFirst();
    }

    /** The corrections made to one item, in the order they were made. */
    public List<Correction> corrections(int itemNo) {
        return corrections.stream().filter(c -> c.itemNo() == itemNo).toList();
    }

    /** Whether a round's positions or hands were changed after its reveal: its tally is the corrected one. */
    public boolean corrected(int itemNo, int round) {
        return corrections(itemNo).stream().anyMatch(c -> c.changesRound(round));
    }

    public Map<Long, Participant> participantsById() {
        return participants.stream().collect(Collectors.toMap(Participant::id, Function.identity()));
    }

    /** The highest round anyone voted in (or hands were counted in) on this item; 0 when nobody did. */
    public int roundsVoted(int itemNo) {
        int voted = votes.stream().filter(v -> v.itemNo() == itemNo).mapToInt(Vote::round).max().orElse(0);
        int counted = handCounts.stream().filter(h -> h.itemNo() == itemNo && h.hands() > 0)
                .mapToInt(HandCount::round).max().orElse(0);
        return Math.max(voted, counted);
    }
}
