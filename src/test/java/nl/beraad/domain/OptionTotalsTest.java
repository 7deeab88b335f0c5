package nl.beraad.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Holds how {@link OptionTotals} adds up choices, points and Borda scores, and orders the options. */
class OptionTotalsTest {

    private static final double EXACT = 1e-9;
    private static final List<String> THREE = List.of("Wonen", "Jeugd", "Bestaanszekerheid");

    private static Position numbers(Integer... numbers) {
        return Position.numbers(List.of(numbers));
    }

    private static List<OptionTotals.Place> places(long... rankOptionTotal) {
        List<OptionTotals.Place> places = new java.util.ArrayList<>();
        for (int i = 0; i < rankOptionTotal.length; i += 3) {
            places.add(new OptionTotals.Place((int) rankOptionTotal[i], (int) rankOptionTotal[i + 1],
                    rankOptionTotal[i + 2]));
        }
        return places;
    }

    @Test
    void choiceCountsHowOftenEachOptionWasChosenAndCountsAbstentionsApart() {
        OptionTotals totals = OptionTotals.of(ItemForm.choice(THREE, 2),
                List.of(numbers(1), numbers(1, 3), numbers(2, 3), Position.ABSTAIN, numbers(3)));

        assertArrayEquals(new long[] {2, 1, 3}, totals.totals());
        assertEquals(3, totals.total(3));
        assertEquals(4, totals.responders());
        assertEquals(1, totals.abstentions());
        assertEquals(5, totals.total());
    }

    @Test
    void allocationAddsUpThePointsPerOptionAndGivesEachItsShare() {
        OptionTotals totals = OptionTotals.of(ItemForm.allocation(THREE, 100),
                List.of(numbers(50, 30, 20), numbers(20, 30, 50), numbers(100, 0, 0), Position.ABSTAIN));

        assertArrayEquals(new long[] {170, 60, 70}, totals.totals());
        assertEquals(3, totals.responders());
        assertEquals(1, totals.abstentions());
        assertEquals(170.0 / 300, totals.share(1), EXACT);
        assertEquals(0.2, totals.share(2), EXACT);
        assertEquals(70.0 / 300, totals.share(3), EXACT);
    }

    @Test
    void rankingGivesBordaPointsFirstPlacesAndACombinedOrder() {
        OptionTotals totals = OptionTotals.of(ItemForm.ranking(THREE),
                List.of(numbers(3, 1, 2), numbers(1, 2, 3), numbers(3, 2, 1)));

        assertArrayEquals(new long[] {3, 2, 4}, totals.totals());
        assertEquals(1, totals.firstPlaces(1));
        assertEquals(0, totals.firstPlaces(2));
        assertEquals(2, totals.firstPlaces(3));
        assertEquals(places(1, 3, 4, 2, 1, 3, 3, 2, 2), totals.order());
        assertEquals(4.0 / 9, totals.share(3), EXACT);
    }

    @Test
    void equalTotalsShareARankKeepTheSetOrderAndTheNextRankSkips() {
        // Option 3 is mentioned first, yet option 2 comes first among the equal totals: the set's order.
        OptionTotals totals = OptionTotals.of(ItemForm.choice(THREE, 2),
                List.of(numbers(2, 3), numbers(2, 3), numbers(3), numbers(2), numbers(1)));

        assertEquals(places(1, 2, 3, 1, 3, 3, 3, 1, 1), totals.order());
    }

    @Test
    void equalBordaTotalsAtTheTopBothRankFirst() {
        OptionTotals totals = OptionTotals.of(ItemForm.ranking(THREE), List.of(numbers(2, 1, 3), numbers(1, 2, 3)));

        assertEquals(places(1, 1, 3, 1, 2, 3, 3, 3, 0), totals.order());
    }

    @Test
    void nobodyRespondingGivesZeroTotalsAndZeroShares() {
        for (List<Position> positions : List.of(List.<Position>of(), List.of(Position.ABSTAIN, Position.ABSTAIN))) {
            OptionTotals totals = OptionTotals.of(ItemForm.allocation(THREE, 100), positions);

            assertArrayEquals(new long[] {0, 0, 0}, totals.totals());
            assertEquals(0, totals.responders());
            assertEquals(positions.size(), totals.abstentions());
            assertEquals(0.0, totals.share(1), EXACT);
            assertEquals(places(1, 1, 0, 1, 2, 0, 1, 3, 0), totals.order());
        }
    }

    @Test
    void totalsAreACopyTheCallerCannotChange() {
        OptionTotals totals = OptionTotals.of(ItemForm.choice(THREE, 1), List.of(numbers(1)));

        totals.totals()[0] = 99;

        assertEquals(1, totals.total(1));
    }

    @Test
    void itemsWithoutOptionsHaveNoOptionTotals() {
        assertThrows(IllegalArgumentException.class,
                () -> OptionTotals.of(ItemForm.dilemma("Links.", "Rechts.", Scale.DEFAULT), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> OptionTotals.of(ItemForm.question("Waarom?"), List.of()));
    }
}
