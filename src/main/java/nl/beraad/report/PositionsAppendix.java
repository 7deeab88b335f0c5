package nl.beraad.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.ItemNo;
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
            ItemNo no = item.number();
            int rounds = r.roundsVoted(no);
            if (!item.item().kind().takesPositions() || rounds == 0) {
                continue;
            }
            any = true;
            md.append("### ").append(no).append(". ").append(MarkdownText.inline(item.item().title())).append("\n\n");
            Map<String, Vote> votes = r.votes().stream().filter(v -> v.itemNo().equals(no))
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
                    md.append(" | ").append(v == null ? "–" : raw(item.item().form(), v.position()));
                }
                md.append(" |\n");
            }
            md.append('\n');
            if (r.handCounts().stream().anyMatch(h -> h.itemNo().equals(no) && h.hands() > 0)) {
                md.append(msg.get("report.appendix.hands.also")).append("\n\n");
            }
        }
        if (!any) {
            md.append(msg.get("report.appendix.none")).append("\n\n");
        }
    }

    /**
     * A position as the participant gave it, with the options named: "2 (A)", "onthouding",
     * "Schuldhulp; Wmo" (a choice), "Wonen 50; Jeugd 30; Zorg 20" (points per option), "1. Jeugd;
     * 2. Wonen; 3. Zorg" (a ranking, best first). Option texts come from the set and are escaped.
     */
    String raw(ItemForm form, Position position) {
        if (position.isAbstain()) {
            return msg.get("scale.abstain");
        }
        List<Integer> numbers = position.numbers();
        return switch (form.kind()) {
            case DILEMMA, STATEMENT -> MarkdownText.inline(position.step() + " ("
                    + new ScaleLabels(msg, form.kind()).label(form.scale(), position) + ")");
            case CHOICE -> numbers.stream().map(o -> option(form, o)).collect(Collectors.joining("; "));
            case ALLOCATION -> IntStream.range(0, numbers.size())
                    .mapToObj(i -> option(form, i + 1) + " " + numbers.get(i)).collect(Collectors.joining("; "));
            case RANKING -> IntStream.range(0, numbers.size())
                    .mapToObj(i -> (i + 1) + ". " + option(form, numbers.get(i))).collect(Collectors.joining("; "));
            case QUESTION -> throw new IllegalStateException("an open question has no positions");
        };
    }

    private static String option(ItemForm form, int number) {
        return MarkdownText.inline(form.options().get(number - 1));
    }
}
