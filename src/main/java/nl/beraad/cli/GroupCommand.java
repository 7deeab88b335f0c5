package nl.beraad.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands: on its own it shows what they are. */
abstract class GroupCommand extends BaseCommand {
    @Spec
    CommandSpec spec;

    GroupCommand(AppContext context) {
        super(context);
    }

    @Override
    protected int execute() {
        spec.commandLine().usage(out());
        return 0;
    }
}
