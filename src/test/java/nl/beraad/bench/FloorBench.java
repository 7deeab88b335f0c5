package nl.beraad.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What the libraries Beraad is built on take before any of Beraad's own code runs: picocli parsing
 * a root command and one subcommand (built in code, the cheapest way picocli offers: no annotations
 * to read), and then H2 opening a database file read-only for one query. Run with the launcher's
 * JVM options and class-data archive, it is the lowest start-up a command that lists sessions can
 * have with these libraries: the floor under part 1 of issue 13.
 *
 * <p>Usage: FloorBench picocli | FloorBench h2 FILE.mv.db
 */
public final class FloorBench {
    private FloorBench() {
    }

    public static void main(String[] args) throws SQLException {
        CommandSpec root = CommandSpec.create().name("beraad");
        CommandSpec sessions = CommandSpec.create().name("sessions");
        for (String option : new String[] {"--db", "--sets", "--lang", "--tz"}) {
            root.addOption(OptionSpec.builder(option).type(String.class).description(option).build());
            sessions.addOption(OptionSpec.builder(option).type(String.class).description(option).build());
        }
        sessions.addOption(OptionSpec.builder("--page").type(int.class).description("page").build());
        sessions.addOption(OptionSpec.builder("--all").type(boolean.class).arity("0").description("all").build());
        CommandLine cli = new CommandLine(root).addSubcommand("sessions", new CommandLine(sessions));
        CommandLine.ParseResult parsed = cli.parseArgs("sessions", "--all");
        if (!parsed.hasSubcommand()) {
            throw new IllegalStateException("picocli found no subcommand");
        }
        if (args.length == 2 && args[0].equals("h2")) {
            String file = args[1].replaceFirst("\\.mv\\.db$", "");
            String url = "jdbc:h2:file:" + Path.of(file).toAbsolutePath() + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0";
            java.util.Properties login = new java.util.Properties();
            login.setProperty("user", "sa");
            login.setProperty("password", "");
            // H2's own driver, as Beraad opens it: DriverManager would load every driver on the class path.
            try (Connection c = new org.h2.Driver().connect(url, login);
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM session")) {
                rs.next();
                System.out.println(rs.getInt(1));
            }
        }
    }
}
