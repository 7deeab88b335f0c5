package nl.beraad.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.beraad.domain.Argument;
import nl.beraad.domain.Item;
import nl.beraad.domain.Participant;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.SessionStatus;
import nl.beraad.domain.Side;
import nl.beraad.domain.Tally;
import nl.beraad.text.Messages;
import nl.beraad.text.ScaleLabels;

/** The session report (verslag) in Markdown, for a clerk to send on as it is. */
public final class MarkdownReport {
    private static final int BAR_WIDTH = 20;

    private final Messages msg;
    private final ScaleLabels labels;
    private final ZoneId zone;
    private final String version;

    public MarkdownReport(Messages msg, ZoneId zone, String version) {
        this.msg = msg;
        this.labels = new ScaleLabels(msg);
        this.zone = zone;
        this.version = version;
    }

    public String render(SessionRecord r, Instant generatedAt) {
        StringBuilder md = new StringBuilder(4096);
        md.append("# ").append(msg.get("report.title", MarkdownText.inline(r.session().title()))).append("\n\n");
        meta(md, r);
        Map<Long, Participant> people = r.participantsById();
        for (SessionItem item : r.items()) {
            item(md, r, item, people);
        }
        md.append("---\n\n").append(MarkdownText.paragraph(msg.get("report.footer", version, dateTime(generatedAt))))
                .append('\n');
        return md.toString();
    }

    private void meta(StringBuilder md, SessionRecord r) {
        List<String> names = r.participants().stream().map(p -> MarkdownText.inline(p.name())).toList();
        String status = r.session().status() == SessionStatus.FINISHED
                ? msg.get("report.status.finished")
                : msg.get("report.status.open", r.session().currentItem(), r.items().size());
        md.append("| | |\n|---|---|\n");
        row(md, msg.get("report.meta.set"), MarkdownText.inline(r.session().setTitle())
                + " (" + MarkdownText.inline(r.session().setId()) + ")");
        row(md, msg.get("report.meta.date"), dateTime(r.session().createdAt()));
        row(md, msg.get("report.meta.participants"), names.isEmpty()
                ? msg.get("report.none") : names.size() + ": " + String.join(", ", names));
        row(md, msg.get("report.meta.status"), status);
        md.append('\n');
    }

    private static void row(StringBuilder md, String key, String value) {
        md.append("| ").append(key).append(" | ").append(value).append(" |\n");
    }

    private void item(StringBuilder md, SessionRecord r, SessionItem sessionItem, Map<Long, Participant> people) {
        Item item = sessionItem.item();
        int no = sessionItem.number();
        md.append("## ").append(no).append(". ").append(MarkdownText.inline(item.title())).append("\n\n");
        if (!item.context().isEmpty()) {
            md.append(MarkdownText.paragraph(item.context())).append("\n\n");
        }
        md.append("- **").append(msg.get("report.pole", "A")).append("** ").append(MarkdownText.inline(item.poleA()))
                .append('\n');
        md.append("- **").append(msg.get("report.pole", "B")).append("** ").append(MarkdownText.inline(item.poleB()))
                .append("\n\n");
        int rounds = r.roundsVoted(no);
        if (rounds == 0) {
            md.append(msg.get("report.no.positions")).append("\n\n");
        }
        for (int round = 1; round <= rounds; round++) {
            tally(md, r.tally(no, round), round, rounds);
        }
        arguments(md, r.arguments(no), people);
        md.append("### ").append(msg.get("report.conclusion")).append("\n\n");
        md.append(r.conclusion(no).map(c -> MarkdownText.paragraph(c.text())).orElse(msg.get("report.no.conclusion")))
                .append("\n\n");
        if (!item.source().isEmpty()) {
            md.append("*").append(msg.get("report.source")).append("* ").append(MarkdownText.inline(item.source()))
                    .append("\n\n");
        }
    }

    private void tally(StringBuilder md, Tally tally, int round, int rounds) {
        md.append("### ").append(rounds > 1 ? msg.get("report.positions.round", round) : msg.get("report.positions"))
                .append("\n\n");
        md.append(sentence(tally)).append("\n\n");
        md.append("```text\n");
        for (String line : labels.bars(tally, msg.get("scale.abstain"), BAR_WIDTH)) {
            md.append(line).append('\n');
        }
        md.append("```\n\n");
        if (tally.median().isPresent()) {
            md.append(msg.get("report.median", labels.median(tally.scale(), tally.median().getAsDouble())));
            tally.agreement().ifPresent(a -> md.append(' ').append(labels.agreement(a)));
            md.append("\n\n");
        }
    }

    /** "3 deelnemers kozen voor A, 1 voor B, 1 in het midden; 1 onthouding." */
    String sentence(Tally tally) {
        List<String> parts = new ArrayList<>();
        long a = tally.countOnSide(Side.A);
        long b = tally.countOnSide(Side.B);
        long middle = tally.countOnSide(Side.NONE);
        if (a > 0) {
            parts.add(msg.counted("report.tally.a", a));
        }
        if (b > 0) {
            parts.add(msg.counted(parts.isEmpty() ? "report.tally.b.first" : "report.tally.b", b));
        }
        if (middle > 0) {
            parts.add(msg.counted(parts.isEmpty() ? "report.tally.middle.first" : "report.tally.middle", middle));
        }
        String sentence = String.join(", ", parts);
        if (tally.abstentions() > 0) {
            String abst = msg.counted("report.tally.abstain", tally.abstentions());
            sentence = sentence.isEmpty() ? abst : sentence + "; " + abst;
        }
        if (sentence.isEmpty()) {
            return msg.get("report.tally.empty");
        }
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
    }

    private void arguments(StringBuilder md, List<Argument> arguments, Map<Long, Participant> people) {
        md.append("### ").append(msg.get("report.arguments")).append("\n\n");
        if (arguments.isEmpty()) {
            md.append(msg.get("report.no.arguments")).append("\n\n");
            return;
        }
        for (Side side : Side.values()) {
            List<Argument> forSide = arguments.stream().filter(a -> a.side() == side).toList();
            if (forSide.isEmpty()) {
                continue;
            }
            md.append("**").append(msg.get("report.side." + side.name().toLowerCase(Locale.ROOT))).append("**\n\n");
            for (Argument a : forSide) {
                String who = a.isAnonymous() ? msg.get("arguments.anonymous")
                        : MarkdownText.inline(people.get(a.participantId()).name());
                md.append("- ").append(who).append(": ").append(MarkdownText.inline(a.text())).append('\n');
            }
            md.append('\n');
        }
    }

    private String dateTime(Instant instant) {
        return DateTimeFormatter.ofPattern(msg.get("report.datetime.pattern"), msg.locale())
                .format(instant.atZone(zone));
    }
}
