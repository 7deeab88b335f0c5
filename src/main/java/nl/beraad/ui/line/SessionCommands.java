package nl.beraad.ui.line;

import java.util.List;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ItemCounts;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Session;
import nl.beraad.domain.NameKeeping;
import nl.beraad.domain.SessionDetails;
import nl.beraad.text.NameKeepingText;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.SessionStatus;
import nl.beraad.text.ItemStatus;

/** Line mode's commands about the session as a whole: help, showing and moving between items, pausing, finishing. */
final class SessionCommands {
    private SessionCommands() {
    }

    static void help(LineContext line, Command command, String about) {
        String lang = line.msg.language();
        if (!about.isEmpty()) {
            Command c = Command.find(about).orElseThrow(
                    () -> BeraadException.invalid("cmd.unknown", about, Command.HELP.word(lang)));
            line.out.println(line.msg.get(c.helpKey() + ".usage", c.word(lang)));
            line.view().wrap(line.out, "  " + line.msg.get(c.helpKey()), "  ");
            return;
        }
        line.out.println(line.msg.get("help.heading"));
        for (Command c : Command.values()) {
            String usage = line.msg.get(c.helpKey() + ".usage", c.word(lang));
            line.view().wrap(line.out, "  " + String.format("%-34s", usage) + " " + line.msg.get(c.helpKey()),
                    " ".repeat(37));
        }
        line.wrap(line.msg.get("help.positions"));
    }

    static void show(LineContext line, Command command, String rest) {
        present(line);
    }

    /** The current item, with its results once revealed, or else how to respond to it. */
    static void present(LineContext line) {
        SessionItem item = line.current();
        line.view().present(line.out, line.sheet(item));
        if (item.revealedRound() > 0) {
            VotingCommands.results(line);
        } else if (line.service.participants(line.sessionId).isEmpty()) {
            line.out.println(line.msg.get("participants.none", line.word(Command.PARTICIPANT)));
        } else if (!item.item().kind().takesPositions()) {
            line.wrap(VotingCommands.hint(line, item));
            SessionRecord r = line.service.record(line.sessionId);
            if (!r.arguments(item.number()).isEmpty()) {
                line.view().arguments(line.out, r, item);
            }
        } else {
            line.wrap(line.msg.get("item.how.vote", line.word(Command.VOTE), line.word(Command.IN_TURN),
                    line.word(Command.REVEAL)) + " " + VotingCommands.hint(line, item));
        }
    }

    static void next(LineContext line, Command command, String rest) {
        SessionItem item = line.current();
        int count = line.service.items(line.sessionId).size();
        if (!line.readOnly) {
            warnIfUnfinished(line, item);
        }
        if (item.number().value() >= count) {
            line.out.println(line.readOnly ? line.msg.get("line.readonly.last.item")
                    : line.msg.get("session.last.item", line.word(Command.FINISH)));
            return;
        }
        moveTo(line, item.number().next());
    }

    private static void warnIfUnfinished(LineContext line, SessionItem item) {
        SessionRecord r = line.service.record(line.sessionId);
        if (item.revealedRound() == 0 && !r.votes(item.number(), 1).isEmpty()) {
            line.out.println(line.msg.get("item.warn.unrevealed", item.number()));
        }
        if (r.conclusion(item.number()).isEmpty()) {
            line.out.println(line.msg.get("item.warn.conclusion", item.number()));
        }
    }

    static void previous(LineContext line, Command command, String rest) {
        moveTo(line, line.current().number().value() - 1);
    }

    static void goTo(LineContext line, Command command, String rest) {
        if (!rest.matches("[0-9]{1,4}")) {
            throw line.usage(command);
        }
        moveTo(line, Integer.parseInt(rest));
    }

    /** Moves to an item by a number as typed (or one before the first): one outside the set is refused. */
    private static void moveTo(LineContext line, int typed) {
        int count = line.service.items(line.sessionId).size();
        if (typed < 1 || typed > count) {
            throw BeraadException.invalid("item.unknown", typed, count);
        }
        moveTo(line, ItemNo.of(typed));
    }

    private static void moveTo(LineContext line, ItemNo number) {
        if (line.readOnly) {
            line.viewing = number;
        } else {
            line.service.moveTo(line.sessionId, number);
        }
        present(line);
    }

    static void overview(LineContext line, Command command, String rest) {
        Session session = line.service.session(line.sessionId);
        line.out.println(line.msg.get("overview.heading", session.title(),
                line.msg.counted("count.participants", line.service.participants(line.sessionId).size())));
        List<SessionItem> items = line.service.items(line.sessionId);
        List<ItemCounts> counts = line.service.itemCounts(line.sessionId);
        for (int i = 0; i < items.size(); i++) {
            SessionItem item = items.get(i);
            String marker = item.number().equals(session.currentItem()) ? "> " : "  ";
            line.out.println(marker + item.number() + ". " + item.item().title() + " — "
                    + ItemStatus.of(line.msg, item, counts.get(i)));
        }
        if (session.status() == SessionStatus.FINISHED) {
            line.out.println(line.msg.get("overview.finished"));
        }
    }

    /**
     * The report details: 'gegevens' shows them, 'gegevens plaats Raadzaal' sets one (the title, body,
     * place, chair or minute-taker), 'gegevens plaats -' empties it; stored as the details page does.
     */
    static void details(LineContext line, Command command, String rest) {
        if (!rest.isEmpty()) {
            int space = rest.indexOf(' ');
            String name = space < 0 ? rest : rest.substring(0, space);
            DetailField field = DetailField.find(name).orElseThrow(() -> BeraadException.invalid("line.details.field",
                    LineContext.echo(name), String.join(", ", DetailField.words(line.msg.language()))));
            String value = space < 0 ? "" : rest.substring(space + 1).strip();
            if (value.isEmpty()) {
                throw line.usage(command);
            }
            field.store(line.service, line.sessionId, value.equals("-") ? "" : value);
            line.out.println(line.msg.get("details.saved", line.sessionId));
        }
        Session session = line.service.session(line.sessionId);
        SessionDetails d = session.details();
        line.wrap(line.msg.get("details.title.shown", session.title()));
        line.wrap(line.msg.get("details.shown", d.body(), d.place(), d.facilitator(), d.secretary(),
                NameKeepingText.label(line.msg, d.names())));
    }

    private static final String ON = "cmd.bars.on";
    private static final String OFF = "cmd.bars.off";

    static List<String> onOffWords(String language) {
        return List.of(Command.text(ON, language), Command.text(OFF, language));
    }

    /**
     * 'balken uit' shows results as counts alone, without block characters, for a screen reader that
     * reads every block; 'balken aan' brings the bars back. Kept for this terminal's session only.
     */
    static void bars(LineContext line, Command command, String rest) {
        if (Command.isWord(rest, ON) || Command.isWord(rest, OFF)) {
            line.bars = Command.isWord(rest, ON);
        } else if (!rest.isEmpty()) {
            throw line.usage(command);
        }
        line.out.println(line.msg.get(line.bars ? "line.bars.on" : "line.bars.off"));
    }

    static LineSession.Outcome stop(LineContext line, Command command, String rest) {
        paused(line);
        return LineSession.Outcome.PAUSED;
    }

    static LineSession.Outcome finish(LineContext line, Command command, String rest) {
        Session finished = line.service.finish(line.sessionId);
        line.out.println(line.msg.get("session.finished.report", line.sessionId));
        if (finished.details().names() == NameKeeping.UNTIL_FINAL) {
            line.out.println(line.msg.get("session.finished.names"));
        }
        line.service.keyProblem().ifPresent(why -> line.out.println(line.msg.get("session.finished.unsigned",
                line.msg.problem(why))));
        return LineSession.Outcome.FINISHED;
    }

    static void paused(LineContext line) {
        line.out.println();
        line.out.println(line.msg.get(line.readOnly ? "line.readonly.closed" : "session.paused", line.sessionId));
        line.out.flush();
    }
}
