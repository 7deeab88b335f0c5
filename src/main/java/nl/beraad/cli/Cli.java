package nl.beraad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.Problem;
import nl.beraad.store.Database;
import nl.beraad.text.Messages;
import nl.beraad.text.TerminalSafeWriter;
import picocli.CommandLine;

/**
 * Beraad as a function: arguments, streams and environment in, exit status out. Every failure is
 * turned into a sentence and an exit code here, once; a stack trace only with --debug.
 */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err,
                          Map<String, String> env, boolean interactive, Clock clock) {
        Database.keepServerLocal();
        WatchedOutput watchedOut = new WatchedOutput(out);
        PrintWriter outWriter = terminalSafe(watchedOut);
        PrintWriter errWriter = terminalSafe(err);
        try (AppContext context = new AppContext(in, watchedOut, outWriter, errWriter, env, interactive, clock)) {
            Factory factory = new Factory(context);
            CommandLine cli = new CommandLine(new BeraadCommand(context), factory);
            BeraadCommand.addSubcommands(cli, args, factory);
            helpHeadings(cli, context);
            cli.setOut(outWriter);
            cli.setErr(errWriter);
            // Picocli's colours are escape sequences, which the writers would show as text.
            cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
            cli.setCaseInsensitiveEnumValuesAllowed(true);
            cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, context));
            cli.setParameterExceptionHandler((e, a) -> {
                Messages msg = messages(context);
                String close = e instanceof CommandLine.UnmatchedArgumentException u
                        ? UsageErrors.suggestion(msg, u.getSuggestions()) : "";
                errWriter.println(msg.get("cli.usage", UsageErrors.text(msg, e.getMessage()) + close,
                        e.getCommandLine().getCommandSpec().qualifiedName()));
                return ExitCode.INVALID_INPUT.code();
            });
            int code = cli.execute(args);
            outWriter.flush();
            code = afterOutput(watchedOut.failure(), context, code);
            errWriter.flush();
            return code;
        } catch (RuntimeException | Error e) {
            if (shuttingDown()) {
                return ExitCode.ERROR.code();
            }
            // Failures outside a command (closing the database, say) still get one sentence.
            errWriter.println(Messages.forLanguage("nl").get("cli.internal", String.valueOf(e.getMessage())));
            errWriter.flush();
            return ExitCode.INTERNAL.code();
        }
    }

    /**
     * Every command prints through these, so none can forget: whatever a file name, a set file, an
     * argument or the database holds, no control or escape character reaches the terminal.
     */
    private static PrintWriter terminalSafe(OutputStream stream) {
        return new PrintWriter(new TerminalSafeWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), true);
    }

    /**
     * Picocli's own words in the usage help, "Usage:", "[COMMAND]" and "Commands:", in the UI language (read when
     * the help is drawn, after --lang was parsed). Set after the subcommands are added: picocli
     * hands the map to the commands present at that moment.
     */
    private static void helpHeadings(CommandLine cli, AppContext context) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = new java.util.LinkedHashMap<>(cli.getHelpSectionMap());
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS_HEADING, help -> {
            Messages msg = messages(context);
            String heading = msg.get("cli.help.usage") + " ";
            // Set in the model too: the synopsis drawn next indents its second line by the heading's length.
            help.commandSpec().usageMessage().synopsisHeading(heading).synopsisSubcommandLabel(msg.get("cli.help.command"));
            return heading;
        });
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING,
                help -> help.subcommands().isEmpty() ? "" : messages(context).get("cli.help.commands") + "\n");
        cli.setHelpSectionMap(sections);
    }

    /** The exit status once standard output is flushed: a write that failed there is a failure too. */
    private static int afterOutput(IOException failure, AppContext context, int code) {
        if (failure == null) {
            return code;
        }
        switch (WriteFailure.of(failure)) {
            case DISK_FULL -> context.err.println(messages(context).get("output.failed.full"));
            case OTHER -> context.err.println(messages(context).get("output.failed", failure.getMessage()));
            case BROKEN_PIPE -> {
                // The reader stopped reading (| head): it has what it wanted, nothing to alarm anyone with.
            }
        }
        if (context.debug) {
            failure.printStackTrace(context.err);
        }
        return code == 0 ? ExitCode.ERROR.code() : code;
    }

    private static int failure(Exception e, AppContext context) {
        if (shuttingDown()) {
            // SIGTERM or Ctrl-C: H2's shutdown hook closes the database under the running command.
            // That is no failure to report; the pause hook says where the meeting stands.
            return ExitCode.ERROR.code();
        }
        Messages msg = messages(context);
        if (e instanceof BeraadException be) {
            for (Problem p : be.problems()) {
                context.err.println(msg.problem(p));
            }
            debug(e, context);
            return be.exitCode().code();
        }
        context.err.println(msg.get("cli.internal", e.getClass().getSimpleName() + ": " + e.getMessage()));
        debug(e, context);
        return ExitCode.INTERNAL.code();
    }

    /** Whether the JVM is already running its shutdown hooks (the only way Java tells). */
    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    private static void debug(Exception e, AppContext context) {
        if (context.debug) {
            e.printStackTrace(context.err);
        } else if (!(e instanceof BeraadException be) || be.exitCode() == ExitCode.INTERNAL) {
            context.err.println(messages(context).get("cli.debug.hint"));
        }
    }

    private static Messages messages(AppContext context) {
        try {
            return context.messages();
        } catch (BeraadException e) {
            return Messages.forLanguage("nl");
        }
    }

    /** Hands the shared context to every command and mixin picocli creates. */
    private static final class Factory implements CommandLine.IFactory {
        private final AppContext context;

        Factory(AppContext context) {
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                var constructor = cls.getDeclaredConstructor(AppContext.class);
                constructor.setAccessible(true);
                return constructor.newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
