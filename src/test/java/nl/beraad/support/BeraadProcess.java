package nl.beraad.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Beraad in a process of its own, fed line by line, so a test can kill it at a chosen moment. */
public final class BeraadProcess implements AutoCloseable {
    private final Process process;
    private final OutputStream stdin;
    private final StringBuffer output = new StringBuffer();

    private BeraadProcess(Process process) {
        this.process = process;
        this.stdin = process.getOutputStream();
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[4096];
            try (InputStream in = process.getInputStream()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "beraad-output");
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts a process built elsewhere (the launcher script, say), its error output mixed into its output. */
    public static BeraadProcess start(ProcessBuilder pb) throws IOException {
        return new BeraadProcess(pb.redirectErrorStream(true).start());
    }

    public static BeraadProcess start(Beraad beraad, String... args) throws IOException {
        return start(beraad, List.of(), args);
    }

    /** Runs Beraad under a wrapper command (e.g. one that sets a resource limit first). */
    public static BeraadProcess start(Beraad beraad, List<String> wrapper, String... args) throws IOException {
        ProcessBuilder pb = builder(beraad, args).redirectErrorStream(true);
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(pb.command());
        return new BeraadProcess(pb.command(command).start());
    }

    /** Beraad's own main in a new JVM on the test class path, with the database and sets of {@code beraad}. */
    public static ProcessBuilder builder(Beraad beraad, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "nl.beraad.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(beraad.env());
        return pb;
    }

    /** Sends bytes as they are, many lines at once, as a paste does. */
    public void typeRaw(String text) throws IOException {
        stdin.write(text.getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    public void type(String line) throws IOException {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    /** Waits until the process has printed {@code text}; fails with what it printed when it does not. */
    public void await(String text, Duration timeout) throws InterruptedException {
        awaitAfter(0, text, timeout);
    }

    /**
     * Waits until the process has printed {@code text} at or after character {@code from} of its
     * output (a length seen before, so an earlier line with the same text does not count); returns
     * where it starts. Fails with what it printed when it does not come.
     */
    public int awaitAfter(int from, String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (output.indexOf(text, from) < 0) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                if (!process.isAlive()) {
                    Thread.sleep(100); // let the pump read the last bytes
                    if (output.indexOf(text, from) >= 0) {
                        return output.indexOf(text, from);
                    }
                }
                throw new AssertionError("no '" + text + "' within " + timeout + "; printed:\n" + output);
            }
            Thread.sleep(5);
        }
        return output.indexOf(text, from);
    }

    /** How many times the process has printed {@code text} so far. */
    public int count(String text) {
        String all = output.toString();
        int n = 0;
        for (int i = all.indexOf(text); i >= 0; i = all.indexOf(text, i + 1)) {
            n++;
        }
        return n;
    }

    /** Waits until the process has printed {@code text} {@code n} times; fails with what it printed when it does not. */
    public void awaitCount(String text, int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(text) < n) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new AssertionError(count(text) + " of " + n + " times '" + text + "' within " + timeout
                        + "; printed:\n" + output);
            }
            Thread.sleep(5);
        }
    }

    /**
     * Closes the process's input (as end of input at a pipe) and waits for it to end; fails with what
     * it printed when it is still running after {@code timeout}, which is what a hang looks like.
     */
    public int finish(Duration timeout) throws IOException, InterruptedException {
        stdin.close();
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + timeout + "; printed:\n" + output);
        }
        Thread.sleep(100); // let the pump read the last bytes
        return process.exitValue();
    }

    public String output() {
        return output.toString();
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no flush, nothing. */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /** SIGINT, as Ctrl-C in the terminal the process runs in. */
    public int interrupt() throws IOException, InterruptedException {
        return signal("INT");
    }

    /** Sends a signal by name (INT, TERM, ...) and waits for the process to end. */
    public int signal(String name) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor();
        return process.waitFor();
    }

    /** Sends a signal by name (STOP, CONT, ...) without waiting for anything. */
    public void send(String name) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor();
    }

    /** Closes the process's standard input, as a pipe that ends. */
    public void endInput() throws IOException {
        stdin.close();
    }

    /** Waits for the process to end by itself; null when it has not within the timeout. */
    public Integer waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            // SIGTERM first, as a facilitator's Ctrl-C: the process cleans up after itself (the vote
            // page's scratch rehearsal folder); SIGKILL only when it does not end.
            process.destroy();
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }
}
