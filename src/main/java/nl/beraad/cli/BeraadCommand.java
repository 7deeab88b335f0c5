package nl.beraad.cli;

import picocli.CommandLine.Command;

/** The root command: without a subcommand it opens the meeting screen. */
@Command(name = "beraad", versionProvider = Version.class,
        description = "Beraad begeleidt een adviesraad of raadsleden door dilemma's en schrijft het verslag.",
        subcommands = {SetsCommand.class, SessionsCommand.class, StartCommand.class, ResumeCommand.class, ServeCommand.class,
                ReportCommand.class, CompareCommand.class, DemoCommand.class, DbCommand.class},
        footer = {"", "Voorbeelden:", "  beraad demo", "  beraad start --set scp-dilemmas-2022 --plain",
                "  beraad report 1 -o sessions/verslag-1.md"})
final class BeraadCommand extends GroupCommand {
    @picocli.CommandLine.Option(names = {"-V", "--version"}, versionHelp = true, description = "Toont de versie.")
    boolean version;

    BeraadCommand(AppContext context) {
        super(context);
    }

    /** Without a command: the meeting screen in a real terminal; elsewhere line mode, after one line saying why. */
    @Override
    protected int execute() {
        context.requireInput();
        return ScreenRunner.run(context, null);
    }
}
