package nl.beraad.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How positions moved between the rounds: who changed, and in which direction on a scale. */
class ShiftTest {
    private static Vote vote(ParticipantId who, int round, Position p) {
        return new Vote(who, ItemNo.of(1), round, p, Instant.EPOCH);
    }

    @Test
    void movesAreCountedPerDirectionOnlyForThoseInBothRounds() {
        List<Vote> first = List.of(vote(new ParticipantId(1), 1, Position.step(1)), vote(new ParticipantId(2), 1, Position.step(5)),
                vote(new ParticipantId(3), 1, Position.step(3)), vote(new ParticipantId(4), 1, Position.step(2)), vote(new ParticipantId(5), 1, Position.ABSTAIN));
        List<Vote> second = List.of(vote(new ParticipantId(1), 2, Position.step(2)), vote(new ParticipantId(2), 2, Position.step(4)),
                vote(new ParticipantId(3), 2, Position.step(3)), vote(new ParticipantId(5), 2, Position.step(3)), vote(new ParticipantId(6), 2, Position.step(1)));

        Shift shift = Shift.between(first, second, ItemKind.DILEMMA);

        // 4 did not vote again and 6 did not vote first; 5 went from abstaining to a step: a change, no direction.
        assertEquals(new Shift(4, 3, 1, 1, 0, 1, 1, 1), shift);
    }

    @Test
    void onAChoiceOnlyChangesCount() {
        List<Vote> first = List.of(vote(new ParticipantId(1), 1, Position.numbers(List.of(1))), vote(new ParticipantId(2), 1, Position.numbers(List.of(2))));
        List<Vote> second = List.of(vote(new ParticipantId(1), 2, Position.numbers(List.of(2))), vote(new ParticipantId(2), 2, Position.numbers(List.of(2))));

        assertEquals(new Shift(2, 1, 0, 0, 0, 0, 0, 0), Shift.between(first, second, ItemKind.CHOICE));
        assertEquals(1, Shift.between(first, second, ItemKind.CHOICE).otherChanges());
    }

    @Test
    void movesToAndFromAbstainingAreCountedApart() {
        List<Vote> first = List.of(vote(new ParticipantId(1), 1, Position.step(2)), vote(new ParticipantId(2), 1, Position.ABSTAIN));
        List<Vote> second = List.of(vote(new ParticipantId(1), 2, Position.ABSTAIN), vote(new ParticipantId(2), 2, Position.step(4)));

        assertEquals(new Shift(2, 2, 0, 0, 1, 1, 0, 0), Shift.between(first, second, ItemKind.DILEMMA));
    }
}
