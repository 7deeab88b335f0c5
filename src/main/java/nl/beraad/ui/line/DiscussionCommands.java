package nl.beraad.ui.line;

import java.util.List;
import java.util.Locale;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.Participant;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Side;
import nl.beraad.text.SideKeys;

/** Line mode's commands for the discussion of an item: arguments and answers. */
final class DiscussionCommands {
    private DiscussionCommands() {
    }

    /**
     * "argument A Anouk: tekst" records Anouk's argument for pole A; "argument B tekst" (or
     * "argument B -: tekst") an anonymous one. On a statement the side is "eens" or "oneens"; an
     * item with options or an open question has no sides, so the side may be left out. A short
     * unknown name before the colon is refused rather than guessed, so nobody is quoted under the
     * wrong name or as "anonymous" by a typo.
     */
    static void argument(LineContext line, Command command, String rest) {
        SessionItem item = line.current();
        ItemKind kind = item.item().kind();
        String usage = kind == ItemKind.STATEMENT ? line.msg.get("argument.usage.statement", line.word(command))
                : kind.isScaled() ? line.msg.get(command.helpKey() + ".usage", line.word(command))
                : line.msg.get("argument.usage.options", line.word(command));
        int space = rest.indexOf(' ');
        Side side = Side.NONE;
        String remainder = rest;
        if (kind.isScaled()) {
            if (space < 0) {
                throw BeraadException.invalid("cmd.usage", usage);
            }
            side = side(rest.substring(0, space), kind);
            remainder = rest.substring(space + 1).strip();
        } else if (space > 0 && List.of("n", "-", "neutraal", "neutral").contains(rest.substring(0, space).toLowerCase(Locale.ROOT))) {
            remainder = rest.substring(space + 1).strip();
        }
        if (remainder.isEmpty()) {
            throw BeraadException.invalid("cmd.usage", usage);
        }
        record(line, item, side, remainder);
    }

    /** "antwoord Anouk: tekst" on an open question. */
    static void answer(LineContext line, Command command, String rest) {
        SessionItem item = line.current();
        if (item.item().kind().takesPositions()) {
            throw BeraadException.invalid("answer.not.question", line.word(Command.ARGUMENT));
        }
        line.requireArgument(rest, command);
        record(line, item, Side.NONE, rest);
    }

    static void arguments(LineContext line, Command command, String rest) {
        SessionRecord r = line.service.record(line.sessionId);
        SessionItem item = line.current();
        line.view().arguments(line.out, item.item().kind(), r.arguments(item.number()), r.participantsById());
    }

    /** Stores an argument or answer, taking the speaker from "naam:" at the start of the text. */
    private static void record(LineContext line, SessionItem item, Side side, String remainder) {
        SpokenText spoken = SpokenText.parse(line.service, line.sessionId, remainder);
        Participant by = spoken.speaker();
        line.service.addArgument(line.sessionId, item.number(), by, side, spoken.text());
        String name = by == null ? line.msg.get("arguments.anonymous") : by.name();
        if (!item.item().kind().takesPositions()) {
            line.out.println(line.msg.get("answer.recorded", name));
            return;
        }
        if (!item.item().kind().isScaled()) {
            line.out.println(line.msg.get("argument.recorded.plain", name));
            return;
        }
        line.out.println(line.msg.get("argument.recorded", name,
                line.msg.get(SideKeys.key("side.", item.item().kind(), side))));
    }

    private static Side side(String typed, ItemKind kind) {
        String t = typed.toLowerCase(Locale.ROOT);
        if (List.of("n", "neutraal", "neutral", "geen", "none").contains(t) || (kind == ItemKind.DILEMMA && t.equals("-"))) {
            return Side.NONE;
        }
        if (kind == ItemKind.STATEMENT) {
            return switch (t) {
                case "eens", "+", "voor", "agree", "for", "b" -> Side.B;
                case "oneens", "-", "tegen", "disagree", "against", "a" -> Side.A;
                default -> throw BeraadException.invalid("argument.side.statement.unknown", typed);
            };
        }
        return switch (t) {
            case "a" -> Side.A;
            case "b" -> Side.B;
            default -> throw BeraadException.invalid("argument.side.unknown", typed);
        };
    }
}
