package nl.beraad.app;

import nl.beraad.domain.NameKeeping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Device;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Position;
import nl.beraad.domain.Proposal;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.Side;
import nl.beraad.support.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The phones' rules, and that the store takes many phones and the facilitator at one instant. */
class PhoneServiceTest {
    private Services services;
    private SessionService sessions;
    private PhoneService phones;

    @BeforeEach
    void open() {
        services = Services.open();
        sessions = services.sessions();
        phones = services.phones();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Session meeting(int members) {
        return services.meeting(members);
    }

    private Device phoneOf(Session s, int member) {
        Device d = phones.join(s.id(), "hash-" + member);
        return phones.name(d, sessions.participants(s.id()).get(member).id());
    }

    @Test
    void aPhoneAnswersOnlyWhileItsRoundIsOpenAndNotRevealed() {
        Session s = meeting(2);
        Device phone = phoneOf(s, 0);

        BeraadException closed = assertThrows(BeraadException.class, () -> phones.answer(phone, ItemNo.of(1), Position.step(2)));
        assertEquals("device.round.closed", closed.problems().get(0).key());
        assertTrue(sessions.votes(s.id(), ItemNo.of(1), 1).isEmpty());

        phones.open(s.id(), ItemNo.of(1), false);
        phones.answer(phone, ItemNo.of(1), Position.step(2));
        phones.answer(phone, ItemNo.of(1), Position.step(4)); // changed before the reveal: one position, the last
        assertEquals(List.of(4), sessions.votes(s.id(), ItemNo.of(1), 1).stream().map(v -> v.position().step()).toList());

        sessions.reveal(s.id(), ItemNo.of(1));
        assertThrows(BeraadException.class, () -> phones.answer(phone, ItemNo.of(1), Position.step(1)));
        assertEquals(List.of(4), sessions.votes(s.id(), ItemNo.of(1), 1).stream().map(v -> v.position().step()).toList());

        // A step the scale does not have is judged as a typed one: refused, nothing stored.
        sessions.moveTo(s.id(), ItemNo.of(2));
        phones.open(s.id(), ItemNo.of(2), false);
        assertThrows(BeraadException.class, () -> phones.answer(phone, ItemNo.of(2), Position.step(99)));
        assertTrue(sessions.votes(s.id(), ItemNo.of(2), 1).isEmpty());
        // The item on the table moved on: item 1 is no longer answered by phone.
        assertThrows(BeraadException.class, () -> phones.answer(phone, ItemNo.of(1), Position.step(1)));
    }

    @Test
    void oneDevicePerMemberAndAReleasedDeviceAnswersNoMore() {
        Session s = meeting(2);
        Device first = phoneOf(s, 0);
        Device second = phones.join(s.id(), "hash-x");
        ParticipantId member = sessions.participants(s.id()).get(0).id();
        BeraadException taken = assertThrows(BeraadException.class, () -> phones.name(second, member));
        assertEquals("device.name.taken", taken.problems().get(0).key());
        assertEquals(1, phones.choosable(s.id()).size(), "the member with a phone is not offered again");

        phones.open(s.id(), ItemNo.of(1), false);
        phones.release(s.id(), first.id());
        BeraadException released = assertThrows(BeraadException.class, () -> phones.answer(first, ItemNo.of(1), Position.step(1)));
        assertEquals("device.released", released.problems().get(0).key());
        assertTrue(sessions.votes(s.id(), ItemNo.of(1), 1).isEmpty());
        phones.name(second, member); // the member's new phone
        phones.answer(second, ItemNo.of(1), Position.step(1));
        assertEquals(1, sessions.votes(s.id(), ItemNo.of(1), 1).size());
    }

    @Test
    void anAnonymousSessionSendsNoNamesAndNumbersItsPhones() {
        Session s = sessions.start("scp-dilemmas-2022", "Raad", new SessionDetails("", "", "", "", NameKeeping.ANONYMOUS));
        BeraadException named = assertThrows(BeraadException.class, () -> sessions.addParticipant(s.id(), "Zoë Bakker"));
        assertEquals("participant.anonymous.name", named.problems().get(0).key());
        sessions.addNumbered(s.id(), "Deelnemer", 1);
        assertTrue(phones.choosable(s.id()).isEmpty());
        Device a = phones.numbered(phones.join(s.id(), "a"), "Deelnemer");
        Device b = phones.numbered(phones.join(s.id(), "b"), "Deelnemer");
        List<String> names = sessions.participants(s.id()).stream()
                .filter(p -> p.id().equals(a.participantId()) || p.id().equals(b.participantId())).map(p -> p.name()).toList();
        assertEquals(List.of("Deelnemer 2", "Deelnemer 3"), names, "numbered after the member added on the screen");
    }

    @Test
    void proposalsWaitForTheFacilitatorAndCannotFlood() {
        Session s = meeting(1);
        Device phone = phoneOf(s, 0);
        for (int i = 1; i <= PhoneService.OPEN_PROPOSALS_PER_DEVICE; i++) {
            phones.propose(phone, ItemNo.of(1), Side.A, "Argument " + i, false);
        }
        BeraadException flood = assertThrows(BeraadException.class, () -> phones.propose(phone, ItemNo.of(1), Side.A, "Nog een", false));
        assertEquals("proposal.too.many", flood.problems().get(0).key());
        assertThrows(BeraadException.class, () -> phones.propose(phone, ItemNo.of(1), Side.B, "Zonder naam", true));
        assertTrue(sessions.arguments(s.id(), ItemNo.of(1)).isEmpty(), "nothing is the board's argument before it is accepted");

        List<Proposal> open = phones.openProposals(s.id(), ItemNo.of(1));
        phones.accept(s.id(), open.get(0).id(), "Argument 1, verbeterd");
        phones.drop(s.id(), open.get(1).id());
        assertEquals(List.of("Argument 1, verbeterd"), sessions.arguments(s.id(), ItemNo.of(1)).stream().map(a -> a.text()).toList());
        assertThrows(BeraadException.class, () -> phones.drop(s.id(), open.get(1).id()));
        phones.propose(phone, ItemNo.of(1), Side.B, "Weer ruimte", false); // two were dealt with: room for more
        assertEquals(2, phones.openProposals(s.id(), ItemNo.of(1)).size());
    }

    @Test
    void aPhoneAnswerIsToldToListenersAfterItIsCommitted() throws Exception {
        Session s = meeting(1);
        Device phone = phoneOf(s, 0);
        phones.open(s.id(), ItemNo.of(1), false);
        List<Integer> seen = new ArrayList<>();
        try (AutoCloseable listening = phones.changes().listen(change -> {
            if (change.what() == SessionChanges.What.POSITIONS) {
                seen.add(sessions.votes(s.id(), ItemNo.of(1), 1).size()); // read from the listener: already committed
            }
        })) {
            phones.answer(phone, ItemNo.of(1), Position.step(3));
        }
        assertTrue(!seen.isEmpty() && seen.stream().allMatch(n -> n == 1), seen.toString());
    }

    @Test
    void manyPhonesAndARevealAtOneInstantNeitherLoseNorAdmitALateAnswer() throws Exception {
        int members = 45;
        Session s = meeting(members);
        List<Device> devices = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            devices.add(phoneOf(s, i));
        }
        phones.open(s.id(), ItemNo.of(1), false);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger acknowledged = new AtomicInteger();
        List<Future<?>> work = new ArrayList<>();
        for (Device d : devices) {
            work.add(pool.submit(() -> {
                start.await();
                try {
                    phones.answer(d, ItemNo.of(1), Position.step(1 + (int) (d.id() % 5)));
                    acknowledged.incrementAndGet();
                } catch (BeraadException refused) {
                    assertEquals("device.round.closed", refused.problems().get(0).key());
                }
                return null;
            }));
        }
        work.add(pool.submit(() -> {
            start.await();
            Thread.sleep(2);
            sessions.reveal(s.id(), ItemNo.of(1));
            return null;
        }));
        start.countDown();
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        // Every acknowledged answer is stored, and none was admitted after the reveal.
        assertEquals(acknowledged.get(), sessions.votes(s.id(), ItemNo.of(1), 1).size());
        assertTrue(sessions.item(s.id(), ItemNo.of(1)).isRevealed(1));
    }
}
