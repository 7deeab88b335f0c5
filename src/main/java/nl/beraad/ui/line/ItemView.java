package nl.beraad.ui.line;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import nl.beraad.domain.Argument;
import nl.beraad.domain.Item;
import nl.beraad.domain.Participant;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.Side;
import nl.beraad.domain.Tally;
import nl.beraad.text.Messages;
import nl.beraad.text.ScaleLabels;

/** Prints an item and its results as plain, wrapped lines: readable aloud by a screen reader and in a pipe. */
public final class ItemView {
    private final Messages msg;
    private final ScaleLabels labels;
    private final int width;

    public ItemView(Messages msg, int width) {
        this.msg = msg;
        this.labels = new ScaleLabels(msg);
        this.width = width;
    }

    public void present(PrintWriter out, SessionItem sessionItem, int itemCount) {
        Item item = sessionItem.item();
        out.println();
        String heading = msg.get("item.heading", sessionItem.number(), itemCount, item.title());
        out.println(heading);
        out.println("=".repeat(Math.min(width, heading.length())));
        for (String paragraph : item.context().split("\n")) {
            wrap(out, paragraph, "");
        }
        out.println();
        wrap(out, msg.get("item.pole", "A", item.poleA()), "     ");
        wrap(out, msg.get("item.pole", "B", item.poleB()), "     ");
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
        out.println();
        wrap(out, msg.get("item.scale", labels.legend(item.scale())), "  ");
    }

    void result(PrintWriter out, Tally tally, int round, int participants) {
        out.println(msg.get("result.heading", round, tally.total(), participants));
        // The abstain row is labelled with what is typed to abstain ("o"), like the scale legend.
        int barWidth = Math.max(10, Math.min(40, width - 30));
        for (String line : labels.bars(tally, "o " + msg.get("scale.abstain"), barWidth)) {
            out.println("  " + line);
        }
        summary(out, tally);
    }

    private void summary(PrintWriter out, Tally tally) {
        if (tally.median().isEmpty()) {
            out.println(msg.get("result.none"));
            return;
        }
        String median = labels.median(tally.scale(), tally.median().getAsDouble());
        String agreement = tally.agreement().map(labels::agreement).orElse("");
        out.println(msg.get("result.summary", median, agreement));
    }

    void arguments(PrintWriter out, List<Argument> arguments, Map<Long, Participant> people) {
        if (arguments.isEmpty()) {
            out.println(msg.get("arguments.none"));
            return;
        }
        for (Side side : Side.values()) {
            List<Argument> forSide = arguments.stream().filter(a -> a.side() == side).toList();
            if (forSide.isEmpty()) {
                continue;
            }
            out.println(msg.get("arguments.side." + side.name().toLowerCase(java.util.Locale.ROOT)));
            for (Argument a : forSide) {
                String who = a.isAnonymous() ? msg.get("arguments.anonymous") : people.get(a.participantId()).name();
                wrap(out, "  - " + who + ": " + a.text(), "    ");
            }
        }
    }

    /** Prints text wrapped at word boundaries to the terminal width; continuation lines get the indent. */
    public void wrap(PrintWriter out, String text, String indent) {
        int limit = Math.max(20, width);
        String rest = text;
        String prefix = "";
        while (prefix.length() + rest.length() > limit) {
            int room = limit - prefix.length();
            int cut = rest.lastIndexOf(' ', room);
            if (cut <= 0) {
                cut = room;
            }
            out.println(prefix + rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
            prefix = indent;
        }
        out.println(prefix + rest);
    }
}
