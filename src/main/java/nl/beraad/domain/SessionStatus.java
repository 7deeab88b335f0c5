package nl.beraad.domain;

/** Whether a session can still be worked on. */
public enum SessionStatus {
    OPEN, FINISHED
}
