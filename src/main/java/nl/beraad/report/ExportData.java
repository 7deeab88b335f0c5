package nl.beraad.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.beraad.domain.Argument;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.Correction;
import nl.beraad.domain.HandCount;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Vote;

/**
 * A session's records in the order both exports list them, whatever order the store returned:
 * by item, then round, then participant (or position), arguments as they were made. The same
 * session therefore always gives the same file.
 */
final class ExportData {
    // Always three fraction digits (what the database keeps): every timestamp has one width and sorts as text.
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final SessionRecord record;
    private final Map<ParticipantId, Participant> people;
    private final ReportNames names;

    ExportData(SessionRecord record, ReportNames names) {
        this.record = record;
        this.people = record.participantsById();
        this.names = names;
    }

    List<Participant> participants() {
        return record.participants().stream().sorted(Comparator.comparingInt(Participant::seq)).toList();
    }

    List<Vote> votes() {
        return record.votes().stream().sorted(Comparator.comparing(Vote::itemNo).thenComparingInt(Vote::round)
                .thenComparingInt(v -> seq(v.participantId())).thenComparing(Vote::participantId)).toList();
    }

    List<HandCount> handCounts() {
        return record.handCounts().stream().sorted(Comparator.comparing(HandCount::itemNo)
                .thenComparingInt(HandCount::round).thenComparingInt(HandCount::position)).toList();
    }

    List<Argument> arguments() {
        return record.arguments().stream().sorted(Comparator.comparing(Argument::itemNo)
                .thenComparingLong(Argument::id)).toList();
    }

    List<Conclusion> conclusions() {
        return record.conclusions().stream().sorted(Comparator.comparing(Conclusion::itemNo)).toList();
    }

    /** Text someone typed, as it may be shown: in an anonymous export with participants' names replaced. */
    String text(String typed) {
        return names.text(typed);
    }

    /** The chair or minute-taker as shown: their own name, unless they are a participant of an anonymous export. */
    String official(String name) {
        return names.official(name);
    }

    /** The name shown for a participant id, from ReportNames; null for an anonymous argument. */
    String name(ParticipantId participantId) {
        Participant p = participantId == null ? null : people.get(participantId);
        return p == null ? null : names.of(p);
    }

    private int seq(ParticipantId participantId) {
        Participant p = people.get(participantId);
        return p == null ? Integer.MAX_VALUE : p.seq();
    }

    /** A correction's kind as both exports name it: "round_reopened", "position", "argument_deleted", ... */
    static String kind(Correction k) {
        return k.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** ISO-8601 in UTC to the millisecond ("2026-11-22T15:43:22.120Z"), the one timestamp form of every export. */
    static String time(Instant instant) {
        return instant == null ? null : UTC.format(instant);
    }
}
