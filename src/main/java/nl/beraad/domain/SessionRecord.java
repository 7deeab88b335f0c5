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
        List<SessionEvent> events,
        List<Correction> corrections,
        List<QueuedSpeaker> speakers) {

    public SessionRecord {
        speakers = List.copyOf(speakers);
        events = List.copyOf(events);
        participants = List.copyOf(participants);
        items = List.copyOf(items);
        votes = List.copyOf(votes);
        arguments = List.copyOf(arguments);
        conclusions = List.copyOf(conclusions);
        handCounts = List.copyOf(handCounts);
        corrections = List.copyOf(corrections);
    }

    /** A record with nobody waiting to speak. */
    public SessionRecord(Session session, List<Participant> participants, List<SessionItem> items, List<Vote> votes,
                         List<Argument> arguments, List<Conclusion> conclusions, List<HandCount> handCounts,
                         List<SessionEvent> events, List<Correction> corrections) {
        this(session, participants, items, votes, arguments, conclusions, handCounts, events, corrections, List.of());
    }

    /** A record without the meeting's start, pauses and finish (as tests and comparisons build them). */
    public SessionRecord(Session session, List<Participant> participants, List<SessionItem> items, List<Vote> votes,
                         List<Argument> arguments, List<Conclusion> conclusions, List<HandCount> handCounts) {
        this(session, participants, items, votes, arguments, conclusions, handCounts, List.of(), List.of(), List.of());
    }

    /** A record without corrections: what a session made before any was stored looks like. */
    public SessionRecord(Session session, List<Participant> participants, List<SessionItem> items, List<Vote> votes,
                         List<Argument> arguments, List<Conclusion> conclusions, List<HandCount> handCounts,
                         List<SessionEvent> events) {
        this(session, participants, items, votes, arguments, conclusions, handCounts, events, List.of(), List.of());
    }

    /**
     * Whether the meeting reached an item: the facilitator put it on the table or moved on from it,
     * or anything was recorded on it (a position, counted hands, an argument or answer, a conclusion).
     * Sessions from before the opening was stored are judged by what was recorded alone.
     */
    public boolean reached(ItemNo itemNo) {
        return item(itemNo).openedAt() != null || roundsVoted(itemNo) > 0
                || arguments.stream().anyMatch(a -> a.itemNo().equals(itemNo))
                || conclusion(itemNo).filter(c -> !c.text().isEmpty() || !c.minority().isEmpty()
                        || !c.actionPoints().isEmpty()).isPresent();
    }

    public SessionItem item(ItemNo number) {
        return items.stream().filter(i -> i.number().equals(number)).findFirst()
                .orElseThrow(() -> BeraadException.invalid("item.unknown", number, items.size()));
    }

    public List<Vote> votes(ItemNo itemNo, int round) {
        return votes.stream().filter(v -> v.itemNo().equals(itemNo) && v.round() == round).toList();
    }

    /** The distribution on a dilemma or statement. */
    public Tally tally(ItemNo itemNo, int round) {
        return Tally.of(item(itemNo).item().form().scale(), positions(itemNo, round));
    }

    /** The totals per option on a choice, allocation or ranking. */
    public OptionTotals optionTotals(ItemNo itemNo, int round) {
        return OptionTotals.of(item(itemNo).item().form(), positions(itemNo, round));
    }

    /** The named votes and the counted hands of one round, as one list of positions. */
    private List<Position> positions(ItemNo itemNo, int round) {
        List<Position> all = new java.util.ArrayList<>(votes(itemNo, round).stream().map(Vote::position).toList());
        ItemForm form = item(itemNo).item().form();
        for (HandCount h : handCounts(itemNo, round)) {
            all.addAll(java.util.Collections.nCopies(h.hands(), form.handPosition(h.position())));
        }
        return all;
    }

    /** How named positions moved from round 1 to round 2 (hands have no names, so they are not followed). */
    public Shift shift(ItemNo itemNo) {
        return Shift.between(votes(itemNo, 1), votes(itemNo, 2), item(itemNo).item().kind());
    }

    public List<HandCount> handCounts(ItemNo itemNo, int round) {
        return handCounts.stream().filter(h -> h.itemNo().equals(itemNo) && h.round() == round).toList();
    }

    /** How many responded in a round: named votes plus counted hands. */
    public long responses(ItemNo itemNo, int round) {
        return votes(itemNo, round).size() + handCounts(itemNo, round).stream().mapToLong(HandCount::hands).sum();
    }

    /**
     * The members who count in a round: those present, and those marked absent after they answered
     * in it (a position once taken stands). The one rule for absence after answering, so no count
     * of responses ever exceeds it.
     */
    public long membersCounted(ItemNo itemNo, int round) {
        return membersIn(itemNo, round).size();
    }

    /** The members who count in a round (see {@link #membersCounted}), in their order. */
    public List<Participant> membersIn(ItemNo itemNo, int round) {
        java.util.Set<ParticipantId> answered = votes(itemNo, round).stream().map(Vote::participantId)
                .collect(Collectors.toSet());
        return participants.stream().filter(p -> p.votes() || !p.observer() && answered.contains(p.id())).toList();
    }

    /** The arguments on an item; on an open question these are its answers. */
    public List<Argument> arguments(ItemNo itemNo) {
        return arguments.stream().filter(a -> a.itemNo().equals(itemNo)).toList();
    }

    public Optional<Conclusion> conclusion(ItemNo itemNo) {
        return conclusions.stream().filter(c -> c.itemNo().equals(itemNo)).findFirst();
    }

    /** The corrections made to one item, in the order they were made. */
    public List<Correction> corrections(ItemNo itemNo) {
        return corrections.stream().filter(c -> c.itemNo().equals(itemNo)).toList();
    }

    /** Whether a round's positions or hands were changed after its reveal: its tally is the corrected one. */
    public boolean corrected(ItemNo itemNo, int round) {
        return corrections(itemNo).stream().anyMatch(c -> c.changesRound(round));
    }

    /**
     * Every participant id the record names (participants, positions, arguments, corrections), once,
     * ascending: a participant removed after a correction took their position away is among them.
     * The checksum ranks participants by this order, and a restored session keeps it.
     */
    public List<ParticipantId> participantIdsNamed() {
        return named(java.util.stream.Stream.of(participants.stream().map(Participant::id),
                votes.stream().map(Vote::participantId), arguments.stream().map(Argument::participantId),
                corrections.stream().map(Correction::participantId)));
    }

    /** Every argument id the record names (arguments, corrections), once, ascending: a deleted argument is among them. */
    public List<Long> argumentIdsNamed() {
        return named(java.util.stream.Stream.of(arguments.stream().map(Argument::id),
                corrections.stream().map(Correction::argumentId)));
    }

    private static <T extends Comparable<T>> List<T> named(java.util.stream.Stream<java.util.stream.Stream<T>> ids) {
        return ids.flatMap(Function.identity()).filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    public Map<ParticipantId, Participant> participantsById() {
        return participants.stream().collect(Collectors.toMap(Participant::id, Function.identity()));
    }

    /** The highest round anyone voted in (or hands were counted in) on this item; 0 when nobody did. */
    public int roundsVoted(ItemNo itemNo) {
        int voted = votes.stream().filter(v -> v.itemNo().equals(itemNo)).mapToInt(Vote::round).max().orElse(0);
        int counted = handCounts.stream().filter(h -> h.itemNo().equals(itemNo) && h.hands() > 0)
                .mapToInt(HandCount::round).max().orElse(0);
        return Math.max(voted, counted);
    }
}
