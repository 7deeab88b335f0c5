package nl.beraad.store;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import nl.beraad.domain.Problem;

/**
 * A process that holds a session or the database, as a refusal names it: terminal, process id,
 * where an SSH login came from, and since when (in this machine's time zone).
 */
record Holder(long pid, Instant started, String terminal, String origin, Instant since) {
    static Holder of(ThisProcess p, Instant since) {
        return new Holder(p.pid(), p.started(), p.terminal(), p.origin(), since);
    }

    /**
     * The sentence {@code key} about {@code subject}; its arguments are {1} "pts/3, " (or nothing),
     * {2} the process id, {3} and {4} hour and minute, {5} the SSH address in the key's ".ssh" form.
     */
    Problem problem(String key, Object subject) {
        ZonedDateTime at = since.atZone(ZoneId.systemDefault());
        return Problem.of(origin.isEmpty() ? key : key + ".ssh", subject, terminal.isEmpty() ? "" : terminal + ", ",
                pid, String.format("%02d", at.getHour()), String.format("%02d", at.getMinute()), origin);
    }

    /**
     * Whether the process is stopped (kill -STOP, or Ctrl-Z in a session whose connection dropped):
     * it cannot answer until it is woken, however long one waits. Linux only; elsewhere never.
     */
    boolean stopped() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            String state = stat.substring(stat.lastIndexOf(')') + 1).strip();
            return state.startsWith("T") || state.startsWith("t");
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether this holder is a process running now (not one that ended, nor a later one with its pid). */
    boolean running() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(p -> started.equals(Instant.EPOCH) || ThisProcess.startOf(p).toEpochMilli() == started.toEpochMilli())
                .orElse(false);
    }
}
