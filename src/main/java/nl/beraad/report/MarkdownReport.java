package nl.beraad.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.beraad.domain.Argument;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.Correction;
import nl.beraad.domain.Item;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.OptionTotals;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.Provenance;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.SessionStatus;
import nl.beraad.domain.Side;
import nl.beraad.text.Messages;
import nl.beraad.text.ResultText;
import nl.beraad.text.SideKeys;

/**
 * The session report (verslag) in Markdown, laid out as a Dutch council expects one: heading with
 * body, date, place, chair and minute-taker; attendance; method; a summary table; the items with
 * results, shift, arguments, conclusion, minority position and action points; an appendix with
 * every position per participant; and a footer with the time it was made, the session's log and
 * signature, a checksum of its data, and the stamp the file is checked by. Everything typed goes through {@link MarkdownText}; names through {@link ReportNames}.
 */
public final class MarkdownReport {
    private static final int BAR_WIDTH = 20;

    private final Messages msg;
    private final ZoneId zone;
    private final String version;
    private final boolean mermaid;

    public MarkdownReport(Messages msg, ZoneId zone, String version) {
        this(msg, zone, version, false);
    }

    /** With {@code mermaid}, each result also gets a Mermaid chart for viewers that draw them. */
    public MarkdownReport(Messages msg, ZoneId zone, String version, boolean mermaid) {
        this.msg = msg;
        this.zone = zone;
        this.version = version;
        this.mermaid = mermaid;
    }

    /** The report of a session as read for one, with the participants' own names (unless the session is anonymous). */
    public String render(nl.beraad.app.SessionService.Reported reported, Instant generatedAt) {
        SessionRecord r = reported.record();
        return render(r, reported.provenance(), ReportNames.of(r, false, msg), generatedAt);
    }

    /**
     * The report; its footer says where the data stands against the session's log and signature
     * ({@code provenance}, read in the same moment as {@code r}) and ends with the stamp a signed
     * file is checked by (see {@link nl.beraad.domain.ReportStamp}).
     */
    public String render(SessionRecord r, Provenance provenance, ReportNames names, Instant generatedAt) {
        StringBuilder md = new StringBuilder(8192);
        md.append("# ").append(msg.get("report.title", MarkdownText.inline(names.text(r.session().title()))))
                .append("\n\n");
        meta(md, r, names);
        attendance(md, r, names);
        new MethodSection(msg).appendTo(md, r);
        new SummaryTable(msg).appendTo(md, r, names);
        for (SessionItem item : r.items()) {
            if (r.reached(item.number())) {
                item(md, r, item, names);
            }
        }
        notReached(md, r);
        new PositionsAppendix(msg).appendTo(md, r, names);
        new CorrectionsAppendix(msg, MeetingTimes.zoneOf(r, zone)).appendTo(md, r, names);
        md.append("---\n\n").append(MarkdownText.paragraph(msg.get("report.footer", version,
                        dateTime(msg, MeetingTimes.zoneOf(r, zone), generatedAt))))
                .append("\n\n");
        new LogFooter(msg, MeetingTimes.zoneOf(r, zone)).appendTo(md, r, provenance);
        return md.toString();
    }

    private void meta(StringBuilder md, SessionRecord r, ReportNames names) {
        Session session = r.session();
        SessionDetails d = session.details();
        String status = status(msg, session, r.items().size());
        // A real heading row (no empty one): the meeting, as the comparison's heading table starts too.
        row(md, msg.get("report.meta.meeting"), MarkdownText.inline(names.text(session.title())));
        md.append("|---|---|\n");
        optionalRow(md, msg.get("report.meta.body"), names.text(d.body()));
        MeetingTimes times = new MeetingTimes(msg, MeetingTimes.zoneOf(r, zone));
        row(md, msg.get("report.meta.datetime"), times.when(r));
        String interruptions = times.interruptions(r);
        if (!interruptions.isEmpty()) {
            row(md, msg.get("report.meta.interrupted"), interruptions);
        }
        optionalRow(md, msg.get("report.meta.place"), names.text(d.place()));
        row(md, msg.get("report.meta.set"), MarkdownText.inline(session.setTitle()));
        optionalRow(md, msg.get("report.meta.facilitator"), names.official(d.facilitator()));
        optionalRow(md, msg.get("report.meta.secretary"), names.official(d.secretary()));
        row(md, msg.get("report.meta.status"), status);
        md.append('\n');
    }

    /** "afgerond" or "onderbroken bij item 3 van 5": the one wording of a session's status in the report and the comparison. */
    static String status(Messages msg, Session session, int items) {
        return session.status() == SessionStatus.FINISHED ? msg.get("report.status.finished")
                : msg.get("report.status.open", session.currentItem(), items);
    }

    private static void optionalRow(StringBuilder md, String key, String value) {
        if (!value.isEmpty()) {
            row(md, key, MarkdownText.inline(value));
        }
    }

    private static void row(StringBuilder md, String key, String value) {
        md.append("| ").append(key).append(" | ").append(value).append(" |\n");
    }

    /** Present members, absent members and observers, each with their number. */
    private void attendance(StringBuilder md, SessionRecord r, ReportNames names) {
        md.append("## ").append(msg.get("report.attendance")).append("\n\n");
        if (r.participants().isEmpty()) {
            md.append(msg.get("report.attendance.none")).append("\n\n");
            return;
        }
        group(md, "report.attendance.present", r.participants().stream().filter(Participant::votes).toList(), names);
        // One rule for a member marked absent after answering: what they answered stands, so they are
        // listed as having left during the meeting, never as absent beside their own positions.
        java.util.Set<ParticipantId> answered = r.votes().stream().map(nl.beraad.domain.Vote::participantId)
                .collect(Collectors.toSet());
        List<Participant> away = r.participants().stream().filter(p -> !p.observer() && !p.present()).toList();
        group(md, "report.attendance.absent", away.stream().filter(p -> !answered.contains(p.id())).toList(), names);
        List<Participant> left = away.stream().filter(p -> answered.contains(p.id())).toList();
        if (!left.isEmpty()) {
            group(md, "report.attendance.left", left, names);
        }
        group(md, "report.attendance.observers", r.participants().stream().filter(Participant::observer).toList(), names);
        md.append('\n');
        if (!left.isEmpty()) {
            md.append(msg.get("report.attendance.left.note")).append("\n\n");
        }
    }

    private void group(StringBuilder md, String key, List<Participant> people, ReportNames names) {
        String list = people.isEmpty() ? msg.get("report.none")
                : people.stream().map(p -> MarkdownText.inline(names.of(p))).collect(Collectors.joining(", "));
        md.append("- **").append(msg.get(key, people.size())).append("** ").append(list).append('\n');
    }

    private void item(StringBuilder md, SessionRecord r, SessionItem sessionItem, ReportNames names) {
        Item item = sessionItem.item();
        ItemNo no = sessionItem.number();
        md.append("## ").append(no).append(". ").append(MarkdownText.inline(item.title())).append("\n\n");
        if (!item.context().isEmpty()) {
            md.append(MarkdownText.paragraph(item.context())).append("\n\n");
        }
        ItemPrompt.appendTo(md, msg, item.form(), true);
        if (item.kind().takesPositions()) {
            int rounds = r.roundsVoted(no);
            if (rounds == 0) {
                md.append(msg.get("report.no.positions")).append("\n\n");
            }
            for (int round = 1; round <= rounds; round++) {
                result(md, r, no, round, rounds);
            }
        }
        arguments(md, item.kind(), r.arguments(no), names);
        long deleted = r.corrections(no).stream().filter(k -> k.kind() == Correction.Kind.ARGUMENT_DELETED).count();
        if (deleted > 0) {
            md.append("*").append(msg.counted(item.kind().collectsAnswers() ? "report.deleted.answers"
                    : "report.deleted.arguments", deleted)).append("*\n\n");
        }
        md.append("### ").append(msg.get("report.conclusion")).append("\n\n");
        Optional<Conclusion> conclusion = r.conclusion(no);
        md.append(conclusion.filter(c -> !c.text().isEmpty()).map(c -> MarkdownText.paragraph(names.text(c.text())))
                .orElse(msg.get("report.no.conclusion"))).append("\n\n");
        conclusion.filter(c -> !c.minority().isEmpty()).ifPresent(c -> md.append("**")
                .append(msg.get("report.minority")).append("** ").append(MarkdownText.paragraph(names.text(c.minority())))
                .append("\n\n"));
        conclusion.filter(c -> !c.actionPoints().isEmpty()).ifPresent(c -> {
            md.append("**").append(msg.get("report.actions")).append("**\n\n");
            c.actionPoints().forEach(a -> md.append("- ").append(MarkdownText.inline(names.text(a))).append('\n'));
            md.append('\n');
        });
        if (!item.source().isEmpty()) {
            md.append("*").append(msg.get("report.source")).append("* ").append(MarkdownText.inline(item.source()))
                    .append("\n\n");
        }
    }

    /** The items the meeting never reached, one line each: nothing about them can be reported. */
    private void notReached(StringBuilder md, SessionRecord r) {
        List<SessionItem> skipped = r.items().stream().filter(i -> !r.reached(i.number())).toList();
        if (skipped.isEmpty()) {
            return;
        }
        md.append("## ").append(msg.get("report.not.reached")).append("\n\n");
        for (SessionItem i : skipped) {
            md.append("- ").append(i.number()).append(". ").append(MarkdownText.inline(i.item().title())).append('\n');
        }
        md.append('\n');
    }

    private void result(StringBuilder md, SessionRecord r, ItemNo itemNo, int round, int rounds) {
        md.append("### ").append(rounds > 1 ? msg.get("report.positions.round", round) : msg.get("report.positions"))
                .append("\n\n");
        ResultText.Lines lines = new ResultText(msg).of(r, itemNo, round, msg.get("scale.abstain"), BAR_WIDTH);
        md.append(MarkdownText.paragraph(lines.sentence())).append("\n\n");
        md.append("```text\n");
        for (String line : lines.bars()) {
            md.append(line.replace("`", "'")).append('\n');
        }
        md.append("```\n\n");
        if (mermaid) {
            md.append(MermaidChart.of(msg, r, itemNo, round));
        }
        for (String note : lines.notes()) {
            md.append(MarkdownText.paragraph(note)).append("\n\n");
        }
        if (r.corrected(itemNo, round)) {
            md.append("*").append(msg.get("report.corrected")).append("*\n\n");
        }
        if (!lines.ranking().isEmpty()) {
            rankingTable(md, r.optionTotals(itemNo, round));
        }
        if (round == 2) {
            md.append("*").append(msg.get("report.shift")).append(":* ")
                    .append(MarkdownText.paragraph(new ResultText(msg).shift(r, itemNo))).append("\n\n");
        }
    }

    /** The combined ranking as a table: a tie shows as two options on the same place. */
    private void rankingTable(StringBuilder md, OptionTotals totals) {
        md.append("| ").append(msg.get("report.ranking.place")).append(" | ").append(msg.get("report.ranking.option"))
                .append(" | ").append(msg.get("report.ranking.points")).append(" | ")
                .append(msg.get("report.ranking.first")).append(" |\n|---:|---|---:|---:|\n");
        for (OptionTotals.Place place : totals.order()) {
            md.append("| ").append(place.rank()).append(" | ")
                    .append(MarkdownText.inline(totals.form().options().get(place.option() - 1))).append(" | ")
                    .append(place.total()).append(" | ").append(totals.firstPlaces(place.option())).append(" |\n");
        }
        md.append('\n');
    }

    private void arguments(StringBuilder md, ItemKind kind, List<Argument> arguments, ReportNames names) {
        boolean answers = kind.collectsAnswers();
        md.append("### ").append(msg.get(answers ? "report.answers" : "report.arguments")).append("\n\n");
        if (arguments.isEmpty()) {
            md.append(msg.get(answers ? "report.no.answers" : "report.no.arguments")).append("\n\n");
            return;
        }
        for (Side side : kind.sideOrder()) {
            List<Argument> forSide = arguments.stream().filter(a -> a.side() == side).toList();
            if (forSide.isEmpty()) {
                continue;
            }
            // Only a dilemma or a statement has sides; other kinds list their arguments or answers plainly.
            if (kind.isScaled()) {
                md.append("**").append(msg.get(SideKeys.key("report.side.", kind, side))).append("**\n\n");
            }
            for (Argument a : forSide) {
                md.append("- ").append(MarkdownText.inline(names.ofSpeaker(a.participantId()))).append(": ")
                        .append(MarkdownText.inline(names.text(a.text())))
                        .append(a.isEdited() ? " *(" + msg.get("report.edited") + ")*" : "").append('\n');
            }
            md.append('\n');
        }
    }

    /** "22 november 2026 om 15:42": how every report and comparison writes a moment. */
    static String dateTime(Messages msg, ZoneId zone, Instant instant) {
        return DateTimeFormatter.ofPattern(msg.get("report.datetime.pattern"), msg.locale())
                .format(instant.atZone(zone));
    }
}
