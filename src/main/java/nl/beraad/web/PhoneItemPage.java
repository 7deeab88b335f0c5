package nl.beraad.web;

import java.util.List;
import java.util.Optional;
import nl.beraad.app.PhoneService;
import nl.beraad.app.SessionService;
import nl.beraad.domain.Device;
import nl.beraad.domain.Position;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.text.AnswerSheet;
import nl.beraad.text.Messages;

/** The page of the item on the table as one phone sees it: its form, its own answer, or the result once revealed. */
final class PhoneItemPage {
    private final SessionService sessions;
    private final PhoneService phones;
    private final Messages msg;
    private final Pages pages;

    PhoneItemPage(SessionService sessions, PhoneService phones, Messages msg, Pages pages) {
        this.sessions = sessions;
        this.phones = phones;
        this.msg = msg;
        this.pages = pages;
    }

    /**
     * The page for {@code device} in the session as just read; {@code shown} is a position to fill in
     * instead of the stored one.
     */
    String html(Session session, Device device, String csrf, String notice, String problem, Optional<Position> shown) {
        SessionId sessionId = session.id();
        SessionItem item = sessions.item(sessionId, session.currentItem());
        boolean answering = phones.answering(session, item);
        boolean revealed = item.item().kind().takesPositions() && item.isRevealed(item.round());
        Optional<Position> stored = item.item().kind().takesPositions()
                ? phones.ownPosition(device, item).map(v -> v.position()) : Optional.empty();
        Optional<Position> own = shown.isPresent() ? shown : stored;
        String result = revealed ? ResultView.html(sessions.record(sessionId, item.number()), item.number(), msg) : null;
        String ownName = session.details().isAnonymous() ? null
                : sessions.participant(sessionId, device.participantId()).map(p -> p.name()).orElse(null);
        // Nobody waiting is named to a phone: who still has to answer is for the facilitator's screen.
        AnswerSheet sheet = AnswerSheet.of(msg, item, sessions.itemCount(sessionId), List.of());
        return pages.item(new Pages.ItemView(sheet, csrf, answering, own, stored.isPresent(), result, notice, problem,
                ownName));
    }
}
