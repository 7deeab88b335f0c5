package nl.beraad.ui.line;

import java.util.List;
import java.util.Locale;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.ItemNo;
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
        String usage = kind.agreeSides() ? line.msg.get("argument.usage.statement", line.word(command))
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
        line.view().arguments(line.out, r, item);
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
        if (List.of("n", "neutraal", "neutral", "geen", "none").contains(t)) {
            return Side.NONE;
        }
        if (kind.agreeSides()) {
            return switch (t) {
                case "eens", "+", "voor", "agree", "for", "b" -> Side.B;
                case "oneens", "-", "tegen", "disagree", "against", "a" -> Side.A;
                default -> throw BeraadException.invalid("argument.side.statement.unknown", typed);
            };
        }
        // On a dilemma "-" is no side; on a statement (above) it is "oneens".
        return switch (t) {
            case "a" -> Side.A;
            case "b" -> Side.B;
            case "-" -> Side.NONE;
            default -> throw BeraadException.invalid("argument.side.unknown", typed);
        };
    }

    /** Key of the word that gives the floor to the next speaker ('spreker volgende'). */
    static final String SPEAKER_NEXT = "cmd.speaker.next";
    /** Key of the word that takes someone off the queue ('spreker weg Anouk'). */
    static final String SPEAKER_REMOVE = "cmd.speaker.remove";
    private static final String TIMER_START = "cmd.timer.start";
    private static final String TIMER_STOP = "cmd.timer.stop";

    static List<String> speakerWords(String language) {
        return List.of(Command.text(SPEAKER_NEXT, language), Command.text(SPEAKER_REMOVE, language));
    }

    static List<String> timerWords(String language) {
        return List.of(Command.text(TIMER_START, language), Command.text(TIMER_STOP, language));
    }

    /**
     * The speaker queue of the current item: 'spreker Anouk' puts Anouk at the end, 'spreker
     * volgende' gives the floor to the next (and starts a running countdown again for them), 'spreker
     * weg Anouk' takes her off, 'spreker' alone lists the queue.
     */
    static void speaker(LineContext line, Command command, String rest) {
        ItemNo itemNo = line.current().number();
        int space = rest.indexOf(' ');
        String first = space < 0 ? rest : rest.substring(0, space);
        List<Participant> queue;
        if (rest.isEmpty()) {
            queue = line.service.speakers(line.sessionId, itemNo);
        } else if (Command.isWord(rest, SPEAKER_NEXT)) {
            queue = line.service.nextSpeaker(line.sessionId, itemNo);
            if (line.timer.running() && !queue.isEmpty()) {
                line.timer.start();
            }
        } else if (space > 0 && Command.isWord(first, SPEAKER_REMOVE)) {
            Participant p = line.service.findParticipant(line.sessionId, rest.substring(space + 1));
            queue = line.service.removeSpeaker(line.sessionId, itemNo, p);
            line.out.println(line.msg.get("line.speaker.removed", p.name()));
        } else {
            Participant p = line.service.findParticipant(line.sessionId, rest);
            queue = line.service.addSpeaker(line.sessionId, itemNo, p);
            line.out.println(line.msg.get("line.speaker.added", p.name(), queue.size()));
        }
        line.wrap(queue.isEmpty() ? line.msg.get("line.speakers.none", line.word(command))
                : queue.size() == 1 ? line.msg.get("line.speakers.one", queue.get(0).name())
                : line.msg.get("line.speakers", queue.get(0).name(), LineContext.names(queue.subList(1, queue.size()))));
    }

    /**
     * The speaking-time countdown: 'spreektijd start' starts it from its full length, 'spreektijd
     * 2:30' sets the length, 'spreektijd stop' stops it, 'spreektijd' alone says what is left.
     */
    static void timer(LineContext line, Command command, String rest) {
        LineTimer timer = line.timer;
        String start = line.word(command) + " " + Command.text(TIMER_START, line.msg.language());
        if (Command.isWord(rest, TIMER_START)) {
            timer.start();
        } else if (Command.isWord(rest, TIMER_STOP)) {
            timer.stop();
        } else if (!rest.isEmpty()) {
            int seconds = LineTimer.parse(rest);
            if (seconds < 0) {
                throw BeraadException.invalid("line.timer.invalid", LineContext.echo(rest), LineTimer.MAX_SECONDS / 60);
            }
            timer.length(seconds);
        }
        String length = LineTimer.clock(timer.length());
        if (!timer.running()) {
            line.out.println(line.msg.get("line.timer.idle", length, start));
        } else if (timer.secondsLeft() == 0) {
            line.out.println(line.msg.get("line.timer.over", length));
        } else {
            line.out.println(line.msg.get("line.timer.running", LineTimer.clock(timer.secondsLeft()), length));
        }
    }
}
