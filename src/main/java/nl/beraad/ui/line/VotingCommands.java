package nl.beraad.ui.line;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.beraad.app.RoundProgress;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.CleanText;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Side;
import nl.beraad.domain.Vote;
import nl.beraad.domain.VoteMethod;
import nl.beraad.text.ResponseWords;
import nl.beraad.text.ScaleLabels;
import org.jline.utils.InfoCmp;

/** Line mode's commands for taking positions in a round and revealing them. */
final class VotingCommands {
    private VotingCommands() {
    }

    /** How to respond to this item, in the words of its kind. */
    static String hint(LineContext line, SessionItem item) {
        return ResponseWords.hint(line.msg, item.item().form(), line.word(Command.ANSWER), line.word(Command.IN_TURN));
    }

    /** Refuses a vote on an open question, saying how its answers are recorded instead. */
    private static void requirePositions(LineContext line, SessionItem item) {
        if (!item.item().kind().takesPositions()) {
            throw BeraadException.invalid("vote.on.question", line.msg.get("vote.question"), hint(line, item));
        }
    }

    /**
     * "stem Anouk de Vries 2": the last word is the position, everything before it the name. On an
     * item with several numbers ("stem Anouk 40, 30, 30") all trailing number words belong to it.
     */
    static void vote(LineContext line, Command command, String rest) {
        SessionItem item = line.current();
        requirePositions(line, item);
        int cut = positionCut(item, rest);
        if (cut <= 0) {
            throw line.usage(command);
        }
        Participant who = line.service.findParticipant(line.sessionId, rest.substring(0, cut));
        Position position = position(line, rest.substring(cut + 1), item);
        line.service.vote(line.sessionId, item.number(), who, position, VoteMethod.NAMED);
        line.out.println(line.msg.get("vote.recorded", who.name(), item.round(), progress(line, item)));
    }

    /**
     * Where the name ends and the position begins in "Anouk de Vries 2" (or "Anouk 40, 30, 30" on an
     * item with several numbers); 0 or less when there is no name before a position.
     */
    static int positionCut(SessionItem item, String rest) {
        int cut = rest.lastIndexOf(' ');
        if (item.item().kind().hasOptions()) {
            while (cut > 0 && ResponseWords.looksLikeNumbers(rest.substring(rest.lastIndexOf(' ', cut - 1) + 1, cut))) {
                cut = rest.lastIndexOf(' ', cut - 1);
            }
        }
        return cut;
    }

    static Position position(LineContext line, String typed, SessionItem item) {
        return ResponseWords.parse(typed, item.item().form()).orElseThrow(
                () -> BeraadException.invalid("vote.position.unknown", LineContext.echo(typed.strip()), hint(line, item)));
    }

    private static String progress(LineContext line, SessionItem item) {
        RoundProgress round = line.service.roundProgress(line.sessionId, item.number());
        return line.msg.get("vote.progress", round.answered(), round.expected());
    }

    /** Asks everyone who has not voted yet, one after the other; the typed position is not echoed. */
    static void inTurn(LineContext line, Command command, String rest) {
        SessionItem item = line.current();
        if (!item.item().kind().takesPositions()) {
            pollAnswers(line, item);
            return;
        }
        if (item.isRevealed(item.round())) {
            throw BeraadException.conflict("vote.revealed", item.round());
        }
        List<Participant> waiting = line.service.stillToAnswer(line.sessionId, item.number());
        if (waiting.isEmpty()) {
            line.out.println(line.service.participants(line.sessionId).isEmpty()
                    ? line.msg.get("participants.none", line.word(Command.PARTICIPANT))
                    : line.msg.get("poll.everyone"));
            return;
        }
        line.wrap(line.msg.get("poll.intro", hint(line, item)));
        for (Participant p : waiting) {
            if (!pollOne(line, p, item)) {
                break;
            }
        }
        line.out.println(line.msg.get("poll.done", progress(line, item)));
    }

    /** One participant's turn; false when the facilitator stops the round of asking. */
    private static boolean pollOne(LineContext line, Participant p, SessionItem item) {
        for (int attempt = 0; attempt < 3; attempt++) {
            line.out.flush();
            String answer = CleanText.line(line.interactive
                    ? line.reader.readLine(line.msg.get("poll.prompt", p.name()), '*')
                    : line.reader.readLine(line.msg.get("poll.prompt", p.name())));
            if (answer.isEmpty()) {
                line.out.println(line.msg.get("poll.skipped", p.name()));
                return true;
            }
            if (Command.find(answer).filter(c -> c == Command.STOP).isPresent()) {
                return false;
            }
            var position = ResponseWords.parse(answer, item.item().form());
            if (position.isEmpty()) {
                line.wrap(line.msg.get("vote.position.unknown", LineContext.echo(answer), hint(line, item)));
                continue;
            }
            try {
                line.service.vote(line.sessionId, item.number(), p, position.get(), VoteMethod.IN_TURN);
            } catch (BeraadException e) {
                if (e.exitCode() != ExitCode.INVALID_INPUT) {
                    throw e;
                }
                e.problems().forEach(problem -> line.wrap(line.msg.problem(problem)));
                continue;
            }
            if (line.interactive) {
                // Blank the screen so the next person cannot read this one's position.
                line.reader.getTerminal().puts(InfoCmp.Capability.clear_screen);
            }
            line.out.println(line.msg.get("poll.recorded", p.name()));
            return true;
        }
        line.out.println(line.msg.get("poll.skipped", p.name()));
        return true;
    }

    /**
     * Asks everyone who has not answered an open question yet, one after the other; answers are not
     * secret, so they are echoed.
     */
    private static void pollAnswers(LineContext line, SessionItem item) {
        // Asked of the members present, as positions are; observers and absent members are not asked.
        List<Participant> people = line.service.voters(line.sessionId);
        if (people.isEmpty()) {
            line.out.println(line.msg.get("participants.none", line.word(Command.PARTICIPANT)));
            return;
        }
        List<Participant> waiting = line.service.stillToAnswer(line.sessionId, item.number());
        if (waiting.isEmpty()) {
            line.out.println(line.msg.get("poll.everyone.answered"));
            return;
        }
        line.out.println(line.msg.get("poll.intro.question"));
        for (Participant p : waiting) {
            line.out.flush();
            String answer = CleanText.line(line.reader.readLine(line.msg.get("poll.prompt.question", p.name())));
            if (Command.find(answer).filter(c -> c == Command.STOP).isPresent()) {
                break;
            }
            if (answer.isEmpty()) {
                line.out.println(line.msg.get("poll.skipped", p.name()));
                continue;
            }
            line.service.addArgument(line.sessionId, item.number(), p, Side.NONE, answer);
            line.out.println(line.msg.get("answer.recorded", p.name()));
        }
    }

    /**
     * "handen 3,2,0,1,4": a show of hands, the number of hands per step or option in order, then
     * the abstentions (left out: none). The whole line is one count, checked as one by the service,
     * so a refused line changes nothing.
     */
    static void hands(LineContext line, Command command, String rest) {
        SessionItem item = line.current();
        if (item.isRevealed(item.round()) && item.item().kind().takesPositions()) {
            throw BeraadException.conflict("vote.revealed", item.round());
        }
        java.util.Map<Integer, Integer> byPosition = handCounts(line, command, line.word(command), item, rest);
        line.service.countHands(line.sessionId, item.number(), byPosition);
        RoundProgress progress = line.service.roundProgress(line.sessionId, item.number());
        line.wrap(line.msg.get("line.hands.recorded", item.round(), handParts(line, item.item().form(), byPosition),
                line.msg.counted("count.hands", progress.hands()),
                line.msg.counted("count.participants", progress.expected())));
    }

    /**
     * "3,2,0,1,4" read as a show of hands on the item: hands per step or option in order, then the
     * abstentions (left out: none), as position to hands (0: abstentions), steps first. A wrong
     * number of counts is refused with an example that starts with {@code typedAs} ('handen').
     */
    static java.util.Map<Integer, Integer> handCounts(LineContext line, Command command, String typedAs, SessionItem item,
                                                      String typedCounts) {
        requirePositions(line, item);
        ItemForm form = item.item().form();
        if (!form.allowsShowOfHands()) {
            throw BeraadException.invalid("hands.kind");
        }
        line.requireArgument(typedCounts, command);
        String[] typed = typedCounts.strip().split("[,;\\s]+");
        int positions = form.handPositions();
        if (typed.length != positions && typed.length != positions + 1) {
            throw BeraadException.invalid("line.hands.count", positions, positions + 1, typedAs);
        }
        java.util.Map<Integer, Integer> byPosition = new java.util.LinkedHashMap<>();
        for (int i = 0; i <= positions; i++) {
            String count = i < typed.length ? typed[i] : "0";
            if (!count.matches("[0-9]{1,4}")) {
                throw BeraadException.invalid("hands.number", LineContext.echo(count));
            }
            byPosition.put(i < positions ? i + 1 : 0, Integer.parseInt(count));
        }
        return byPosition;
    }

    /** "1 sterk A: 2 · 2 A: 0 · … · onthouding: 1": a show of hands as said back. */
    static String handParts(LineContext line, ItemForm form, java.util.Map<Integer, Integer> byPosition) {
        List<String> parts = new ArrayList<>();
        byPosition.forEach((position, hands) -> parts.add(line.msg.get("line.hands.part", handLabel(line, form, position), hands)));
        return String.join(" · ", parts);
    }

    /** "1 sterk A", "2 Jeugdhulp", "onthouding": what one count of a show of hands is for. */
    private static String handLabel(LineContext line, ItemForm form, int position) {
        if (position == 0) {
            return line.msg.get("scale.abstain");
        }
        return position + " " + (form.kind().isScaled()
                ? new ScaleLabels(line.msg, form.kind()).label(form.scale(), Position.step(position))
                : form.options().get(position - 1));
    }

    static Set<ParticipantId> votedIds(LineContext line, SessionItem item) {
        return line.service.votes(line.sessionId, item.number(), item.round()).stream()
                .map(Vote::participantId).collect(Collectors.toSet());
    }

    /**
     * Reveals the round; before every member present has a position only with the word for "anyway"
     * ('onthul toch'), so a reveal typed too early does not show a half round for good.
     */
    static void reveal(LineContext line, Command command, String rest) {
        SessionItem before = line.current();
        boolean anyway = rest.strip().equalsIgnoreCase(line.msg.get("reveal.anyway"));
        if (!anyway && !before.isRevealed(before.round()) && before.item().kind().takesPositions()) {
            RoundProgress progress = line.service.roundProgress(line.sessionId, before.number());
            if (!progress.complete()) {
                String again = line.word(Command.REVEAL) + " " + line.msg.get("reveal.anyway");
                line.wrap(progress.answered() == 0 ? line.msg.get("reveal.ask.none", progress.expected(), again)
                        : line.msg.get("reveal.ask", progress.answered(), progress.expected(),
                        LineContext.names(progress.missing()), again));
                return;
            }
        }
        SessionItem item = line.service.reveal(line.sessionId, before.number());
        RoundProgress progress = line.service.roundProgress(line.sessionId, item.number());
        List<Participant> missing = progress.missing();
        SessionRecord r = line.service.record(line.sessionId);
        line.view().result(line.out, r, item.number(), item.round());
        // A show of hands names nobody, so it cannot say who did not raise a hand.
        if (!missing.isEmpty() && progress.hands() == 0) {
            line.wrap(line.msg.get("reveal.missing", LineContext.names(missing)));
        }
        if (item.round() == 1) {
            line.wrap(line.msg.get("reveal.next", line.word(Command.ARGUMENT), line.word(Command.SECOND_ROUND),
                    line.word(Command.CONCLUSION)));
        }
    }

    static void result(LineContext line, Command command, String rest) {
        results(line);
    }

    /** Every revealed round of the current item, or its answers on an open question. */
    static void results(LineContext line) {
        SessionItem item = line.current();
        SessionRecord r = line.service.record(line.sessionId);
        if (!item.item().kind().takesPositions()) {
            line.view().arguments(line.out, r, item);
            return;
        }
        if (item.revealedRound() == 0) {
            line.out.println(line.msg.get("result.hidden", line.word(Command.REVEAL)));
            return;
        }
        for (int round = 1; round <= item.revealedRound(); round++) {
            line.view().result(line.out, r, item.number(), round);
        }
    }

    static void secondRound(LineContext line, Command command, String rest) {
        SessionItem item = line.service.startSecondRound(line.sessionId, line.current().number());
        line.wrap(line.msg.get("round.opened", item.round(), line.word(Command.VOTE), line.word(Command.IN_TURN)));
    }
}
