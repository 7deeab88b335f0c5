package nl.beraad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.Problem;
import nl.beraad.app.SessionImport;
import nl.beraad.app.SessionQuery;
import nl.beraad.domain.SessionChecksum;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionRecord;
import nl.beraad.store.Database;
import nl.beraad.store.DatabaseAddress;
import nl.beraad.store.JdbcSessionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Upkeep of the database file. */
@Command(name = "db", description = "Onderhoud van het databasebestand.",
        subcommands = {DbCommand.Compact.class, DbCommand.Backup.class, DbCommand.Copy.class})
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
            Path file = existing(context);
            Database db = context.database();
            long before = size(file);
            db.compactAndClose();
            out().println(msg().get("db.compact.done", file, describe(before, msg().locale()),
                    describe(size(file), msg().locale())));
            return 0;
        }
    }

    /** db backup -o FILE */
    @Command(name = "backup", description = "Maakt een reservekopie (zip) van de database, ook terwijl er sessies lopen.")
    static final class Backup extends BaseCommand {
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "BESTAND",
                description = "Het zip-bestand voor de kopie; het mag nog niet bestaan.")
        Path output;

        Backup(AppContext context) {
            super(context);
        }

        @Override
        protected int execute() {
            Path file = existing(context);
            Path zip = output.toAbsolutePath().normalize();
            if (Files.exists(zip, LinkOption.NOFOLLOW_LINKS)) {
                throw BeraadException.invalid("db.backup.exists", zip);
            }
            if (!Files.isDirectory(zip.getParent())) {
                throw BeraadException.invalid("db.backup.folder", zip.getParent());
            }
            // Made under a hidden name and renamed when whole: a kill or a full disk never leaves a
            // file with the chosen name that looks like a backup but is not one.
            Path part = zip.resolveSibling("." + zip.getFileName() + ".deel-" + ProcessHandle.current().pid());
            try {
                context.readDatabase(db -> {
                    db.backupTo(part);
                    return null;
                });
                try (FileChannel written = FileChannel.open(part, StandardOpenOption.WRITE)) {
                    written.force(true);
                }
                Files.move(part, zip);
            } catch (IOException e) {
                throw notWritten(e, zip);
            } catch (UncheckedIOException e) {
                throw notWritten(e.getCause(), zip);
            } finally {
                deleteQuietly(part);
            }
            out().println(msg().get("db.backup.done", file, zip, describe(size(zip), msg().locale())));
            return 0;
        }

        private static BeraadException notWritten(IOException e, Path zip) {
            String key = WriteFailure.of(e) == WriteFailure.DISK_FULL ? "db.backup.full" : "db.backup.failed";
            return new BeraadException(ExitCode.ERROR, List.of(Problem.of(key, zip)), e);
        }

        private static void deleteQuietly(Path part) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // A hidden leftover beside the backup; it holds nothing that is not in the database.
            }
        }
    }

    /** db copy --from A --to B */
    @Command(name = "copy", description = "Kopieert sessies van de ene database naar de andere, bijvoorbeeld van een "
            + "laptop naar de PostgreSQL-server van de organisatie. Sessies die er al zijn, worden niet nog eens gekopieerd.")
    static final class Copy extends BaseCommand {
        @Option(names = "--from", required = true, paramLabel = "DATABASE",
                description = "Waar de sessies staan: een bestand of een postgresql://-adres.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "DATABASE",
                description = "Waar ze heen gaan: een bestand (wordt gemaakt als het er niet is) of een postgresql://-adres.")
        String to;

        @Option(names = "--session", paramLabel = "SESSIE", split = ",",
                description = "Alleen deze sessies (nummers in de database van --from, met komma's); standaard alle.")
        List<Long> only;

        Copy(AppContext context) {
            super(context);
        }

        @Override
        protected int execute() {
            DatabaseAddress source = DatabaseAddress.of(from, context.env);
            DatabaseAddress target = DatabaseAddress.of(to, context.env);
            source.either(f -> {
                if (!Files.isRegularFile(Database.fileOf(f.path()))) {
                    throw BeraadException.invalid("db.none", Database.fileOf(f.path()));
                }
                return null;
            }, server -> null);
            if (source.shown().equals(target.shown())) {
                throw BeraadException.invalid("db.copy.same", source.shown());
            }
            try (Database in = context.open(source, Database.Access.READ)) {
                JdbcSessionStore reading = new JdbcSessionStore(in);
                List<SessionId> ids = chosen(reading, source);
                // Opened (made, for a new file) only once the sessions asked for are known to be there.
                try (Database out = context.open(target, Database.Access.WRITE)) {
                    return copy(reading, ids, new SessionImport(new JdbcSessionStore(out)), target);
                }
            }
        }

        /** The sessions to copy, oldest first: those asked for, each of which must be there, or all. */
        private List<SessionId> chosen(JdbcSessionStore reading, DatabaseAddress source) {
            if (only == null) {
                return reading.listSessions(SessionQuery.ALL, 0, Integer.MAX_VALUE).stream().map(s -> s.session().id())
                        .sorted().toList();
            }
            List<SessionId> asked = only.stream().map(SessionId::new).toList();
            for (SessionId id : asked) {
                reading.findSession(id).orElseThrow(() -> BeraadException.invalid("db.copy.unknown", id, source.shown()));
            }
            return asked;
        }

        /** Copies each session, saying what became of it; exit 3 when any was at the target with other data. */
        private int copy(JdbcSessionStore reading, List<SessionId> ids, SessionImport writing, DatabaseAddress target) {
            int copied = 0;
            int present = 0;
            int refused = 0;
            for (SessionId id : ids) {
                nl.beraad.app.SessionStore.Logged logged = reading.logged(id);
                SessionRecord record = logged.record();
                String title = record.session().title();
                try {
                    // The session's log and signature are checked as an import checks a file's (issue 15).
                    SessionImport.Outcome o = writing.bring(record, SessionChecksum.of(record), logged.log(), logged.seal());
                    out().println(o.alreadyHere() ? msg().get("db.copy.already", id, title, o.sessionId())
                            : msg().get("db.copy.done", id, title, o.sessionId()));
                    if (o.alreadyHere()) {
                        present++;
                    } else {
                        copied++;
                    }
                } catch (BeraadException e) {
                    boolean notAsLogged = e.problems().get(0).key().startsWith("import.log.");
                    if (e.exitCode() != ExitCode.CONFLICT && !notAsLogged) {
                        throw e;
                    }
                    out().println(msg().get("db.copy.differs", id, msg().problem(e.problems().get(0))));
                    refused++;
                }
            }
            out().println(msg().get("db.copy.summary", copied, present, refused, target.shown()));
            return refused > 0 ? ExitCode.CONFLICT.code() : 0;
        }
    }

    /**
     * The database file the command is about, which must be there: opening would create one where
     * the path leads nowhere, so a mistyped --db would leave a new empty file behind.
     */
    private static Path existing(AppContext context) {
        Path file = context.dbAddress().either(f -> Database.fileOf(f.path()), server -> {
            throw BeraadException.invalid("db.server.file", server.shown());
        });
        if (!Files.isRegularFile(file)) {
            throw BeraadException.invalid("db.none", file);
        }
        return file;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
