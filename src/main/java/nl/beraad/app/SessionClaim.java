package nl.beraad.app;

/** Exclusive use of one session by this process; closing it lets another process take the session. */
public interface SessionClaim extends AutoCloseable {
    @Override
    void close();
}
