package nl.beraad.ui.line;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.beraad.app.RoundProgress;
import nl.beraad.app.SessionClaim;
import nl.beraad.app.SessionService;
import nl.beraad.domain.Argument;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.CleanText;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.ItemCounts;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.Problem;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.SessionStatus;
import nl.beraad.domain.Side;
import nl.beraad.domain.Vote;
import nl.beraad.text.ItemStatus;
import nl.beraad.text.Messages;
import nl.beraad.text.ResponseWords;
import nl.beraad.text.SideKeys;
import nl.beraad.text.TerminalSafeWriter;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.utils.InfoCmp;

/**
 * A session in line mode: a small command language read line by line, the same whether a person
 * types at a terminal, a screen reader speaks it, or a script pipes it in. Every command that
 * changes something has been stored by the time its confirmation is printed.
 */
public final class LineSession {
    /** How the loop ended: the session paused (resume later) or finished. */
    public enum Outcome { PAUSED, FINISHED }

    private static final int PROMPT_TITLE_MAX = 24;
    /**
     * The longest line a command may be, in UTF-16 units as the texts in it are measured: room for
     * the command word and a name before the longest text (a conclusion). A longer line is refused
     * as a whole, so no part of it is stored.
     */
    public static final int MAX_LINE = Conclusion.MAX_LENGTH + 1000;
    /** How much of a mistyped word or answer a message repeats. */
    private static final int ECHO_MAX = 60;

    private final SessionService service;
    private final Messages msg;
    private final LineReader reader;
    private final PrintWriter out;
    private final long sessionId;
    private final boolean interactive;

    public LineSession(SessionService service, Messages msg, LineReader reader, long sessionId, boolean interactive) {
        this.service = service;
        this.msg = msg;
        this.reader = reader;
        // Names, texts and set contents come from the database; JLine's own escape sequences do not
        // pass through here, so the session's output can be made safe without touching them.
        this.out = new PrintWriter(new TerminalSafeWriter(reader.getTerminal().writer()));
        this.sessionId = sessionId;
        this.interactive = interactive;
    }

    /** A view for the terminal's width now: the window may have been resized since the last command. */
    private ItemView view() {
        int width = reader.getTerminal().getWidth();
        return new ItemView(msg, width <= 0 ? 80 : Math.min(width - 1, 100));
    }

    public Outcome run() {
        greet();
        while (true) {
            out.flush();
            try {
                String raw = reader.readLine(prompt());
                if (raw.length() > MAX_LINE) {
                    out.println(msg.get("line.long", MAX_LINE));
                    continue;
                }
                String line = CleanText.line(raw.replace("\\ ", " "));
                if (line.isEmpty()) {
                    continue;
                }
                Outcome outcome = execute(line);
                if (outcome != null) {
                    out.flush();
                    return outcome;
                }
            } catch (UserInterruptException | EndOfFileException e) {
                paused();
                return Outcome.PAUSED;
            } catch (BeraadException e) {
                if (e.exitCode() == ExitCode.ERROR || e.exitCode() == ExitCode.INTERNAL || SessionClaim.lost(e)) {
                    throw e; // the database is gone or broken, or the session was taken over: going on would only repeat the failure
                }
                for (Problem p : e.problems()) {
                    out.println(msg.problem(p));
                }
            }
        }
    }

    private void greet() {
        Session s = service.session(sessionId);
        view().wrap(out, msg.get("session.opened", s.id(), s.title(), s.setId()), "  ");
        if (service.participants(sessionId).isEmpty()) {
            view().wrap(out, msg.get("session.hint.participants", Command.PARTICIPANT.word(msg.language()),
                    Command.SHOW.word(msg.language())), "");
        } else {
            present();
        }
        out.println(msg.get("session.hint.help", Command.HELP.word(msg.language())));
    }

    private String prompt() {
        Session s = service.session(sessionId);
        SessionItem item = current(s);
        String phase;
        if (!item.item().kind().takesPositions()) {
            phase = msg.counted("prompt.answers", service.arguments(sessionId, item.number()).size());
        } else if (item.isRevealed(item.round())) {
            phase = msg.get("prompt.revealed", item.round());
        } else {
            int voted = service.votes(sessionId, item.number(), item.round()).size();
            phase = msg.get("prompt.voting", item.round(), voted, service.voters(sessionId).size());
        }
        String title = item.item().title();
        if (title.length() > PROMPT_TITLE_MAX) {
            title = title.substring(0, PROMPT_TITLE_MAX - 1) + "…";
        }
        return "[" + item.number() + "/" + service.items(sessionId).size() + " " + title + " · " + phase + "] > ";
    }

    /** Typed text as a message repeats it: cut short, so a pasted page is not printed back whole. */
    private static String echo(String typed) {
        return typed.codePointCount(0, typed.length()) <= ECHO_MAX ? typed
                : typed.substring(0, typed.offsetByCodePoints(0, ECHO_MAX - 1)) + "…";
    }

    private SessionItem current(Session s) {
        return service.item(sessionId, s.currentItem());
    }

    private SessionItem current() {
        return current(service.session(sessionId));
    }

    Outcome execute(String line) {
        int space = line.indexOf(' ');
        String word = space < 0 ? line : line.substring(0, space);
        String rest = space < 0 ? "" : line.substring(space + 1).strip();
        Command command = Command.find(word).orElseThrow(
                () -> BeraadException.invalid("cmd.unknown", echo(word), Command.HELP.word(msg.language())));
        switch (command) {
            case HELP -> help(rest);
            case PARTICIPANT -> addParticipants(rest, command);
            case PARTICIPANTS -> listParticipants();
            case SHOW -> present();
            case VOTE -> vote(rest, command);
            case IN_TURN -> inTurn();
            case REVEAL -> reveal(rest);
            case RESULT -> results();
            case SECOND_ROUND -> secondRound();
            case ARGUMENT -> argument(rest, command);
            case ANSWER -> answer(rest, command);
            case ARGUMENTS -> {
                SessionRecord r = service.record(sessionId);
                SessionItem item = current();
                view().arguments(out, item.item().kind(), r.arguments(item.number()), r.participantsById());
            }
            case CONCLUSION -> conclusion(rest);
            case NEXT -> next();
            case PREVIOUS -> moveTo(current().number() - 1);
            case GOTO -> moveTo(number(rest, command));
            case OVERVIEW -> overview();
            case STOP -> {
                paused();
                return Outcome.PAUSED;
            }
            case FINISH -> {
                service.finish(sessionId);
                out.println(msg.get("session.finished.report", sessionId));
                return Outcome.FINISHED;
            }
            default -> throw new IllegalStateException("unhandled command " + command);
        }
        return null;
    }

    private void help(String about) {
        String lang = msg.language();
        if (!about.isEmpty()) {
            Command c = Command.find(about).orElseThrow(
                    () -> BeraadException.invalid("cmd.unknown", about, Command.HELP.word(lang)));
            out.println(msg.get(c.helpKey() + ".usage", c.word(lang)));
            view().wrap(out, "  " + msg.get(c.helpKey()), "  ");
            return;
        }
        out.println(msg.get("help.heading"));
        for (Command c : Command.values()) {
            String usage = msg.get(c.helpKey() + ".usage", c.word(lang));
            view().wrap(out, "  " + String.format("%-34s", usage) + " " + msg.get(c.helpKey()), " ".repeat(37));
        }
        view().wrap(out, msg.get("help.positions"), "");
    }

    private void addParticipants(String rest, Command command) {
        requireArgument(rest, command);
        for (String name : rest.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            Participant p = service.addParticipant(sessionId, name);
            out.println(msg.get("participant.added", p.name(), p.seq()));
        }
    }

    private void listParticipants() {
        List<Participant> people = service.participants(sessionId);
        if (people.isEmpty()) {
            out.println(msg.get("participants.none", Command.PARTICIPANT.word(msg.language())));
            return;
        }
        SessionItem item = current();
        Set<Long> voted = votedIds(item);
        out.println(msg.get("participants.heading", people.size()));
        for (Participant p : people) {
            String mark = voted.contains(p.id()) ? msg.get("participants.voted", item.round()) : "";
            out.println("  " + p.seq() + ". " + p.name() + ParticipantMarks.of(msg, p) + mark);
        }
    }

    private void present() {
        SessionItem item = current();
        view().present(out, item, service.items(sessionId).size());
        if (item.revealedRound() > 0) {
            results();
        } else if (service.participants(sessionId).isEmpty()) {
            out.println(msg.get("participants.none", Command.PARTICIPANT.word(msg.language())));
        } else if (!item.item().kind().takesPositions()) {
            view().wrap(out, hint(item), "");
            SessionRecord r = service.record(sessionId);
            if (!r.arguments(item.number()).isEmpty()) {
                view().arguments(out, item.item().kind(), r.arguments(item.number()), r.participantsById());
            }
        } else {
            view().wrap(out, msg.get("item.how.vote", Command.VOTE.word(msg.language()),
                    Command.IN_TURN.word(msg.language()), Command.REVEAL.word(msg.language())) + " " + hint(item), "");
        }
    }

    /** How to respond to this item, in the words of its kind. */
    private String hint(SessionItem item) {
        return ResponseWords.hint(msg, item.item().form(), Command.ANSWER.word(msg.language()),
                Command.IN_TURN.word(msg.language()));
    }

    /** Refuses a vote on an open question, saying how its answers are recorded instead. */
    private void requirePositions(SessionItem item) {
        if (!item.item().kind().takesPositions()) {
            throw BeraadException.invalid("vote.on.question", msg.get("vote.question"), hint(item));
        }
    }

    /**
     * "stem Anouk de Vries 2": the last word is the position, everything before it the name. On an
     * item with several numbers ("stem Anouk 40, 30, 30") all trailing number words belong to it.
     */
    private void vote(String rest, Command command) {
        SessionItem item = current();
        requirePositions(item);
        int cut = rest.lastIndexOf(' ');
        if (item.item().kind().hasOptions()) {
            while (cut > 0 && ResponseWords.looksLikeNumbers(rest.substring(rest.lastIndexOf(' ', cut - 1) + 1, cut))) {
                cut = rest.lastIndexOf(' ', cut - 1);
            }
        }
        if (cut <= 0) {
            throw BeraadException.invalid("cmd.usage", msg.get(command.helpKey() + ".usage", command.word(msg.language())));
        }
        Participant who = service.findParticipant(sessionId, rest.substring(0, cut));
        Position position = position(rest.substring(cut + 1), item);
        service.vote(sessionId, item.number(), who, position);
        out.println(msg.get("vote.recorded", who.name(), item.round(), progress(item)));
    }

    private Position position(String typed, SessionItem item) {
        return ResponseWords.parse(typed, item.item().form()).orElseThrow(
                () -> BeraadException.invalid("vote.position.unknown", echo(typed.strip()), hint(item)));
    }

    private String progress(SessionItem item) {
        return msg.get("vote.progress", service.votes(sessionId, item.number(), item.round()).size(),
                service.voters(sessionId).size());
    }

    /** Asks everyone who has not voted yet, one after the other; the typed position is not echoed. */
    private void inTurn() {
        SessionItem item = current();
        if (!item.item().kind().takesPositions()) {
            pollAnswers(item);
            return;
        }
        if (item.isRevealed(item.round())) {
            throw BeraadException.conflict("vote.revealed", item.round());
        }
        Set<Long> voted = votedIds(item);
        List<Participant> waiting = service.voters(sessionId).stream()
                .filter(p -> !voted.contains(p.id())).toList();
        if (waiting.isEmpty()) {
            out.println(service.participants(sessionId).isEmpty()
                    ? msg.get("participants.none", Command.PARTICIPANT.word(msg.language()))
                    : msg.get("poll.everyone"));
            return;
        }
        view().wrap(out, msg.get("poll.intro", hint(item)), "");
        for (Participant p : waiting) {
            if (!pollOne(p, item)) {
                break;
            }
        }
        out.println(msg.get("poll.done", progress(item)));
    }

    /** One participant's turn; false when the facilitator stops the round of asking. */
    private boolean pollOne(Participant p, SessionItem item) {
        for (int attempt = 0; attempt < 3; attempt++) {
            out.flush();
            String answer = CleanText.line(interactive
                    ? reader.readLine(msg.get("poll.prompt", p.name()), '*')
                    : reader.readLine(msg.get("poll.prompt", p.name())));
            if (answer.isEmpty()) {
                out.println(msg.get("poll.skipped", p.name()));
                return true;
            }
            if (Command.find(answer).filter(c -> c == Command.STOP).isPresent()) {
                return false;
            }
            var position = ResponseWords.parse(answer, item.item().form());
            if (position.isEmpty()) {
                view().wrap(out, msg.get("vote.position.unknown", echo(answer), hint(item)), "");
                continue;
            }
            try {
                service.vote(sessionId, item.number(), p, position.get());
            } catch (BeraadException e) {
                if (e.exitCode() != ExitCode.INVALID_INPUT) {
                    throw e;
                }
                e.problems().forEach(problem -> view().wrap(out, msg.problem(problem), ""));
                continue;
            }
            if (interactive) {
                // Blank the screen so the next person cannot read this one's position.
                reader.getTerminal().puts(InfoCmp.Capability.clear_screen);
            }
            out.println(msg.get("poll.recorded", p.name()));
            return true;
        }
        out.println(msg.get("poll.skipped", p.name()));
        return true;
    }

    /**
     * Asks everyone who has not answered an open question yet, one after the other; answers are not
     * secret, so they are echoed.
     */
    private void pollAnswers(SessionItem item) {
        // Asked of the members present, as positions are; observers and absent members are not asked.
        List<Participant> people = service.voters(sessionId);
        if (people.isEmpty()) {
            out.println(msg.get("participants.none", Command.PARTICIPANT.word(msg.language())));
            return;
        }
        Set<Long> answered = service.arguments(sessionId, item.number()).stream()
                .map(Argument::participantId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        List<Participant> waiting = people.stream().filter(p -> !answered.contains(p.id())).toList();
        if (waiting.isEmpty()) {
            out.println(msg.get("poll.everyone.answered"));
            return;
        }
        out.println(msg.get("poll.intro.question"));
        for (Participant p : waiting) {
            out.flush();
            String answer = CleanText.line(reader.readLine(msg.get("poll.prompt.question", p.name())));
            if (Command.find(answer).filter(c -> c == Command.STOP).isPresent()) {
                break;
            }
            if (answer.isEmpty()) {
                out.println(msg.get("poll.skipped", p.name()));
                continue;
            }
            service.addArgument(sessionId, item.number(), p, Side.NONE, answer);
            out.println(msg.get("answer.recorded", p.name()));
        }
    }

    private static String names(List<Participant> people) {
        return String.join(", ", people.stream().map(Participant::name).toList());
    }

    private Set<Long> votedIds(SessionItem item) {
        return service.votes(sessionId, item.number(), item.round()).stream()
                .map(Vote::participantId).collect(Collectors.toSet());
    }

    /**
     * Reveals the round; before every member present has a position only with the word for "anyway"
     * ('onthul toch'), so a reveal typed too early does not show a half round for good.
     */
    private void reveal(String rest) {
        SessionItem before = current();
        boolean anyway = rest.strip().equalsIgnoreCase(msg.get("reveal.anyway"));
        if (!anyway && !before.isRevealed(before.round()) && before.item().kind().takesPositions()) {
            RoundProgress progress = service.roundProgress(sessionId, before.number());
            if (!progress.complete()) {
                String again = Command.REVEAL.word(msg.language()) + " " + msg.get("reveal.anyway");
                view().wrap(out, progress.answered() == 0 ? msg.get("reveal.ask.none", progress.expected(), again)
                        : msg.get("reveal.ask", progress.answered(), progress.expected(), names(progress.missing()),
                        again), "");
                return;
            }
        }
        SessionItem item = service.reveal(sessionId, before.number());
        List<Participant> missing = service.roundProgress(sessionId, item.number()).missing();
        SessionRecord r = service.record(sessionId);
        view().result(out, r, item.number(), item.round());
        if (!missing.isEmpty()) {
            view().wrap(out, msg.get("reveal.missing", names(missing)), "");
        }
        if (item.round() == 1) {
            view().wrap(out, msg.get("reveal.next", Command.ARGUMENT.word(msg.language()),
                    Command.SECOND_ROUND.word(msg.language()), Command.CONCLUSION.word(msg.language())), "");
        }
    }

    private void results() {
        SessionItem item = current();
        SessionRecord r = service.record(sessionId);
        if (!item.item().kind().takesPositions()) {
            view().arguments(out, item.item().kind(), r.arguments(item.number()), r.participantsById());
            return;
        }
        if (item.revealedRound() == 0) {
            out.println(msg.get("result.hidden", Command.REVEAL.word(msg.language())));
            return;
        }
        for (int round = 1; round <= item.revealedRound(); round++) {
            view().result(out, r, item.number(), round);
        }
    }

    private void secondRound() {
        SessionItem item = service.startSecondRound(sessionId, current().number());
        view().wrap(out, msg.get("round.opened", item.round(), Command.VOTE.word(msg.language()),
                Command.IN_TURN.word(msg.language())), "");
    }

    /**
     * "argument A Anouk: tekst" records Anouk's argument for pole A; "argument B tekst" (or
     * "argument B -: tekst") an anonymous one. On a statement the side is "eens" or "oneens"; an
     * item with options or an open question has no sides, so the side may be left out. A short
     * unknown name before the colon is refused rather than guessed, so nobody is quoted under the
     * wrong name or as "anonymous" by a typo.
     */
    private void argument(String rest, Command command) {
        SessionItem item = current();
        ItemKind kind = item.item().kind();
        String usage = kind == ItemKind.STATEMENT ? msg.get("argument.usage.statement", command.word(msg.language()))
                : kind.isScaled() ? msg.get(command.helpKey() + ".usage", command.word(msg.language()))
                : msg.get("argument.usage.options", command.word(msg.language()));
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
        record(item, side, remainder);
    }

    /** "antwoord Anouk: tekst" on an open question. */
    private void answer(String rest, Command command) {
        SessionItem item = current();
        if (item.item().kind().takesPositions()) {
            throw BeraadException.invalid("answer.not.question", Command.ARGUMENT.word(msg.language()));
        }
        requireArgument(rest, command);
        record(item, Side.NONE, rest);
    }

    /** Stores an argument or answer, taking the speaker from "naam:" at the start of the text. */
    private void record(SessionItem item, Side side, String remainder) {
        SpokenText spoken = SpokenText.parse(service, sessionId, remainder);
        Participant by = spoken.speaker();
        String text = spoken.text();
        service.addArgument(sessionId, item.number(), by, side, text);
        String name = by == null ? msg.get("arguments.anonymous") : by.name();
        if (!item.item().kind().takesPositions()) {
            out.println(msg.get("answer.recorded", name));
            return;
        }
        if (!item.item().kind().isScaled()) {
            out.println(msg.get("argument.recorded.plain", name));
            return;
        }
        out.println(msg.get("argument.recorded", name, msg.get(SideKeys.key("side.", item.item().kind(), side))));
    }

    private Side side(String typed, ItemKind kind) {
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

    private void conclusion(String text) {
        SessionItem item = current();
        if (text.isEmpty()) {
            SessionRecord r = service.record(sessionId);
            out.println(r.conclusion(item.number()).map(c -> msg.get("conclusion.current", c.text()))
                    .orElse(msg.get("conclusion.none", Command.CONCLUSION.word(msg.language()))));
            return;
        }
        Conclusion c = service.conclude(sessionId, item.number(), text);
        out.println(msg.get("conclusion.recorded", item.number(), c.text()));
    }

    private void next() {
        SessionItem item = current();
        int count = service.items(sessionId).size();
        warnIfUnfinished(item);
        if (item.number() >= count) {
            out.println(msg.get("session.last.item", Command.FINISH.word(msg.language())));
            return;
        }
        moveTo(item.number() + 1);
    }

    private void warnIfUnfinished(SessionItem item) {
        SessionRecord r = service.record(sessionId);
        if (item.revealedRound() == 0 && !r.votes(item.number(), 1).isEmpty()) {
            out.println(msg.get("item.warn.unrevealed", item.number()));
        }
        if (r.conclusion(item.number()).isEmpty()) {
            out.println(msg.get("item.warn.conclusion", item.number()));
        }
    }

    private void moveTo(int number) {
        int count = service.items(sessionId).size();
        if (number < 1 || number > count) {
            throw BeraadException.invalid("item.unknown", number, count);
        }
        service.moveTo(sessionId, number);
        present();
    }

    private int number(String typed, Command command) {
        if (!typed.matches("[0-9]{1,4}")) {
            throw BeraadException.invalid("cmd.usage", msg.get(command.helpKey() + ".usage", command.word(msg.language())));
        }
        return Integer.parseInt(typed);
    }

    private void overview() {
        Session session = service.session(sessionId);
        out.println(msg.get("overview.heading", session.title(),
                msg.counted("count.participants", service.participants(sessionId).size())));
        List<SessionItem> items = service.items(sessionId);
        List<ItemCounts> counts = service.itemCounts(sessionId);
        for (int i = 0; i < items.size(); i++) {
            SessionItem item = items.get(i);
            String marker = item.number() == session.currentItem() ? "> " : "  ";
            out.println(marker + item.number() + ". " + item.item().title() + " — " + ItemStatus.of(msg, item, counts.get(i)));
        }
        if (session.status() == SessionStatus.FINISHED) {
            out.println(msg.get("overview.finished"));
        }
    }

    private void paused() {
        out.println();
        out.println(msg.get("session.paused", sessionId));
        out.flush();
    }

    private void requireArgument(String rest, Command command) {
        if (rest.isEmpty()) {
            throw BeraadException.invalid("cmd.usage", msg.get(command.helpKey() + ".usage", command.word(msg.language())));
        }
    }
}
