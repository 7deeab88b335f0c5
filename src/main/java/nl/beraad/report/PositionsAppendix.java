package nl.beraad.report;

import java.util.Map;
import java.util.stream.Collectors;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Vote;
import nl.beraad.text.Messages;
import nl.beraad.text.ScaleLabels;

/** The report's appendix: every position as it was stored, per item a row per participant and a column per round. */
final class PositionsAppendix {
    private final Messages msg;

    PositionsAppendix(Messages msg) {
        this.msg = msg;
    }

    /** Every position as it was stored, per item a row per participant with a column per round. */
    void appendTo(StringBuilder md, SessionRecord r, ReportNames names) {
        md.append("## ").append(msg.get("report.appendix")).append("\n\n");
        boolean any = false;
        for (SessionItem item : r.items()) {
            int no = item.number();
            int rounds = r.roundsVoted(no);
            if (!item.item().kind().takesPositions() || rounds == 0) {
                continue;
            }
            any = true;
            md.append("### ").append(no).append(". ").append(MarkdownText.inline(item.item().title())).append("\n\n");
            Map<String, Vote> votes = r.votes().stream().filter(v -> v.itemNo() == no)
                    .collect(Collectors.toMap(v -> v.participantId() + "/" + v.round(), v -> v));
            if (votes.isEmpty()) {
                md.append(msg.get("report.appendix.hands")).append("\n\n");
                continue;
            }
            md.append("| ").append(msg.get("report.appendix.participant"));
            for (int round = 1; round <= rounds; round++) {
                md.append(" | ").append(msg.get("report.summary.round", round));
            }
            md.append(" |\n|---").append("|---".repeat(rounds)).append("|\n");
            for (Participant p : r.participants()) {
                md.append("| ").append(MarkdownText.inline(names.of(p)));
                for (int round = 1; round <= rounds; round++) {
                    Vote v = votes.get(p.id() + "/" + round);
                    md.append(" | ").append(v == null ? "–" : MarkdownText.inline(raw(item.item().form(), v.position())));
                }
                md.append(" |\n");
            }
            md.append('\n');
            if (r.handCounts().stream().anyMatch(h -> h.itemNo() == no && h.hands() > 0)) {
                md.append(msg.get("report.appendix.hands.also")).append("\n\n");
            }
        }
        if (!any) {
            md.append(msg.get("report.appendix.none")).append("\n\n");
        }
    }

    /** A position as the participant gave it: "2 (A)", "onthouding", "1, 3", "50, 30, 20". */
    String raw(ItemForm form, Position position) {
        if (position.isAbstain()) {
            return msg.get("scale.abstain");
        }
        if (form.kind().isScaled()) {
            return position.step() + " (" + new ScaleLabels(msg, form.kind()).label(form.scale(), position) + ")";
        }
        return position.numbers().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
