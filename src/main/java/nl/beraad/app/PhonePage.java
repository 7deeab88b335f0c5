package nl.beraad.app;

import java.util.Set;
import nl.beraad.domain.SessionId;

/**
 * The participants' vote page as the meeting sees it: the facilitator starts it for the open session
 * (a key on the screen, a command in line mode, {@code beraad serve}) and it stops when the session is
 * paused or finished. The web adapter serves it; the screen and line mode only start, show and stop it.
 */
public interface PhonePage {

    /** Starts serving the session's vote page; refused in one sentence when the address cannot be used. */
    Serving start(SessionId sessionId);

    /** A running vote page. Closing it stops the server; what phones stored stays. */
    interface Serving extends AutoCloseable {
        /** The address phones open (also in the QR code), e.g. {@code http://192.168.1.23:8421/}. */
        String address();

        /** The short code a phone types to join; it is shown only on the facilitator's screen. */
        String joinCode();

        /** The devices that have been in touch lately (a live connection or a recent request), by id. */
        Set<Long> connected();

        @Override
        void close();
    }
}
