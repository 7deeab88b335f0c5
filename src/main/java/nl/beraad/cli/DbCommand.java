package nl.beraad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import nl.beraad.domain.BeraadException;
import nl.beraad.store.Database;
import picocli.CommandLine.Command;

/** Upkeep of the database file. */
@Command(name = "db", description = "Onderhoud van het databasebestand.", subcommands = DbCommand.Compact.class)
final class DbCommand extends GroupCommand {
    DbCommand(AppContext context) {
        super(context);
    }

    /** db compact */
    @Command(name = "compact", description = "Maakt het databasebestand zo klein als zijn inhoud toelaat (alleen als niemand het gebruikt).")
    static final class Compact extends BaseCommand {
        Compact(AppContext context) {
            super(context);
        }

        @Override
        protected int execute() {
            // Opening would create a database where the path leads nowhere: a mistyped --db would
            // leave a new empty file behind and report it as tidied.
            Path missing = Database.fileOf(context.dbPath());
            if (!Files.isRegularFile(missing)) {
                throw BeraadException.invalid("db.compact.none", missing);
            }
            Database db = context.database();
            Path file = db.file();
            long before = size(file);
            db.compactAndClose();
            out().println(msg().get("db.compact.done", file, describe(before, msg().locale()),
                    describe(size(file), msg().locale())));
            return 0;
        }

        private static long size(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A file size as people read it: "350 kB", "4,2 MB", "18 MB", "1,2 GB" (decimal units, the locale's comma). */
    static String describe(long bytes, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = Math.max(1, Math.ceil(bytes / 1000.0));
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        number.setMaximumFractionDigits(unit > 0 && value < 10 ? 1 : 0);
        return number.format(value) + " " + units[unit];
    }
}
