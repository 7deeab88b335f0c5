package nl.beraad.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.beraad.app.PhoneService;
import nl.beraad.app.SessionService;
import nl.beraad.domain.Device;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.text.Messages;

/**
 * Phones answering on a scratch session, as the vote page has them answer, so that the meeting's
 * first rounds find the code warm. A JVM runs code slowly until it has compiled it: in
 * {@code scripts/bench} the first four rounds of 45 phones were two to four times as slow as the
 * rest, and the only rounds slower than the target. The session must be on a database of its own:
 * this stores answers in it.
 */
public final class Rehearsal {
    private Rehearsal() {
    }

    /**
     * Every voter of the scratch session joins with a phone and answers each scaled item in turn, with
     * the item page drawn before and after each answer and once more after the reveal, as the vote page
     * does. Returns the number of answers stored.
     */
    public static int run(SessionService sessions, PhoneService phones, Messages msg, SessionId sessionId) {
        PhoneItemPage page = new PhoneItemPage(sessions, phones, msg, new Pages(msg));
        List<Device> devices = new ArrayList<>();
        for (Participant p : sessions.voters(sessionId)) {
            devices.add(phones.name(phones.join(sessionId, Guard.hash("rehearsal-" + p.id())), p.id()));
        }
        if (devices.isEmpty()) {
            return 0;
        }
        String csrf = Guard.csrf("rehearsal");
        int answered = 0;
        for (int n = 1; n <= sessions.itemCount(sessionId); n++) {
            ItemNo itemNo = ItemNo.of(n);
            sessions.moveTo(sessionId, itemNo);
            SessionItem item = phones.open(sessionId, itemNo, false);
            if (!item.item().kind().isScaled()) {
                continue;
            }
            int steps = item.item().form().scale().steps();
            for (Device device : devices) {
                page.html(sessions.session(sessionId), device, csrf, null, null, Optional.empty());
                Map<String, List<String>> form = Map.of("item", List.of(itemNo.toString()),
                        "step", List.of(Integer.toString(1 + answered % steps)));
                phones.answer(device, itemNo, AnswerForm.read(item, form).position());
                page.html(sessions.session(sessionId), device, csrf, msg.get("web.answer.sent"), null, Optional.empty());
                answered++;
            }
            sessions.reveal(sessionId, itemNo);
            page.html(sessions.session(sessionId), devices.get(0), csrf, null, null, Optional.empty());
        }
        return answered;
    }
}
