package nl.beraad.ui.line;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Widget;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/** Builds the JLine terminal and reader for line mode: the real terminal when there is one, plain streams otherwise. */
public final class LineTerminals {
    private LineTerminals() {
    }

    /**
     * A terminal over the process's own terminal when {@code interactive}, else a dumb terminal over
     * the given streams (a pipe, a script, a test). Always UTF-8: over SSH with LANG=C the default
     * would be ASCII and é, ë, ï would break.
     */
    public static Terminal open(InputStream in, OutputStream out, boolean interactive) {
        try {
            if (interactive) {
                return TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8)
                        .nativeSignals(true).signalHandler(Terminal.SignalHandler.SIG_DFL).build();
            }
            return new DumbTerminal("beraad", Terminal.TYPE_DUMB, new LineInput(in, LineSession.MAX_LINE), out,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BeraadException(ExitCode.ERROR, java.util.List.of(
                    nl.beraad.domain.Problem.of("terminal.failed", e.getMessage())), e);
        }
    }

    /** A reader that leaves typed text alone: no history expansion of "!!", no quoting rules for "dilemma's". */
    public static LineReader reader(Terminal terminal, LineSessionCompletion completion) {
        DefaultParser parser = new DefaultParser();
        parser.setEofOnUnclosedQuote(false);
        parser.setEofOnEscapedNewLine(false);
        parser.setQuoteChars(new char[0]);
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .parser(parser)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, false)
                .variable(LineReader.BELL_STYLE, "none");
        if (completion != null) {
            builder.completer(new CommandCompleter(completion.language(), completion.participants()));
        }
        LineReader reader = builder.build();
        if (reader instanceof LineReaderImpl impl) {
            impl.setCompletionMatcher(new FoldingCompletionMatcher());
        }
        if (!Terminal.TYPE_DUMB.equals(terminal.getType()) && reader instanceof LineReaderImpl impl) {
            insertWhatIsWaiting(impl);
            pasteInBulk(impl, terminal);
        }
        return reader;
    }

    /**
     * On a real terminal JLine redraws the whole line after every character, so a paste of n
     * characters cost n redraws of a growing line: 20,000 characters took 9 s, a megabyte hours.
     * Here a typed character also takes every plain character already waiting behind it, so a
     * paste is drawn once per burst; beyond {@link LineSession#MAX_LINE} (plus one, so the line is
     * still refused as too long) the rest of the line is read and dropped. A line break, Esc or any
     * other control character is left for JLine's own key handling.
     */
    private static void insertWhatIsWaiting(LineReaderImpl reader) {
        Widget insert = reader.getWidgets().get(LineReader.SELF_INSERT);
        reader.getWidgets().put(LineReader.SELF_INSERT, () -> {
            boolean inserted = insert.apply();
            StringBuilder waiting = new StringBuilder();
            int room = LineSession.MAX_LINE + 1 - reader.getBuffer().length();
            int next;
            while ((next = reader.peekCharacter(1)) >= ' ' && next != 0x7f) {
                int cp = reader.readCharacter();
                if (waiting.length() < room) {
                    waiting.appendCodePoint(cp);
                }
            }
            reader.getBuffer().write(waiting);
            return inserted;
        });
    }

    /** What a terminal sends after a bracketed paste (JLine asks terminals for one). */
    private static final String PASTE_END = "\u001b[201~";

    /**
     * A terminal emulator wraps a paste in ESC[200~ ... ESC[201~. JLine's own widget reads the text
     * one character at a time and looks for the end after each (a megabyte: 2.3 s). Here it is read
     * in blocks: what stands after the end marker is handed back to JLine to handle as typed, and
     * of the text no more than the longest line (plus one, so that it is still refused as too long)
     * is kept. The binding reader has just matched the whole start marker, so it holds nothing read
     * ahead that the block read could overtake.
     */
    private static void pasteInBulk(LineReaderImpl reader, Terminal terminal) {
        reader.getWidgets().put(LineReader.BEGIN_PASTE, () -> {
            StringBuilder kept = new StringBuilder();
            int room = LineSession.MAX_LINE + 1 - reader.getBuffer().length();
            char[] block = new char[16 * 1024];
            String carried = "";
            try {
                while (true) {
                    // Wait as long as JLine's own widget does: over SSH a paste may pause between packets.
                    int n = terminal.reader().readBuffered(block, 0, block.length, 0);
                    if (n < 0) {
                        break; // the terminal closed before the end marker: keep what came
                    }
                    String text = carried + new String(block, 0, n);
                    int end = text.indexOf(PASTE_END);
                    if (end >= 0) {
                        keep(kept, text.substring(0, end), room);
                        String after = text.substring(end + PASTE_END.length());
                        if (!after.isEmpty()) {
                            reader.runMacro(after);
                        }
                        break;
                    }
                    // The marker may be cut between two blocks: keep its possible start for the next.
                    int safe = Math.max(0, text.length() - (PASTE_END.length() - 1));
                    keep(kept, text.substring(0, safe), room);
                    carried = text.substring(safe);
                }
            } catch (java.io.IOException e) {
                // the terminal is gone; what arrived is kept, as JLine's own widget would
            }
            reader.getBuffer().write(kept.toString().replace('\r', '\n'));
            return true;
        });
    }

    private static void keep(StringBuilder kept, String text, int room) {
        if (kept.length() < room) {
            kept.append(text, 0, Math.min(text.length(), room - kept.length()));
        }
    }

    /** What tab completion needs to know: the UI language and who takes part. */
    public record LineSessionCompletion(String language,
                                        java.util.function.Supplier<java.util.List<nl.beraad.domain.Participant>> participants) {
    }
}
