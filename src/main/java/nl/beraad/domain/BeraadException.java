package nl.beraad.domain;

import java.util.List;

/**
 * The one failure type outside the command line: it carries the exit code and the problem(s) to
 * show, so any layer can fail with a clear sentence and the command line maps it once.
 */
public class BeraadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;
    private final transient List<Problem> problems;

    public BeraadException(ExitCode exitCode, List<Problem> problems, Throwable cause) {
        super(problems.isEmpty() ? exitCode.name() : problems.get(0).key(), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem is required");
        }
        this.exitCode = exitCode;
        this.problems = List.copyOf(problems);
    }

    public BeraadException(ExitCode exitCode, String key, Object... args) {
        this(exitCode, List.of(Problem.of(key, args)), null);
    }

    public static BeraadException invalid(String key, Object... args) {
        return new BeraadException(ExitCode.INVALID_INPUT, key, args);
    }

    public static BeraadException conflict(String key, Object... args) {
        return new BeraadException(ExitCode.CONFLICT, key, args);
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public List<Problem> problems() {
        return problems;
    }
}
