package nl.beraad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalInt;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ExitCode;
import nl.beraad.store.Database.Access;

/**
 * One opening of a database file, done while holding its {@link OpenLock}: finish or undo what a
 * killed process left, create a new database, check an existing one without writing to it, upgrade
 * its schema, and connect. Every step can be cut off by a kill at any moment and the next opening
 * still finds either the old database or the new one, never something in between.
 */
final class Opening {
    /** What a look at an existing file, without writing to it, found. */
    private enum Kind { BERAAD, FOREIGN, DAMAGED, IN_USE, ENCRYPTED }

    /** What a look found; {@code kept} is its read-only connection when it was asked to keep it (else null). */
    private record Look(Kind kind, int version, Connection kept) {
        static Look of(Kind kind) {
            return new Look(kind, 0, null);
        }
    }

    /** Not final: a key asked for a file that another process made plain meanwhile is let go. */
    private DatabaseFiles files;
    private final Access access;
    private final Path file;
    private final boolean takeOver;
    private final OwnerFile owner;
    private final OpenLock lock;

    Opening(DatabaseFiles files, Access access, boolean takeOver, OpenLock lock) {
        this.files = files;
        this.access = access;
        this.file = files.file();
        this.takeOver = takeOver;
        this.owner = new OwnerFile(files);
        this.lock = lock;
    }

    Database open() throws SQLException, IOException {
        if (!writable()) {
            return openReadOnly();
        }
        try {
            return openWritable();
        } catch (BeraadException | SQLException | IOException e) {
            // A clerk can still export the report of a meeting whose disk has filled up.
            boolean full = e instanceof BeraadException be ? be.problems().get(0).key().equals("db.full")
                    : DiskTrouble.isFull(e, file);
            if (full && access == Access.READ && Files.exists(file)) {
                return openReadOnly();
            }
            throw e;
        }
    }

    private Database openWritable() throws SQLException, IOException {
        removeLeftovers();
        restoreInterruptedUpgrade();
        if (!Files.exists(file)) {
            create();
        }
        if (files.key() != null && !files.encrypted()) {
            files = files.withKey(null); // another process made it first, unencrypted: opened as it is
        }
        Look look = look(access == Access.READ);
        if (look.kept() != null) {
            return reading(look.kept());
        }
        refuseIfNotOurs(look);
        if (look.kind() == Kind.BERAAD && look.version() < Migrations.latest()) {
            upgrade();
        }
        // In use: another process serves it, or one was killed with it open (H2 clears its stale
        // lock file when the everyday connection is made).
        if (look.kind() == Kind.IN_USE) {
            Optional<Holder> frozen = owner.frozen();
            if (frozen.isPresent()) {
                Frozen.endOrRefuse(frozen.get(), owner, takeOver, file);
                return openWritable();
            }
        }
        return connectShared(look.kind() == Kind.IN_USE);
    }

    /** Refuses, in one sentence, a file that is damaged, someone else's or from a newer Beraad. */
    private void refuseIfNotOurs(Look look) {
        switch (look.kind()) {
            case BERAAD -> checkNotNewer(look.version());
            case FOREIGN -> throw new BeraadException(ExitCode.ERROR, "db.foreign", file);
            case DAMAGED -> throw new BeraadException(ExitCode.ERROR, "db.corrupt", file);
            case ENCRYPTED -> throw new BeraadException(ExitCode.INVALID_INPUT, "db.passphrase.none", file);
            case IN_USE -> {
                // not looked at: decided on the connection
            }
        }
    }

    /** Whether this process may write the file and make files beside it (not so on a read-only disk). */
    private boolean writable() {
        return Files.isWritable(files.folder()) && (!Files.exists(file) || Files.isWritable(file));
    }

    /** A copy on a disk that cannot be written (or is full): readable for reports and lists, never changed. */
    private Database openReadOnly() throws SQLException, IOException {
        if (access == Access.WRITE || !Files.exists(file)) {
            throw new BeraadException(ExitCode.ERROR, "db.readonly", file);
        }
        Look look = look();
        refuseIfNotOurs(look);
        if (look.kind() == Kind.IN_USE) {
            throw new BeraadException(ExitCode.CONFLICT, "db.locked", file);
        }
        if (look.version() < Migrations.latest()) {
            throw new BeraadException(ExitCode.ERROR, "db.readonly.old", file);
        }
        String url = files.readOnlyUrl();
        return new Database(files, url, files.connect(url), true, null, null);
    }

    /** A process killed while making a new database or a copy leaves half files; they are ours to remove. */
    private void removeLeftovers() throws IOException {
        for (Path p : files.creatingLeftovers()) {
            Files.deleteIfExists(p);
        }
        for (Path p : files.copyLeftovers()) {
            Files.deleteIfExists(p);
        }
    }

    /**
     * A new database gets its whole schema under another name and is then renamed into place, so a
     * kill during the first start leaves no file, or a complete one.
     */
    private void create() throws SQLException, IOException {
        try (Connection c = files.connect(files.exclusiveUrl(files.creatingBase()))) {
            new Migrations().apply(c);
        }
        DatabaseFiles.moveWhole(files.creatingFile(), file);
    }

    /**
     * Upgrades a copy-protected file: the copy from before is kept (beraad.mv.db.before-V9) until the
     * upgrade has finished, and put back by the next opening when a kill cut the upgrade off.
     */
    private void upgrade() throws SQLException, IOException {
        Path backup = files.backupBefore(Migrations.latest());
        if (!Files.exists(backup)) {
            DatabaseFiles.copyWhole(file, backup);
        }
        try (Connection c = files.connect(files.exclusiveUrl())) {
            new Migrations().apply(c);
        }
        deleteBackups();
    }

    private void deleteBackups() throws IOException {
        for (Optional<Path> b = files.backup(); b.isPresent(); b = files.backup()) {
            Files.delete(b.get());
        }
        DatabaseFiles.force(files.folder());
    }

    /**
     * A copy from before an upgrade means that upgrade was cut off, unless the file already has the
     * newest schema (the kill came after the upgrade, before the copy was removed). Until the copy
     * is gone no process of this version has served the file, so nothing newer can be lost by
     * putting the copy back.
     */
    private void restoreInterruptedUpgrade() throws IOException {
        Optional<Path> backup = files.backup();
        if (backup.isEmpty()) {
            return;
        }
        if (!Files.exists(file)) {
            DatabaseFiles.copyWhole(backup.get(), file);
            return;
        }
        Look look = look();
        if (look.kind() == Kind.BERAAD && look.version() >= Migrations.latest()) {
            deleteBackups();
            return;
        }
        DatabaseFiles.copyWhole(backup.get(), file);
    }

    /**
     * A database that nobody serves, to read only (a list, a report): read on the connection that
     * looked at it, without starting H2's server, which takes about as long again as the look.
     * The open lock is kept until it is closed; see {@link OpenLock#handOver}.
     */
    private Database reading(Connection c) {
        return new Database(files, files.readOnlyUrl(), c, true, null, lock.handOver());
    }

    private Look look() throws IOException {
        return look(false);
    }

    /**
     * Reads the schema version without writing a byte: H2 opens the file read-only. With {@code keep}
     * a Beraad database with the newest schema keeps that connection open for reading.
     */
    private Look look(boolean keep) throws IOException {
        if (Files.size(file) == 0) {
            return Look.of(Kind.DAMAGED);
        }
        if (!files.looksLikeH2()) {
            return Look.of(Kind.FOREIGN);
        }
        if (files.encrypted() && files.key() == null) { // made encrypted by another process meanwhile
            return Look.of(Kind.ENCRYPTED);
        }
        Connection c = null;
        try {
            c = files.connect(files.readOnlyUrl());
            OptionalInt version = Migrations.version(c);
            if (version.isEmpty()) {
                return Look.of(Kind.FOREIGN);
            }
            if (keep && version.getAsInt() == Migrations.latest()) {
                Connection kept = c;
                c = null;
                return new Look(Kind.BERAAD, version.getAsInt(), kept);
            }
            return new Look(Kind.BERAAD, version.getAsInt(), null);
        } catch (SQLException e) {
            if (e.getErrorCode() == 90020) {
                return Look.of(Kind.IN_USE);
            }
            if (DiskTrouble.isFull(e, file)) {
                throw DiskTrouble.full(e, file);
            }
            if (e.getErrorCode() == 90049 || e.getErrorCode() == 28000) { // a wrong passphrase, not a damaged file
                throw Database.translate(e, file);
            }
            return Look.of(Kind.DAMAGED);
        } finally {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException e) {
                    // only looked
                }
            }
        }
    }

    private static void checkNotNewer(int version) {
        if (version > Migrations.latest()) {
            throw new BeraadException(ExitCode.ERROR, "db.newer", version, Migrations.latest());
        }
    }

    /**
     * The everyday connection. When the file was in use it could not be looked at beforehand: then
     * the schema is checked on this connection, and a file that turns out to have been left open by
     * a killed process is closed again and opened anew, now that H2 has cleared its lock.
     */
    private Database connectShared(boolean unchecked) throws SQLException, IOException {
        String url = files.sharedUrl();
        Connection c = files.connect(url);
        if (!unchecked) {
            return served(c, url);
        }
        try {
            OptionalInt version = Migrations.version(c);
            boolean served = Database.servedElsewhere(c);
            if (version.isEmpty()) {
                throw new BeraadException(ExitCode.ERROR, "db.foreign", file);
            }
            checkNotNewer(version.getAsInt());
            if (version.getAsInt() == Migrations.latest()) {
                return served(c, url);
            }
            if (served) {
                throw new BeraadException(ExitCode.CONFLICT, "db.upgrade.inuse", file);
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        c.close();
        return openWritable(); // it was a stale lock: look at the file properly this time
    }

    /** The everyday database; when this process serves it to the others, it says so beside the file. */
    private Database served(Connection c, String url) throws SQLException {
        if (!Database.servedElsewhere(c)) {
            owner.claim(java.time.Instant.now());
        }
        return new Database(files, url, c, false, owner, null);
    }
}
