package nl.beraad.ui.line;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import nl.beraad.domain.Argument;
import nl.beraad.domain.Correction;
import nl.beraad.domain.Item;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Side;
import nl.beraad.text.AnswerSheet;
import nl.beraad.text.Bars;
import nl.beraad.text.Messages;
import nl.beraad.text.ResultText;
import nl.beraad.text.SideKeys;
import nl.beraad.text.TextWrap;

/** Prints an item and its results as plain, wrapped lines: readable aloud by a screen reader and in a pipe. */
public final class ItemView {
    private final Messages msg;
    private final int width;
    private final Bars.Layout bars;

    public ItemView(Messages msg, int width) {
        this(msg, width, Bars.Layout.COUNT_THEN_BAR);
    }

    /** A view whose results are laid out as given: counts before the bars, or counts alone. */
    ItemView(Messages msg, int width, Bars.Layout bars) {
        this.msg = msg;
        this.width = width;
        this.bars = bars;
    }

    /** The item as the board reads it, and as someone answering it sees it, from its answer sheet. */
    public void present(PrintWriter out, AnswerSheet sheet) {
        Item item = sheet.item().item();
        out.println();
        String heading = msg.get("item.heading", sheet.number(), sheet.itemCount(), sheet.title());
        out.println(heading);
        out.println("=".repeat(Math.min(width, heading.length())));
        for (String paragraph : item.context().split("\n")) {
            wrap(out, paragraph, "");
        }
        out.println();
        form(out, sheet);
        if (!item.questions().isEmpty()) {
            out.println();
            out.println(msg.get("item.questions"));
            for (int i = 0; i < item.questions().size(); i++) {
                wrap(out, "  " + (i + 1) + ". " + item.questions().get(i), "     ");
            }
        }
        if (!item.attention().isEmpty()) {
            out.println();
            out.println(msg.get("item.attention"));
            for (String point : item.attention()) {
                wrap(out, "  - " + point, "    ");
            }
        }
        if (!item.source().isEmpty()) {
            out.println();
            wrap(out, msg.get("item.source", item.source()), "  ");
        }
        if (!sheet.scaleLegend().isEmpty()) {
            out.println();
            wrap(out, msg.get("item.scale", sheet.scaleLegend()), "  ");
        }
    }

    /**
     * What members respond to: the poles, the statement or question, or the numbered options. A sheet
     * holds only what its kind has, so printing each part that is there prints the kind's own.
     */
    private void form(PrintWriter out, AnswerSheet sheet) {
        for (String pole : sheet.poles()) {
            wrap(out, pole, "     ");
        }
        if (!sheet.prompt().isEmpty()) {
            wrap(out, sheet.prompt(), "  ");
        }
        if (!sheet.options().isEmpty()) {
            out.println(msg.get("item.options"));
            for (int i = 0; i < sheet.options().size(); i++) {
                wrap(out, String.format("  %2d. %s", i + 1, sheet.options().get(i)), "      ");
            }
            out.println(sheet.instruction());
        }
    }

    void result(PrintWriter out, SessionRecord record, ItemNo itemNo, int round) {
        long voted = record.responses(itemNo, round);
        out.println(msg.get("result.heading", round, voted, record.membersCounted(itemNo, round)));
        // The abstain row is labelled with what is typed to abstain ("o"), like the scale legend.
        int barWidth = Math.max(10, Math.min(40, width - 40));
        // The tally sentence first, and each count before its bar: read aloud, the numbers come before
        // any run of block characters.
        ResultText.Lines lines = new ResultText(msg, bars).of(record, itemNo, round,
                "o " + msg.get("scale.abstain"), barWidth);
        wrap(out, lines.sentence(), "  ");
        for (String line : lines.bars()) {
            out.println("  " + line);
        }
        for (String note : lines.notes()) {
            wrap(out, note, "  ");
        }
        for (String place : lines.ranking()) {
            wrap(out, "  " + place, "     ");
        }
        if (round == 2) {
            wrap(out, new ResultText(msg).shift(record, itemNo), "  ");
        }
        if (record.corrected(itemNo, round)) {
            wrap(out, msg.get("report.corrected"), "  ");
        }
    }

    /**
     * The item's arguments (or answers), each with its number to name it by ('bewerk 2 …'), edited
     * ones marked as the report marks them, and how many were deleted.
     */
    void arguments(PrintWriter out, SessionRecord record, SessionItem item) {
        ItemKind kind = item.item().kind();
        List<Argument> arguments = record.arguments(item.number());
        Map<ParticipantId, Participant> people = record.participantsById();
        Map<Long, Integer> numbers = ArgumentNumbers.of(record, item.number());
        if (arguments.isEmpty()) {
            out.println(msg.get(kind.collectsAnswers() ? "answers.none" : "arguments.none"));
        } else if (kind.collectsAnswers()) {
            out.println(msg.get("answers.heading"));
        }
        for (Side side : kind.sideOrder()) {
            List<Argument> forSide = arguments.stream().filter(a -> a.side() == side).toList();
            if (forSide.isEmpty()) {
                continue;
            }
            // Only a dilemma or a statement has sides; other kinds list their arguments or answers plainly.
            if (kind.isScaled()) {
                out.println(msg.get(SideKeys.key("arguments.side.", kind, side)));
            }
            for (Argument a : forSide) {
                String who = a.isAnonymous() ? msg.get("arguments.anonymous") : people.get(a.participantId()).name();
                String edited = a.isEdited() ? " (" + msg.get("report.edited") + ")" : "";
                wrap(out, "  " + numbers.get(a.id()) + ". " + who + ": " + a.text() + edited, "     ");
            }
        }
        long deleted = record.corrections(item.number()).stream()
                .filter(c -> c.kind() == Correction.Kind.ARGUMENT_DELETED).count();
        if (deleted > 0) {
            String key = kind.collectsAnswers() ? "report.deleted.answers" : "report.deleted.arguments";
            wrap(out, deleted == 1 ? msg.get(key + ".one") : msg.get(key, deleted), "");
        }
    }

    /** Prints text wrapped at word boundaries to the terminal width; continuation lines get the indent. */
    public void wrap(PrintWriter out, String text, String indent) {
        TextWrap.lines(text, Math.max(20, width), indent).forEach(out::println);
    }
}
