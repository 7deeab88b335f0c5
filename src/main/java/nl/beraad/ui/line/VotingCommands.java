package nl.beraad.ui.line;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.beraad.app.RoundProgress;
import nl.beraad.domain.Argument;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.CleanText;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Side;
import nl.beraad.domain.Vote;
import nl.beraad.domain.VoteMethod;
import nl.beraad.text.ResponseWords;
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
        int cut = rest.lastIndexOf(' ');
        if (item.item().kind().hasOptions()) {
            while (cut > 0 && ResponseWords.looksLikeNumbers(rest.substring(rest.lastIndexOf(' ', cut - 1) + 1, cut))) {
                cut = rest.lastIndexOf(' ', cut - 1);
            }
        }
        if (cut <= 0) {
            throw line.usage(command);
        }
        Participant who = line.service.findParticipant(line.sessionId, rest.substring(0, cut));
        Position position = position(line, rest.substring(cut + 1), item);
        line.service.vote(line.sessionId, item.number(), who, position, VoteMethod.NAMED);
        line.out.println(line.msg.get("vote.recorded", who.name(), item.round(), progress(line, item)));
    }

    private static Position position(LineContext line, String typed, SessionItem item) {
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
        Set<Long> voted = votedIds(line, item);
        List<Participant> waiting = line.service.voters(line.sessionId).stream()
                .filter(p -> !voted.contains(p.id())).toList();
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
        Set<Long> answered = line.service.arguments(line.sessionId, item.number()).stream()
                .map(Argument::participantId).filter(Objects::nonNull).collect(Collectors.toSet());
        List<Participant> waiting = people.stream().filter(p -> !answered.contains(p.id())).toList();
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

    static Set<Long> votedIds(LineContext line, SessionItem item) {
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
        List<Participant> missing = line.service.roundProgress(line.sessionId, item.number()).missing();
        SessionRecord r = line.service.record(line.sessionId);
        line.view().result(line.out, r, item.number(), item.round());
        if (!missing.isEmpty()) {
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
            line.view().arguments(line.out, item.item().kind(), r.arguments(item.number()), r.participantsById());
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
