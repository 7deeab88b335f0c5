package nl.beraad.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The root command: without a subcommand it opens the meeting screen. Its subcommands are added by
 * {@link #addSubcommands}, not listed in the annotation: picocli builds every listed command's
 * model by reflection on every start, and only the one that was named is needed.
 */
@Command(name = "beraad", versionProvider = Version.class,
        description = "Beraad begeleidt een adviesraad of raadsleden door dilemma's en schrijft het verslag.",
        footer = {"", "Voorbeelden:", "  beraad demo", "  beraad start --set scp-dilemmas-2022 --plain",
                "  beraad report 1 -o sessions/verslag-1.md"})
final class BeraadCommand extends GroupCommand {
    @picocli.CommandLine.Option(names = {"-V", "--version"}, versionHelp = true, description = "Toont de versie.")
    boolean version;

    /** The subcommands, in the order the usage help lists them. */
    private static final List<Map.Entry<String, Class<?>>> SUBCOMMANDS = List.of(
            Map.entry("sets", SetsCommand.class), Map.entry("sessions", SessionsCommand.class),
            Map.entry("start", StartCommand.class), Map.entry("resume", ResumeCommand.class),
            Map.entry("serve", ServeCommand.class), Map.entry("report", ReportCommand.class),
            Map.entry("compare", CompareCommand.class), Map.entry("export", ExportCommand.class),
            Map.entry("import", ImportCommand.class), Map.entry("verify", VerifyCommand.class),
            Map.entry("keys", KeysCommand.class),
            Map.entry("demo", DemoCommand.class),
            Map.entry("db", DbCommand.class));

    BeraadCommand(AppContext context) {
        super(context);
    }

    /**
     * Adds the subcommand {@code args} name, or all of them when it names none that exists (for
     * the usage help and for picocli's "did you mean"); none when only options are given (the
     * meeting screen, --version), unless help is asked for.
     */
    static void addSubcommands(CommandLine root, String[] args, CommandLine.IFactory factory) {
        Optional<String> named = firstWord(root, args);
        boolean known = named.isPresent() && SUBCOMMANDS.stream().anyMatch(e -> e.getKey().equals(named.get()));
        boolean help = named.isEmpty() && List.of(args).stream().anyMatch(a -> a.equals("-h") || a.equals("--help"));
        for (Map.Entry<String, Class<?>> e : SUBCOMMANDS) {
            boolean wanted = known ? e.getKey().equals(named.get()) : named.isPresent() || help;
            if (wanted) {
                root.addSubcommand(e.getKey(), new CommandLine(e.getValue(), factory));
            }
        }
    }

    /** The first argument that is neither an option of the root command nor the value of one. */
    private static Optional<String> firstWord(CommandLine root, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return i + 1 < args.length ? Optional.of(args[i + 1]) : Optional.empty();
            }
            if (!a.startsWith("-") || a.equals("-")) {
                return Optional.of(a);
            }
            OptionSpec option = a.contains("=") ? null : root.getCommandSpec().findOption(a);
            if (option != null && option.arity().max() > 0) {
                i++; // its value
            }
        }
        return Optional.empty();
    }

    /** Without a command: the meeting screen in a real terminal; elsewhere line mode, after one line saying why. */
    @Override
    protected int execute() {
        context.requireInput();
        return ScreenRunner.run(context, null);
    }
}
