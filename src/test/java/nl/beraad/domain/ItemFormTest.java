package nl.beraad.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Holds which responses {@link ItemForm#check} accepts per kind, why it refuses others, and what a form may hold. */
class ItemFormTest {

    private static final List<String> THREE = List.of("Wonen", "Jeugd", "Bestaanszekerheid");

    private static final ItemForm DILEMMA = ItemForm.dilemma("Links.", "Rechts.", new Scale(5));
    private static final ItemForm STATEMENT = ItemForm.statement("Iedereen doet mee.", new Scale(7));
    private static final ItemForm ONE_CHOICE = ItemForm.choice(THREE, 1);
    private static final ItemForm TWO_CHOICES = ItemForm.choice(THREE, 2);
    private static final ItemForm HUNDRED_POINTS = ItemForm.allocation(THREE, 100);
    private static final ItemForm RANKING = ItemForm.ranking(THREE);
    private static final ItemForm QUESTION = ItemForm.question("Waar loopt u tegenaan?");

    private static Position numbers(Integer... numbers) {
        return Position.numbers(List.of(numbers));
    }

    /** The single problem of the refusal, as its key followed by its arguments. */
    private static List<Object> refusal(ItemForm form, Position position) {
        BeraadException e = assertThrows(BeraadException.class, () -> form.check(position));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertEquals(1, e.problems().size(), String.valueOf(e.problems()));
        Problem problem = e.problems().get(0);
        List<Object> keyAndArgs = new ArrayList<>();
        keyAndArgs.add(problem.key());
        keyAndArgs.addAll(problem.args());
        return keyAndArgs;
    }

    private static List<String> options(int count) {
        List<String> options = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            options.add("Optie " + i);
        }
        return options;
    }

    private static void assertRefused(Executable construction) {
        assertThrows(IllegalArgumentException.class, construction);
    }

    // --- scales ---

    @Test
    void dilemmaStepOnTheScaleIsAcceptedAndOneBeyondItIsRefused() {
        assertEquals(Position.step(5), DILEMMA.check(Position.step(5)));
        assertEquals(List.of("vote.step.range", 6, 5), refusal(DILEMMA, Position.step(6)));
    }

    @Test
    void statementStepOnItsOwnScaleIsAcceptedAndOneBeyondItIsRefused() {
        assertEquals(Position.step(7), STATEMENT.check(Position.step(7)));
        assertEquals(List.of("vote.step.range", 8, 7), refusal(STATEMENT, Position.step(8)));
    }

    @Test
    void optionNumbersOnADilemmaAreNotAStep() {
        assertEquals(List.of("vote.step.range", 1, 5), refusal(DILEMMA, numbers(2)));
    }

    // --- keuze ---

    @Test
    void choosingTwoWhereOneIsAllowedSaysOneOption() {
        assertEquals(List.of("vote.choice.one", 2), refusal(ONE_CHOICE, numbers(1, 2)));
    }

    @Test
    void choosingMoreThanTheMaximumNamesTheMaximum() {
        assertEquals(List.of("vote.choice.max", 3, 2), refusal(TWO_CHOICES, numbers(1, 2, 3)));
    }

    @Test
    void optionNumberOutsideTheOptionsIsRefused() {
        assertEquals(List.of("vote.option.range", 0, 3), refusal(TWO_CHOICES, numbers(0)));
        assertEquals(List.of("vote.option.range", 4, 3), refusal(TWO_CHOICES, numbers(1, 4)));
    }

    @Test
    void sameOptionTwiceIsRefused() {
        assertEquals(List.of("vote.option.twice", 2), refusal(TWO_CHOICES, numbers(2, 2)));
    }

    @Test
    void choiceIsStoredSorted() {
        assertEquals(numbers(1, 3), TWO_CHOICES.check(numbers(3, 1)));
        assertEquals(numbers(2), ONE_CHOICE.check(numbers(2)));
    }

    @Test
    void stepWithoutOptionNumbersOnAChoiceAsksForTheNumbers() {
        assertEquals(List.of("vote.options.missing"), refusal(ONE_CHOICE, Position.step(2)));
    }

    // --- verdeling ---

    @Test
    void pointsForTooFewOptionsAreRefused() {
        assertEquals(List.of("vote.points.count", 2, 3), refusal(HUNDRED_POINTS, numbers(50, 50)));
    }

    @Test
    void pointsThatDoNotAddUpNameTheirSumAndTheTotal() {
        assertEquals(List.of("vote.points.sum", 90L, 100), refusal(HUNDRED_POINTS, numbers(50, 30, 10)));
        assertEquals(List.of("vote.points.sum", 101L, 100), refusal(HUNDRED_POINTS, numbers(50, 30, 21)));
    }

    @Test
    void pointsThatAddUpExactlyAreAcceptedInOptionOrder() {
        assertEquals(numbers(20, 30, 50), HUNDRED_POINTS.check(numbers(20, 30, 50)));
    }

    @Test
    void zeroPointsForSomeOptionsAreAllowed() {
        assertEquals(numbers(0, 100, 0), HUNDRED_POINTS.check(numbers(0, 100, 0)));
    }

    @Test
    void negativePointsAreRefused() {
        assertEquals(List.of("vote.points.negative", -10), refusal(HUNDRED_POINTS, numbers(110, -10, 0)));
    }

    // --- rangorde ---

    @Test
    void incompleteRankingIsRefused() {
        assertEquals(List.of("vote.rank.incomplete", 2, 3), refusal(RANKING, numbers(2, 1)));
    }

    @Test
    void rankingWithAnOptionTwiceIsRefused() {
        assertEquals(List.of("vote.option.twice", 1), refusal(RANKING, numbers(1, 1, 2)));
    }

    @Test
    void completeRankingIsAcceptedInTheGivenOrder() {
        assertEquals(numbers(3, 1, 2), RANKING.check(numbers(3, 1, 2)));
    }

    // --- vraag ---

    @Test
    void openQuestionTakesNoResponseAtAll() {
        assertEquals(List.of("vote.question"), refusal(QUESTION, Position.step(1)));
        assertEquals(List.of("vote.question"), refusal(QUESTION, numbers(1)));
        assertEquals(List.of("vote.question"), refusal(QUESTION, Position.ABSTAIN));
    }

    // --- abstention ---

    @Test
    void abstentionIsAcceptedByEveryKindThatTakesPositions() {
        for (ItemForm form : List.of(DILEMMA, STATEMENT, ONE_CHOICE, TWO_CHOICES, HUNDRED_POINTS, RANKING)) {
            assertEquals(Position.ABSTAIN, form.check(Position.ABSTAIN), form.kind().word());
        }
    }

    // --- what a form may hold ---

    @Test
    void formRefusesFewerThanTwoOrMoreThanTwelveOptions() {
        assertRefused(() -> ItemForm.choice(options(1), 1));
        assertRefused(() -> ItemForm.allocation(options(13), 100));
        assertRefused(() -> ItemForm.ranking(options(13)));
        assertEquals(2, ItemForm.ranking(options(2)).options().size());
        assertEquals(12, ItemForm.ranking(options(12)).options().size());
    }

    @Test
    void formRefusesOptionsThatDifferOnlyInCase() {
        assertRefused(() -> ItemForm.ranking(List.of("Wonen", "Jeugd", "wonen")));
    }

    @Test
    void formRefusesAMaximumOutsideOneToTheNumberOfOptions() {
        assertRefused(() -> ItemForm.choice(THREE, 4));
        assertRefused(() -> ItemForm.choice(THREE, 0));
        assertEquals(3, ItemForm.choice(THREE, 3).maxChoices());
    }

    @Test
    void formRefusesPointsOutsideTwoToAThousand() {
        assertRefused(() -> ItemForm.allocation(THREE, 1));
        assertRefused(() -> ItemForm.allocation(THREE, 1001));
        assertEquals(2, ItemForm.allocation(THREE, 2).points());
        assertEquals(1000, ItemForm.allocation(THREE, 1000).points());
    }
}
