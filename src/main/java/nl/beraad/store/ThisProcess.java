package nl.beraad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * This process as a person at the meeting would recognise it in a refusal: its terminal (pts/3),
 * the address an SSH login came from, and its process id.
 */
record ThisProcess(long pid, Instant started, String terminal, String origin) {
    private static final ThisProcess CURRENT = find();

    static ThisProcess current() {
        return CURRENT;
    }

    private static ThisProcess find() {
        ProcessHandle self = ProcessHandle.current();
        return new ThisProcess(self.pid(), startOf(self), findTerminal(), findOrigin());
    }

    /** When a process started; with its pid it tells a process from a later one that got the same pid. */
    static Instant startOf(ProcessHandle process) {
        return process.info().startInstant().orElse(Instant.EPOCH);
    }

    /** The terminal on standard input, output or error ("pts/3"), or "" for a pipe or a script. */
    private static String findTerminal() {
        for (int fd = 0; fd <= 2; fd++) {
            try {
                String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
                if (target.startsWith("/dev/") && !target.equals("/dev/null")) {
                    return target.substring("/dev/".length());
                }
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                // not Linux, or no such descriptor: try the next, then the environment
            }
        }
        String ssh = System.getenv("SSH_TTY");
        return ssh != null && ssh.startsWith("/dev/") ? ssh.substring("/dev/".length()) : "";
    }

    /** Where an SSH login came from (the first word of SSH_CLIENT), or "" on the machine itself. */
    private static String findOrigin() {
        String client = System.getenv("SSH_CLIENT");
        if (client == null || client.isBlank()) {
            return "";
        }
        return client.strip().split("\\s+")[0];
    }
}
