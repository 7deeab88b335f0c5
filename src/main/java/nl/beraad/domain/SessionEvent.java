package nl.beraad.domain;

import java.time.Instant;

/**
 * A moment in a meeting's life, stored so the report can give its real times: made (START), taken
 * up by a terminal to steer it (TAKEN), let go by that terminal or found abandoned by it (LEFT),
 * finished (FINISH) and opened again (REOPEN).
 */
public record SessionEvent(Kind kind, Instant at) {
    /** What happened; see the type's description. */
    public enum Kind { START, TAKEN, LEFT, FINISH, REOPEN }
}
