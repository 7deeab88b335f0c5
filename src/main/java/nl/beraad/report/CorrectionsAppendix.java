package nl.beraad.report;

import java.time.ZoneId;
import java.util.List;
import nl.beraad.domain.Correction;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.text.Messages;

/**
 * The report's appendix of corrections: every change made after the fact (a reopened round, a
 * corrected position or show of hands, an edited or deleted argument), per item in the order made,
 * with when, what changed from what to what, and the reason. Absent when nothing was corrected.
 */
final class CorrectionsAppendix {
    private final Messages msg;
    private final MeetingTimes times;

    CorrectionsAppendix(Messages msg, ZoneId zone) {
        this.msg = msg;
        this.times = new MeetingTimes(msg, zone);
    }

    void appendTo(StringBuilder md, SessionRecord r, ReportNames names) {
        if (r.corrections().isEmpty()) {
            return;
        }
        md.append("## ").append(msg.get("report.corrections")).append("\n\n")
                .append(msg.get("report.corrections.intro")).append("\n\n");
        PositionsAppendix positions = new PositionsAppendix(msg);
        for (SessionItem item : r.items()) {
            List<Correction> corrections = r.corrections(item.number());
            if (corrections.isEmpty()) {
                continue;
            }
            md.append("### ").append(item.number()).append(". ").append(MarkdownText.inline(item.item().title()))
                    .append("\n\n");
            for (Correction k : corrections) {
                String sentence = MarkdownText.inline(sentence(k, item.item().form(), positions, names));
                md.append("- ").append(times.moment(r, k.madeAt())).append(": ").append(sentence);
                if (!k.reason().isEmpty()) {
                    md.append(' ').append(MarkdownText.inline(sentence(msg.get("report.correction.reason",
                            names.text(k.reason())))));
                }
                md.append('\n');
            }
            md.append('\n');
        }
    }

    /** A reason as typed ends as a sentence does, with a full stop unless it ends in one already. */
    private static String sentence(String text) {
        return text.matches("(?s).*[.!?…]$") ? text : text + ".";
    }

    /** What changed, in one sentence: from what to what, and for whom. */
    private String sentence(Correction k, ItemForm form, PositionsAppendix positions, ReportNames names) {
        String noun = msg.get(form.kind().collectsAnswers() ? "report.correction.answer" : "report.correction.argument");
        return switch (k.kind()) {
            case ROUND_REOPENED -> msg.get("report.correction.reopened", k.round());
            case POSITION -> msg.get("report.correction.position", names.ofSpeaker(k.participantId()), k.round(),
                    position(k.positionBefore(), form, positions), position(k.positionAfter(), form, positions));
            case HANDS -> msg.get("report.correction.hands", positions.raw(form, form.handPosition(k.handPosition())),
                    k.round(), k.before(), k.after());
            case ARGUMENT_EDITED -> k.before() == null
                    ? msg.get("report.correction.edited.erased", noun, names.ofSpeaker(k.participantId()))
                    : msg.get("report.correction.edited", noun, names.ofSpeaker(k.participantId()),
                    names.text(k.before()), names.text(k.after()));
            case ARGUMENT_DELETED -> msg.get("report.correction.deleted", noun, names.ofSpeaker(k.participantId()));
        };
    }

    private String position(Position p, ItemForm form, PositionsAppendix positions) {
        return p == null ? msg.get("report.correction.none") : positions.raw(form, p);
    }
}
