package nl.beraad.support;

import nl.beraad.domain.NameKeeping;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import nl.beraad.app.SessionService;
import nl.beraad.domain.Argument;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.Side;
import nl.beraad.domain.VoteMethod;

/**
 * Meetings played through the real service, for tests that need a session with everything in it:
 * every item kind with two rounds, abstentions, named and in-turn positions, hands, observers and
 * absentees (the golden report's), and one with every kind of correction after the fact.
 */
public final class RecordedMeetings {
    private final SessionService service;
    private final Path set;

    /** Meetings on {@code set} (the golden set: eight items, one of every kind and more). */
    public RecordedMeetings(SessionService service, Path set) {
        this.service = service;
        this.set = set;
    }

    /** A clock that moves on twenty seconds every time it is read, from a fixed start: a meeting of some length. */
    public static Clock ticking(Instant start, ZoneId zone) {
        return new TickingClock(start, zone);
    }

    /**
     * A position corrected after the reveal, a show of hands reopened and counted again, an argument
     * edited, and an answer deleted at the member's request; finished.
     */
    public SessionId corrections() {
        SessionId id = service.start(set.toString(), "Correcties",
                new SessionDetails("Commissie Samenleving", "Raadzaal", "Ellen Visser", "Tom Bakker", NameKeeping.NAMED)).id();
        List<Participant> p = List.of(service.addParticipant(id, "Anouk de Vries"),
                service.addParticipant(id, "José Öztürk"), service.addParticipant(id, "Sjoerd Bakker"));
        vote(id, ItemNo.of(1), p, Position.step(1), Position.step(5), Position.step(4));
        service.reveal(id, ItemNo.of(1));
        service.correctPosition(id, ItemNo.of(1), 1, p.get(1), Position.step(2), "José had zich vergist in de richting");
        Argument edited = service.addArgument(id, ItemNo.of(1), p.get(2), Side.B, "Aanbellen voelt als controle");
        service.editArgument(id, edited.id(), "Aanbellen voelt voor veel inwoners als controle.", "");
        service.countHands(id, ItemNo.of(7), 1, 2);
        service.countHands(id, ItemNo.of(7), 5, 1);
        service.reveal(id, ItemNo.of(7));
        service.reopenRound(id, ItemNo.of(7), "een hand te veel geteld");
        service.countHands(id, ItemNo.of(7), 5, 0);
        service.countHands(id, ItemNo.of(7), 0, 1);
        service.reveal(id, ItemNo.of(7));
        Argument deleted = service.addArgument(id, ItemNo.of(6), p.get(0), Side.NONE, "Mijn eigen betalingsproblemen, jaren geleden.");
        service.addArgument(id, ItemNo.of(6), p.get(1), Side.NONE, "Regels die elkaar tegenspreken.");
        service.deleteArgument(id, deleted.id(), "op verzoek van Anouk");
        service.finish(id);

        return id;
    }

    /** Six kinds, then an item decided unanimously by show of hands and an item nobody got to. */
    public SessionId everyKind() {
        SessionId id = service.start(set.toString(), "Armoede en ondersteuning",
                new SessionDetails("Commissie Samenleving", "Raadzaal", "Ellen Visser", "Tom Bakker", NameKeeping.NAMED)).id();
        List<Participant> p = List.of(service.addParticipant(id, "Anouk de Vries"),
                service.addParticipant(id, "José Öztürk"), service.addParticipant(id, "Sjoerd Bakker"),
                service.addParticipant(id, "Fatima el Amrani"));
        Participant observer = service.setObserver(id, service.addParticipant(id, "Piet Hendriks"), true);
        service.setPresent(id, service.addParticipant(id, "Ingrid Jansen"), false);
        // 1 dilemma, one abstention
        vote(id, ItemNo.of(1), p, Position.step(1), Position.step(4), Position.step(3), Position.ABSTAIN);
        service.reveal(id, ItemNo.of(1));
        service.addArgument(id, ItemNo.of(1), p.get(0), Side.A, "Wie schulden heeft, schaamt zich en vraagt niet snel.");
        service.addArgument(id, ItemNo.of(1), p.get(1), Side.B, "Aanbellen voelt als controle.");
        service.addArgument(id, ItemNo.of(1), observer, Side.NONE, "Vraag het de inwoners zelf.");
        service.conclude(id, ItemNo.of(1), "Alleen aanbellen met een concreet aanbod.", "José wil eerst een proef.",
                "Wethouder vragen naar de privacytoets\nProef in één wijk");
        // 2 stelling, two rounds, positions said openly and typed by the chair
        named(id, ItemNo.of(2), p, Position.step(5), Position.step(4), Position.step(2), Position.step(4));
        service.reveal(id, ItemNo.of(2));
        service.addArgument(id, ItemNo.of(2), p.get(2), Side.A, "Eén plan wordt snel één dik dossier.");
        service.addArgument(id, ItemNo.of(2), null, Side.B, "Dan hoeft niemand zijn verhaal drie keer te doen.");
        service.startSecondRound(id, ItemNo.of(2));
        named(id, ItemNo.of(2), p, Position.step(5), Position.step(4), Position.ABSTAIN, Position.step(4));
        service.reveal(id, ItemNo.of(2));
        service.conclude(id, ItemNo.of(2), "De raad steunt één plan per huishouden.");
        // 3 keuze (at most two), 4 verdeling, 5 rangorde
        vote(id, ItemNo.of(3), p, Position.numbers(List.of(1, 2)), Position.numbers(List.of(1)), Position.numbers(List.of(3)),
                Position.numbers(List.of(1, 3)));
        service.reveal(id, ItemNo.of(3));
        vote(id, ItemNo.of(4), p, Position.numbers(List.of(50, 30, 20)), Position.numbers(List.of(20, 20, 60)),
                Position.numbers(List.of(30, 30, 40)), Position.ABSTAIN);
        service.reveal(id, ItemNo.of(4));
        vote(id, ItemNo.of(5), p, Position.numbers(List.of(2, 1, 3, 4)), Position.numbers(List.of(1, 2, 4, 3)),
                Position.numbers(List.of(2, 1, 4, 3)), Position.numbers(List.of(1, 3, 2, 4)));
        service.reveal(id, ItemNo.of(5));
        service.conclude(id, ItemNo.of(5), "Jeugd en wonen gaan voor.");
        // 6 vraag
        service.addArgument(id, ItemNo.of(6), p.get(0), Side.NONE, "Te weinig zicht op wat werkt.");
        service.addArgument(id, ItemNo.of(6), p.get(3), Side.NONE, "Regels die elkaar tegenspreken.");
        // 7 unanimous, by show of hands; 8 left empty
        service.countHands(id, ItemNo.of(7), 1, 3);
        service.countHands(id, ItemNo.of(7), 2, 1);
        service.reveal(id, ItemNo.of(7));
        service.conclude(id, ItemNo.of(7), "Met algemene stemmen: één vast aanspreekpunt.");
        service.finish(id);
        return id;
    }

    private void vote(SessionId id, ItemNo item, List<Participant> people, Position... positions) {
        cast(VoteMethod.IN_TURN, id, item, people, positions);
    }

    private void named(SessionId id, ItemNo item, List<Participant> people, Position... positions) {
        cast(VoteMethod.NAMED, id, item, people, positions);
    }

    private void cast(VoteMethod method, SessionId id, ItemNo item, List<Participant> people, Position... positions) {
        for (int i = 0; i < positions.length; i++) {
            service.vote(id, item, people.get(i), positions[i], method);
        }
    }

    /** A clock that moves on twenty seconds every time it is read, from a fixed start: a meeting of some length. */
    private static final class TickingClock extends Clock {
        private Instant now;

        private final ZoneId zone;

        TickingClock(Instant start, ZoneId zone) {
            this.now = start;
            this.zone = zone;
        }

        /** The meeting's zone, which a session stores when it starts. */
        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            now = now.plusSeconds(20);
            return now;
        }
    }
}
