package nl.beraad.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Holds how {@link Tally} counts positions, leaves abstentions out, and finds the median and sides. */
class TallyTest {

    private static final Scale FIVE = new Scale(5);
    private static final Scale SEVEN = new Scale(7);

    /** Positions from step numbers; 0 is an abstention. */
    private static List<Position> positions(int... steps) {
        List<Position> list = new ArrayList<>();
        for (int step : steps) {
            list.add(step == 0 ? Position.ABSTAIN : Position.step(step));
        }
        return list;
    }

    private static double median(Scale scale, int... steps) {
        OptionalDouble median = Tally.of(scale, positions(steps)).median();
        assertTrue(median.isPresent(), "median of " + Arrays.toString(steps));
        return median.getAsDouble();
    }

    @Test
    void countsPositionsPerStep() {
        Tally tally = Tally.of(FIVE, positions(1, 2, 2, 4, 5, 5, 5));

        assertArrayEquals(new long[] {1, 2, 0, 1, 3}, tally.counts());
        assertEquals(1, tally.count(1));
        assertEquals(2, tally.count(2));
        assertEquals(0, tally.count(3));
        assertEquals(3, tally.count(5));
    }

    @Test
    void countsAreACopyTheCallerCannotChange() {
        Tally tally = Tally.of(FIVE, positions(3));

        tally.counts()[2] = 99;

        assertEquals(1, tally.count(3));
    }

    @Test
    void abstentionsAreCountedButNotOnTheScale() {
        Tally tally = Tally.of(FIVE, positions(1, 0, 3, 0, 0));

        assertEquals(3, tally.abstentions());
        assertEquals(2, tally.onScale());
        assertEquals(5, tally.total());
        assertArrayEquals(new long[] {1, 0, 1, 0, 0}, tally.counts());
    }

    @Test
    void medianLeavesAbstentionsOut() {
        // Were the three abstentions counted as a low step, the median would drop below 5.
        assertEquals(5.0, median(FIVE, 5, 5, 5, 0, 0, 0));
        assertEquals(2.0, median(FIVE, 0, 1, 2, 3, 0));
    }

    @Test
    void medianOfAnOddCountIsTheMiddlePosition() {
        assertEquals(2.0, median(FIVE, 1, 2, 2, 4, 5));
        assertEquals(3.0, median(FIVE, 3));
        assertEquals(4.0, median(SEVEN, 7, 1, 4, 6, 4));
    }

    @Test
    void medianOfAnEvenCountFallsHalfwayWhenTheTwoMiddlePositionsDiffer() {
        assertEquals(2.5, median(FIVE, 2, 3));
        assertEquals(1.5, median(FIVE, 1, 1, 2, 2));
        assertEquals(4.5, median(SEVEN, 1, 4, 5, 7));
    }

    @Test
    void medianOfAnEvenCountIsAWholeStepWhenTheTwoMiddlePositionsAgree() {
        assertEquals(2.0, median(FIVE, 2, 2, 2, 5));
        assertEquals(3.0, median(FIVE, 1, 3, 3, 5));
    }

    @Test
    void countOnSideSplitsAFiveStepScaleAroundItsMiddle() {
        Tally tally = Tally.of(FIVE, positions(1, 2, 2, 3, 3, 3, 4, 5, 5, 5, 5, 0));

        assertEquals(3, tally.countOnSide(Side.A));
        assertEquals(3, tally.countOnSide(Side.NONE));
        assertEquals(5, tally.countOnSide(Side.B));
    }

    @Test
    void countOnSideSplitsASevenStepScaleAroundItsMiddle() {
        Tally tally = Tally.of(SEVEN, positions(1, 2, 3, 3, 4, 5, 6, 7, 7, 0, 0));

        assertEquals(4, tally.countOnSide(Side.A));
        assertEquals(1, tally.countOnSide(Side.NONE));
        assertEquals(4, tally.countOnSide(Side.B));
    }

    @Test
    void sidesTogetherHoldEveryPositionOnTheScaleAndNoAbstention() {
        Tally tally = Tally.of(SEVEN, positions(1, 2, 3, 4, 5, 6, 7, 0, 0, 0));

        long sum = tally.countOnSide(Side.A) + tally.countOnSide(Side.NONE) + tally.countOnSide(Side.B);

        assertEquals(tally.onScale(), sum);
        assertEquals(7, sum);
    }

    @Test
    void aScaleWithAnEvenNumberOfStepsHasNoMiddle() {
        Tally tally = Tally.of(new Scale(4), positions(1, 2, 3, 4));

        assertEquals(2, tally.countOnSide(Side.A));
        assertEquals(0, tally.countOnSide(Side.NONE));
        assertEquals(2, tally.countOnSide(Side.B));
    }

    @Test
    void aStepBeyondTheScaleIsRejected() {
        List<Position> sixOnFive = positions(1, 6);

        assertThrows(IllegalArgumentException.class, () -> Tally.of(FIVE, sixOnFive));
        assertThrows(IllegalArgumentException.class, () -> Tally.of(SEVEN, positions(8)));
    }

    @Test
    void anEmptyTallyHasNoMedianAndNoAgreement() {
        Tally tally = Tally.of(FIVE, List.of());

        assertEquals(0, tally.total());
        assertTrue(tally.median().isEmpty());
        assertTrue(tally.agreement().isEmpty());
    }

    @Test
    void aTallyOfOnlyAbstentionsHasNoMedianAndNoAgreement() {
        Tally tally = Tally.of(FIVE, positions(0, 0));

        assertEquals(2, tally.total());
        assertEquals(0, tally.onScale());
        assertTrue(tally.median().isEmpty());
        assertTrue(tally.agreement().isEmpty());
    }

    @Test
    void agreementIsComputedFromThePositionsOnTheScale() {
        Tally together = Tally.of(FIVE, positions(3, 3, 3, 0));
        Tally split = Tally.of(FIVE, positions(1, 1, 5, 5, 0));

        assertEquals(1.0, together.agreement().orElseThrow().value(), 1e-9);
        assertEquals(-1.0, split.agreement().orElseThrow().value(), 1e-9);
    }
}
