package nl.beraad.ui.line;

import java.util.Optional;
import java.util.Set;
import nl.beraad.app.PhonePage;
import nl.beraad.app.PhoneService;
import nl.beraad.domain.SessionId;

/**
 * The phones of one line-mode session: what they may do ({@link PhoneService}) and the vote page
 * they do it on, started by 'telefoons aan' or by {@code beraad serve} before line mode runs.
 * Closing it stops the page, so a session that pauses or finishes leaves no server behind.
 */
public final class LinePhones implements AutoCloseable {
    final PhoneService service;
    private final PhonePage page;
    private PhonePage.Serving serving;

    public LinePhones(PhoneService service, PhonePage page) {
        this.service = service;
        this.page = page;
    }

    /** Starts the session's vote page, or gives the one already running. */
    public PhonePage.Serving start(SessionId sessionId) {
        if (serving == null) {
            serving = page.start(sessionId);
        }
        return serving;
    }

    /** The vote page while it runs. */
    public Optional<PhonePage.Serving> serving() {
        return Optional.ofNullable(serving);
    }

    /** The devices in touch lately; none while the page does not run. */
    Set<Long> connected() {
        return serving == null ? Set.of() : serving.connected();
    }

    /** Stops the vote page; whether it was running. */
    boolean stop() {
        if (serving == null) {
            return false;
        }
        PhonePage.Serving running = serving;
        serving = null;
        running.close();
        return true;
    }

    @Override
    public void close() {
        stop();
    }
}
