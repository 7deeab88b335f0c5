package nl.beraad;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.time.Clock;
import nl.beraad.cli.Cli;
import nl.beraad.cli.StandardInput;

/** Entry point: runs Beraad on the process's own streams; the only place that calls System.exit. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Raw descriptors, not System.out: its encoding follows LANG, which is often C over SSH.
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        FileOutputStream err = new FileOutputStream(FileDescriptor.err);
        boolean interactive = System.console() != null;
        int status = Cli.run(args, StandardInput.of(System.in), out, err, System.getenv(), interactive, Clock.systemDefaultZone());
        System.exit(status);
    }
}
