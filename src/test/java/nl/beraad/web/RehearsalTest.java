package nl.beraad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.beraad.domain.Device;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Session;
import nl.beraad.domain.Vote;
import nl.beraad.domain.VoteMethod;
import nl.beraad.support.Services;
import nl.beraad.text.Messages;
import org.junit.jupiter.api.Test;

/** A rehearsal has every voter of its scratch session answer every scaled item by phone, and reveals each. */
class RehearsalTest {

    @Test
    void everyVoterAnswersEveryDilemmaByPhoneAndEachIsRevealed() {
        try (Services services = Services.open()) {
            Session s = services.meeting(3);
            int answered = Rehearsal.run(services.sessions(), services.phones(), Messages.forLanguage("nl"), s.id());
            int items = services.sessions().itemCount(s.id());
            assertEquals(3 * items, answered);
            for (int n = 1; n <= items; n++) {
                ItemNo item = ItemNo.of(n);
                List<Vote> votes = services.sessions().votes(s.id(), item, 1);
                assertEquals(3, votes.size());
                assertTrue(votes.stream().allMatch(v -> v.method() == VoteMethod.DEVICE), votes.toString());
                assertTrue(services.sessions().item(s.id(), item).isRevealed(1));
            }
            List<Device> devices = services.phones().devices(s.id());
            assertEquals(3, devices.size());
        }
    }

    @Test
    void aSessionWithoutVotersRehearsesNothing() {
        try (Services services = Services.open()) {
            Session s = services.meeting(0);
            assertEquals(0, Rehearsal.run(services.sessions(), services.phones(), Messages.forLanguage("nl"), s.id()));
        }
    }
}
