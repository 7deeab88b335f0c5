package nl.beraad.ui.line;

import java.io.PrintWriter;
import java.util.List;
import nl.beraad.app.SessionService;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.text.AnswerSheet;
import nl.beraad.text.Bars;
import nl.beraad.text.Messages;
import org.jline.reader.LineReader;

/** What every command handler of one line-mode session works with: the service, the text, the terminal. */
final class LineContext {
    /** How much of a mistyped word or answer a message repeats. */
    private static final int ECHO_MAX = 60;

    final SessionService service;
    /** The phones and their vote page, for the phone commands. */
    final LinePhones phones;
    final Messages msg;
    final LineReader reader;
    final PrintWriter out;
    final SessionId sessionId;
    final boolean interactive;
    /** The speaking-time countdown, kept while the session runs in this terminal. */
    final LineTimer timer = new LineTimer(System::nanoTime);
    /** Whether results show bars after their counts, or the counts alone ('balken uit'). */
    boolean bars = true;
    /**
     * A finished session opened to look at: only commands that show run, until 'heropen ja' reopens
     * it; moving between items is kept here instead of stored, so looking changes nothing.
     */
    boolean readOnly;
    /** The item looked at in a finished session (null: the one it finished at). */
    ItemNo viewing;

    LineContext(SessionService service, LinePhones phones, Messages msg, LineReader reader, PrintWriter out,
                SessionId sessionId, boolean interactive) {
        this.service = service;
        this.phones = phones;
        this.msg = msg;
        this.reader = reader;
        this.out = out;
        this.sessionId = sessionId;
        this.interactive = interactive;
    }

    /** A view for the terminal's width now: the window may have been resized since the last command. */
    ItemView view() {
        int width = reader.getTerminal().getWidth();
        return new ItemView(msg, width <= 0 ? 80 : Math.min(width - 1, 100),
                bars ? Bars.Layout.COUNT_THEN_BAR : Bars.Layout.COUNT_ONLY);
    }

    /** The item as someone answering it sees it, with who still has to answer it. */
    AnswerSheet sheet(SessionItem item) {
        return AnswerSheet.of(msg, item, service.items(sessionId).size(), service.stillToAnswer(sessionId, item.number()));
    }

    /** The item the session is at now. */
    SessionItem current() {
        return service.item(sessionId, readOnly && viewing != null ? viewing : service.session(sessionId).currentItem());
    }

    /** A command's word in the UI language, for a message that tells what to type. */
    String word(Command command) {
        return command.word(msg.language());
    }

    /** "Gebruik: stem <naam> <positie>": refused input that says how the command is typed. */
    BeraadException usage(Command command) {
        return BeraadException.invalid("cmd.usage", msg.get(command.helpKey() + ".usage", word(command)));
    }

    void requireArgument(String rest, Command command) {
        if (rest.isEmpty()) {
            throw usage(command);
        }
    }

    void wrap(String text) {
        view().wrap(out, text, "");
    }

    /** Typed text as a message repeats it: cut short, so a pasted page is not printed back whole. */
    static String echo(String typed) {
        return typed.codePointCount(0, typed.length()) <= ECHO_MAX ? typed
                : typed.substring(0, typed.offsetByCodePoints(0, ECHO_MAX - 1)) + "…";
    }

    static String names(List<Participant> people) {
        return String.join(", ", people.stream().map(Participant::name).toList());
    }
}
