package nl.beraad.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.beraad.domain.SessionEvent;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.SessionStatus;
import nl.beraad.text.Messages;

/**
 * When the meeting was held, as a Dutch clerk writes it ("maandag 30 november 2026, van 14.00 tot
 * 16.15 uur"; both dates when it ran past midnight), and when it was interrupted, all from the
 * stored moments in the meeting's own time zone. The start is when the session was made; the end
 * is its finish, or, for a session not finished, the moment its terminal last let go of it (while a
 * terminal still holds it there is no end yet). An interruption runs from a terminal letting go (or
 * a finish) to the session being taken up (or reopened) again; one shorter than a minute is not
 * worth a clerk's words. A session made before these moments were stored gets its start only.
 */
final class MeetingTimes {
    private static final Duration NOTICEABLE = Duration.ofMinutes(1);

    private final Messages msg;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    MeetingTimes(Messages msg, ZoneId zone) {
        this.msg = msg;
        this.zone = zone;
        this.date = DateTimeFormatter.ofPattern(msg.get("report.when.date.pattern"), msg.locale());
        this.time = DateTimeFormatter.ofPattern(msg.get("report.when.time.pattern"), msg.locale());
    }

    /** The zone a session's times are given in: its own, or (for an older session) the one asked for. */
    static ZoneId zoneOf(SessionRecord r, ZoneId fallback) {
        return r.session().zone() == null ? fallback : r.session().zone();
    }

    /** The date and time row: "maandag 30 november 2026, van 14.00 tot 16.15 uur". */
    String when(SessionRecord r) {
        List<SessionEvent> events = r.events();
        if (events.isEmpty() || events.get(0).kind() != SessionEvent.Kind.START) {
            Instant start = r.session().createdAt();
            return msg.get("report.when.started", date(start), time(start));
        }
        Instant start = events.get(0).at();
        Optional<Instant> end = end(r);
        if (end.isEmpty()) {
            return msg.get("report.when.from", date(start), time(start));
        }
        return span(start, end.get());
    }

    /**
     * A moment beside the meeting, as the clerk writes it: "19.33 uur" on the day the meeting began,
     * with its date on another day (a correction made afterwards).
     */
    String moment(SessionRecord r, Instant at) {
        List<SessionEvent> events = r.events();
        Instant start = events.isEmpty() ? r.session().createdAt() : events.get(0).at();
        return day(at).equals(day(start)) ? msg.get("report.when.at", time(at))
                : msg.get("report.when.at.day", date(at), time(at));
    }

    /** The interruptions, "van 15.00 tot 15.20 uur; ...", or empty when there were none. */
    String interruptions(SessionRecord r) {
        List<String> spans = new ArrayList<>();
        Instant away = null;
        LocalDate startDay = r.events().isEmpty() ? null : day(r.events().get(0).at());
        for (SessionEvent e : r.events()) {
            switch (e.kind()) {
                case START -> { }
                case LEFT, FINISH -> away = away == null ? e.at() : away;
                case TAKEN, REOPEN -> {
                    if (away != null && Duration.between(away, e.at()).compareTo(NOTICEABLE) >= 0) {
                        spans.add(day(away).equals(startDay) && day(e.at()).equals(startDay)
                                ? msg.get("report.when.gap", time(away), time(e.at())) : span(away, e.at()));
                    }
                    away = null;
                }
            }
        }
        return String.join("; ", spans);
    }

    private Optional<Instant> end(SessionRecord r) {
        List<SessionEvent> events = r.events();
        SessionEvent last = events.get(events.size() - 1);
        if (r.session().status() == SessionStatus.FINISHED) {
            return events.stream().filter(e -> e.kind() == SessionEvent.Kind.FINISH).map(SessionEvent::at)
                    .reduce((a, b) -> b).or(() -> Optional.of(last.at()));
        }
        return last.kind() == SessionEvent.Kind.LEFT ? Optional.of(last.at()) : Optional.empty();
    }

    private String span(Instant from, Instant to) {
        if (day(from).equals(day(to))) {
            return msg.get("report.when.span", date(from), time(from), time(to));
        }
        return msg.get("report.when.span.days", date(from), time(from), date(to), time(to));
    }

    private LocalDate day(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    private String date(Instant at) {
        return date.format(at.atZone(zone));
    }

    private String time(Instant at) {
        return time.format(at.atZone(zone));
    }
}
