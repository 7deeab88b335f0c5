package nl.beraad.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Which process serves the database to the others (H2's AUTO_SERVER owner), kept beside the file so
 * that it can be named when it no longer answers: a process stopped with kill -STOP (or Ctrl-Z in a
 * dropped SSH session) freezes H2's server with it, and every other process would wait for it
 * forever. Also the note a process that takes over leaves for the one it ends.
 */
final class OwnerFile {
    /** How long to wait for an answer before looking whether the server's process is stopped. */
    private static final int ASK_MILLIS = 2000;
    /** How long a server that is not stopped may take to answer before it counts as frozen. */
    private static final long PATIENCE_NANOS = java.time.Duration.ofSeconds(30).toNanos();
    /** How long a woken owner may take to close the database and end, before it is killed. */
    private static final long END_SECONDS = 15;

    private final Path owner;
    private final Path note;
    private final Path h2Lock;

    OwnerFile(DatabaseFiles files) {
        String base = files.openLock().toString().replaceFirst("\\.open\\.lock$", "");
        this.owner = Path.of(base + ".owner");
        this.note = Path.of(base + ".takeover");
        this.h2Lock = files.h2Lock();
    }

    /** Records this process as the one serving the database. Best effort: only a refusal's wording needs it. */
    void claim(Instant now) {
        write(owner, Holder.of(ThisProcess.current(), now), ThisProcess.current().pid());
    }

    /**
     * Forgets this process as the owner when it closes the database, so that no file about a process
     * long gone is left beside it; a file another process has written since is left alone.
     */
    void release() {
        if (read(owner).filter(h -> h.pid() == ThisProcess.current().pid()).isPresent()) {
            try {
                Files.deleteIfExists(owner);
            } catch (IOException e) {
                // best effort, as writing it was
            }
        }
    }

    /** The recorded owner, if it is still running. */
    Optional<Holder> running() {
        return read(owner).filter(Holder::running);
    }

    /**
     * Whether the process serving the database answers. H2 itself asks without a time limit, so a
     * frozen owner would hang this process too: ask first, as H2 does (its "is the server running"
     * handshake), and wait at most a few seconds. Any answer, even an error or a closed connection,
     * means the server is alive; only silence means it is frozen.
     */
    boolean answers(int millis) {
        Properties lock = load(h2Lock);
        String server = lock.getProperty("server");
        if (server == null || server.lastIndexOf(':') < 0) {
            return true; // nobody serves it: H2 decides about the file itself
        }
        String host = server.substring(0, server.lastIndexOf(':'));
        int port;
        try {
            port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
        } catch (NumberFormatException e) {
            return true;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), millis);
            socket.setSoTimeout(millis);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeInt(17); // the oldest and newest protocol versions this H2 speaks
            out.writeInt(21);
            writeString(out, null);
            writeString(out, null);
            writeString(out, lock.getProperty("id"));
            out.writeInt(14); // "is this database served here?"
            out.flush();
            InputStream in = socket.getInputStream();
            new DataInputStream(in).read();
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // refused or reset: nobody is there to wait for
        }
    }

    /**
     * The owner that does not answer: stopped, or silent for half a minute. Empty while the server
     * answers (or nobody serves the file).
     */
    Optional<Holder> frozen() {
        long start = System.nanoTime();
        while (!answers(ASK_MILLIS)) {
            Optional<Holder> holder = running();
            if (holder.isPresent() && holder.get().stopped() || System.nanoTime() - start > PATIENCE_NANOS) {
                return Optional.of(holder.orElse(UNKNOWN));
            }
        }
        return Optional.empty();
    }

    /** A server that does not answer and whose process is not known. */
    static final Holder UNKNOWN = new Holder(0, Instant.EPOCH, "", "", Instant.EPOCH);

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(s.length());
        out.writeChars(s);
    }

    /**
     * Takes the database over from a frozen owner: leaves a note naming this process, wakes the
     * owner with a request to end (TERM, then CONT), and kills it when it has not ended after a
     * while. Ending it is safe: everything it confirmed is committed, as after a kill at any moment.
     * Returns whether the owner is gone.
     */
    boolean endFrozen(Holder frozen) throws InterruptedException {
        Optional<ProcessHandle> process = ProcessHandle.of(frozen.pid());
        if (process.isEmpty() || frozen.pid() == 0 || !frozen.running()) {
            return true;
        }
        write(note, Holder.of(ThisProcess.current(), Instant.now()), frozen.pid());
        ProcessHandle p = process.get();
        p.destroy();
        signal("CONT", frozen.pid());
        if (!waitFor(p, END_SECONDS)) {
            p.destroyForcibly();
            signal("CONT", frozen.pid()); // SIGKILL ends a stopped process too; CONT does no harm
            waitFor(p, END_SECONDS);
        }
        boolean ended = !p.isAlive();
        if (ended) {
            try {
                Files.deleteIfExists(note); // read by the ended process on its way out; a later one with its pid must not
            } catch (IOException e) {
                // harmless: a note names one process, checked by its pid
            }
        }
        return ended;
    }

    /** The process that took this one's database over, when a note says so. */
    Optional<Holder> takenOverBy() {
        Properties p = load(note);
        if (!String.valueOf(ThisProcess.current().pid()).equals(p.getProperty("for"))) {
            return Optional.empty();
        }
        return read(note);
    }

    private static boolean waitFor(ProcessHandle p, long seconds) throws InterruptedException {
        try {
            p.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return !p.isAlive();
        }
    }

    private static void signal(String name, long pid) {
        try {
            new ProcessBuilder("kill", "-" + name, Long.toString(pid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no kill command: TERM alone ends it when it is woken
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A holder as the words of a file that {@link #read} reads back; {@code forPid} is whom a note is for. */
    static Properties properties(Holder h, long forPid) {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(h.pid()));
        p.setProperty("started", Long.toString(h.started().toEpochMilli()));
        p.setProperty("terminal", h.terminal());
        p.setProperty("origin", h.origin());
        p.setProperty("since", Long.toString(h.since().toEpochMilli()));
        p.setProperty("for", Long.toString(forPid));
        return p;
    }

    private static void write(Path file, Holder h, long forPid) {
        Properties p = properties(h, forPid);
        Path tmp = file.resolveSibling(file.getFileName() + ".new");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "Beraad");
        } catch (IOException e) {
            return;
        }
        try {
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a refusal then names no process
        }
    }

    static Optional<Holder> read(Path file) {
        Properties p = load(file);
        try {
            return Optional.of(new Holder(Long.parseLong(p.getProperty("pid")),
                    Instant.ofEpochMilli(Long.parseLong(p.getProperty("started"))), p.getProperty("terminal", ""),
                    p.getProperty("origin", ""), Instant.ofEpochMilli(Long.parseLong(p.getProperty("since")))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // none, or half written: as if none
        }
        return p;
    }
}
