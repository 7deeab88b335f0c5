package nl.beraad.ui.line;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.beraad.domain.Argument;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionItem;

/**
 * Line mode's corrections after the fact: reopening a revealed round (or a finished session),
 * correcting a position or a show of hands in a revealed round, editing and deleting an argument.
 * A step that is hard to undo first says what it will do and goes ahead only with the word for yes
 * on the same line ('heropen ja', 'wis 3 ja'), so a slip of the keyboard never does it, and a
 * script that means it types it at once.
 */
final class CorrectionCommands {
    /** Key of the word that goes ahead with a step that is hard to undo ('heropen ja'). */
    static final String YES = "cmd.yes";
    /** Key of the word before the round a correction is for ('corrigeer Anouk 4 ronde 1'). */
    private static final String ROUND = "cmd.correct.round";
    /** What is typed for no position at all: a position recorded by mistake is taken away. */
    private static final String NONE = "-";
    private static final Pattern ROUND_AT_END = Pattern.compile("(.*?)\\s+(\\S+)\\s+([0-9]{1,2})");

    private CorrectionCommands() {
    }

    /**
     * The reason after the word for yes ("ja: stemmen verwisseld", "ja", "yes wrong count"), or
     * empty when the line does not say yes and the step must only be explained.
     */
    static Optional<String> confirmed(String rest) {
        Matcher m = Pattern.compile("(?s)([^\\s:]+)\\s*:?\\s*(.*)").matcher(rest);
        if (!m.matches() || !Command.isWord(m.group(1), YES)) {
            return Optional.empty();
        }
        return Optional.of(m.group(2).strip());
    }

    /** The words typed to go ahead: the command, what it is about, and the word for yes. */
    static String goAhead(LineContext line, Command command, String about) {
        return line.word(command) + (about.isEmpty() ? "" : " " + about) + " " + Command.text(YES, line.msg.language());
    }

    /**
     * 'heropen' says what reopening the current item's revealed round does; 'heropen ja [: reden]'
     * hides its result again so positions or hands can be taken anew, every change then recorded as a
     * correction. In a finished session opened to look at it reopens the session instead.
     */
    static void reopen(LineContext line, Command command, String rest) {
        Optional<String> reason = confirmed(rest);
        if (line.readOnly) {
            if (reason.isEmpty()) {
                line.wrap(line.msg.get("line.reopen.session.ask", line.sessionId, goAhead(line, command, "")));
                return;
            }
            line.service.reopen(line.sessionId);
            if (line.viewing != null) {
                // Reopened to change something in the item being looked at: the session goes on there.
                line.service.moveTo(line.sessionId, line.viewing);
            }
            line.readOnly = false;
            line.out.println(line.msg.get("line.reopen.session.done", line.sessionId));
            SessionCommands.present(line);
            return;
        }
        SessionItem item = line.current();
        if (reason.isEmpty() && item.item().kind().takesPositions() && item.isRevealed(item.round())) {
            line.wrap(line.msg.get("line.reopen.round.ask", item.round(), line.word(Command.VOTE),
                    line.word(Command.HANDS), goAhead(line, command, "")));
            return;
        }
        // Not revealed, or an open question: the service says why there is nothing to reopen.
        SessionItem reopened = line.service.reopenRound(line.sessionId, item.number(), reason.orElse(""));
        line.wrap(line.msg.get("line.reopen.round.done", reopened.round(), line.word(Command.VOTE),
                line.word(Command.HANDS), line.word(Command.REVEAL)));
    }

    /**
     * 'corrigeer Anouk 4 [ronde 1] [: reden]' corrects one member's position in a revealed round
     * ('-' takes it away); 'corrigeer handen 3,2,0,1,4 [ronde 1] [: reden]' a show of hands. Without a
     * round it is the last revealed one, so during round 2 it is round 1.
     */
    static void correct(LineContext line, Command command, String rest) {
        line.requireArgument(rest, command);
        SessionItem item = line.current();
        int colon = rest.indexOf(':');
        String what = (colon < 0 ? rest : rest.substring(0, colon)).strip();
        String reason = colon < 0 ? "" : rest.substring(colon + 1).strip();
        int round = item.revealedRound() == 0 ? item.round() : item.revealedRound();
        Matcher m = ROUND_AT_END.matcher(what);
        if (m.matches() && Command.isWord(m.group(2), ROUND)) {
            what = m.group(1).strip();
            round = Integer.parseInt(m.group(3));
        }
        int space = what.indexOf(' ');
        if (space > 0 && Command.isWord(what.substring(0, space), Command.HANDS.helpKey() + ".word")) {
            correctHands(line, command, item, round, what.substring(space + 1).strip(), reason);
            return;
        }
        int cut = VotingCommands.positionCut(item, what);
        if (cut <= 0) {
            throw line.usage(command);
        }
        Participant who = line.service.findParticipant(line.sessionId, what.substring(0, cut));
        String typed = what.substring(cut + 1).strip();
        Position position = typed.equals(NONE) ? null : VotingCommands.position(line, typed, item);
        line.service.correctPosition(line.sessionId, item.number(), round, who, position, reason);
        line.out.println(line.msg.get("line.correct.position.done", who.name(), round));
        showRound(line, item, round);
    }

    /** A whole show of hands set anew in a revealed round: each count that differs is one correction. */
    private static void correctHands(LineContext line, Command command, SessionItem item, int round, String counts,
                                     String reason) {
        Map<Integer, Integer> wanted = VotingCommands.handCounts(line, command,
                line.word(command) + " " + line.word(Command.HANDS), item, counts);
        line.service.correctHands(line.sessionId, item.number(), round, wanted, reason);
        line.wrap(line.msg.get("line.correct.hands.done", round, VotingCommands.handParts(line, item.item().form(), wanted)));
        showRound(line, item, round);
    }

    private static void showRound(LineContext line, SessionItem item, int round) {
        line.view().result(line.out, line.service.record(line.sessionId), item.number(), round);
    }

    /** 'bewerk 3 nieuwe tekst': changes the text of argument (or answer) 3 of this item. */
    static void edit(LineContext line, Command command, String rest) {
        int space = rest.indexOf(' ');
        if (space < 0) {
            throw line.usage(command);
        }
        SessionItem item = line.current();
        String number = rest.substring(0, space);
        Argument a = ArgumentNumbers.find(line, line.service.record(line.sessionId), item.number(), number);
        line.service.editArgument(line.sessionId, a.id(), rest.substring(space + 1), "");
        line.out.println(line.msg.get("line.argument.edited", number));
    }

    /**
     * 'wis 3' says which argument (or answer) it would delete and that its text is then kept nowhere;
     * 'wis 3 ja [: reden]' deletes it.
     */
    static void delete(LineContext line, Command command, String rest) {
        line.requireArgument(rest, command);
        int space = rest.indexOf(' ');
        String number = space < 0 ? rest : rest.substring(0, space);
        SessionItem item = line.current();
        Argument a = ArgumentNumbers.find(line, line.service.record(line.sessionId), item.number(), number);
        Optional<String> reason = confirmed(space < 0 ? "" : rest.substring(space + 1).strip());
        if (reason.isEmpty()) {
            line.wrap(line.msg.get("line.argument.delete.ask", number, LineContext.echo(a.text()),
                    goAhead(line, command, number)));
            return;
        }
        line.service.deleteArgument(line.sessionId, a.id(), reason.get());
        line.out.println(line.msg.get("line.argument.deleted", number));
    }
}
