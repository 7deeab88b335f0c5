package nl.beraad.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.beraad.text.Messages;
import picocli.CommandLine.Mixin;

/** A command that does one thing; failures are thrown as BeraadException and mapped once in Main. */
abstract class BaseCommand implements Callable<Integer> {
    protected final AppContext context;

    @Mixin
    GlobalOptions global;

    BaseCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public final Integer call() {
        context.messages(); // refuse an unknown --lang before doing anything
        context.zone(); // and an unknown --tz
        return execute();
    }

    protected abstract int execute();

    protected Messages msg() {
        return context.messages();
    }

    protected PrintWriter out() {
        return context.out;
    }

    protected PrintWriter err() {
        return context.err;
    }
}
