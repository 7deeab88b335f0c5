package nl.beraad.ui.line;

import java.io.PrintWriter;
import nl.beraad.app.RoundProgress;
import nl.beraad.app.SessionClaim;
import nl.beraad.app.SessionService;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.CleanText;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.Problem;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionStatus;
import nl.beraad.text.Messages;
import nl.beraad.text.TerminalSafeWriter;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

/**
 * A session in line mode: a small command language read line by line, the same whether a person
 * types at a terminal, a screen reader speaks it, or a script pipes it in. Every command that
 * changes something has been stored by the time its confirmation is printed.
 */
public final class LineSession {
    /**
     * How the loop ended: the session paused (resume later) or finished, or the input ended (a pipe
     * closed, Ctrl-D, Ctrl-C at the prompt), which pauses too but lets {@code beraad serve --wait}
     * go on serving phones.
     */
    public enum Outcome { PAUSED, FINISHED, INPUT_ENDED }

    private static final int PROMPT_TITLE_MAX = 24;
    /**
     * The longest line a command may be, in UTF-16 units as the texts in it are measured: room for
     * the command word and a name before the longest text (a conclusion). A longer line is refused
     * as a whole, so no part of it is stored.
     */
    public static final int MAX_LINE = Conclusion.MAX_LENGTH + 1000;
    private final SessionService service;
    private final Messages msg;
    private final LineReader reader;
    private final PrintWriter out;
    private final SessionId sessionId;
    /** What the command handlers work with; the commands themselves are in {@link Command}. */
    private final LineContext line;

    public LineSession(SessionService service, LinePhones phones, Messages msg, LineReader reader, SessionId sessionId,
                       boolean interactive) {
        this.service = service;
        this.msg = msg;
        this.reader = reader;
        // Names, texts and set contents come from the database; JLine's own escape sequences do not
        // pass through here, so the session's output can be made safe without touching them.
        this.out = new PrintWriter(new TerminalSafeWriter(reader.getTerminal().writer()));
        this.sessionId = sessionId;
        this.line = new LineContext(service, phones, msg, reader, out, sessionId, interactive);
        // A finished session opens to be looked at, as on the meeting screen: reopening is asked for.
        line.readOnly = service.session(sessionId).status() == SessionStatus.FINISHED;
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
                String typed = CleanText.line(raw.replace("\\ ", " "));
                if (typed.isEmpty()) {
                    continue;
                }
                Outcome outcome = execute(typed);
                if (outcome != null) {
                    out.flush();
                    return outcome;
                }
            } catch (UserInterruptException | EndOfFileException e) {
                paused();
                return Outcome.INPUT_ENDED;
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
        line.view().wrap(out, msg.get("session.opened", s.id(), s.title(), s.setId()), "  ");
        if (line.readOnly) {
            line.wrap(msg.get("line.readonly.opened", s.id(), line.word(Command.REOPEN)));
        }
        if (service.participants(sessionId).isEmpty()) {
            line.wrap(msg.get(s.details().isAnonymous() ? "session.hint.participants.anonymous" : "session.hint.participants",
                    line.word(Command.PARTICIPANT), line.word(Command.SHOW)));
        } else {
            SessionCommands.present(line);
        }
        out.println(msg.get("session.hint.help", line.word(Command.HELP)));
    }

    private String prompt() {
        SessionItem item = line.current();
        String phase;
        if (line.readOnly) {
            phase = msg.get("line.prompt.readonly");
        } else if (!item.item().kind().takesPositions()) {
            phase = msg.counted("prompt.answers", service.arguments(sessionId, item.number()).size());
        } else if (item.isRevealed(item.round())) {
            phase = msg.get("prompt.revealed", item.round());
        } else {
            RoundProgress round = service.roundProgress(sessionId, item.number());
            phase = msg.get("prompt.voting", item.round(), round.answered(), round.expected());
        }
        if (line.timer.running()) {
            // Line mode prints nothing by itself: the prompt is where a running countdown is seen and heard.
            long left = line.timer.secondsLeft();
            phase += " · " + (left == 0 ? msg.get("line.prompt.timer.over") : msg.get("line.prompt.timer", LineTimer.clock(left)));
        }
        String title = item.item().title();
        if (title.length() > PROMPT_TITLE_MAX) {
            title = title.substring(0, PROMPT_TITLE_MAX - 1) + "…";
        }
        return "[" + item.number() + "/" + service.items(sessionId).size() + " " + title + " · " + phase + "] > ";
    }

    /** Finds the command the line starts with in the table and lets its handler do the rest. */
    Outcome execute(String typed) {
        int space = typed.indexOf(' ');
        String word = space < 0 ? typed : typed.substring(0, space);
        String rest = space < 0 ? "" : typed.substring(space + 1).strip();
        Command command = Command.find(word).orElseThrow(
                () -> BeraadException.invalid("cmd.unknown", LineContext.echo(word), line.word(Command.HELP)));
        if (line.readOnly && !command.looks(rest)) {
            throw BeraadException.conflict("line.readonly.refused", sessionId, line.word(Command.REOPEN));
        }
        return command.run(line, rest);
    }

    private void paused() {
        SessionCommands.paused(line);
    }
}
