package nl.beraad.domain;

/** Process exit codes, shared by every layer so that any failure maps to exactly one code. */
public enum ExitCode {
    OK(0),
    ERROR(1),
    INVALID_INPUT(2),
    CONFLICT(3),
    INTERNAL(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
