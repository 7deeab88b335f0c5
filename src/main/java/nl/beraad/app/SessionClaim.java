package nl.beraad.app;

/** Exclusive use of one session by this process; closing it lets another process take the session. */
public interface SessionClaim extends AutoCloseable {
    /** The refusal a process gets for every change once another terminal took its session over. */
    String LOST = "session.taken.over";

    /** Whether {@code e} refuses a session because another terminal holds it (which can be taken over). */
    static boolean held(nl.beraad.domain.BeraadException e) {
        String key = e.problems().get(0).key();
        return key.startsWith("session.held") || key.equals("session.in.use");
    }

    /** Whether {@code e} says this process lost its session to another terminal: nothing more can be changed. */
    static boolean lost(nl.beraad.domain.BeraadException e) {
        return e.problems().get(0).key().startsWith(LOST);
    }

    @Override
    void close();
}
