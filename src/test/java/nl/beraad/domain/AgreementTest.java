package nl.beraad.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static final double EXACT = 1e-9;

    private static double a(long... counts) {
        return Agreement.of(counts).orElseThrow().value();
    }

    // --- the three ideal types named in the paper ---

    @Test
    void everyoneInOneCategoryIsFullAgreement() {
        assertEquals(1.0, a(0, 0, 7, 0, 0), EXACT);
        assertEquals(1.0, a(12, 0, 0, 0, 0), EXACT);
        assertEquals(1.0, a(0, 0, 0, 0, 0, 0, 1), EXACT);
    }

    @Test
    void uniformOverAllFiveStepsIsZero() {
        assertEquals(0.0, a(20, 20, 20, 20, 20), EXACT);
        assertEquals(0.0, a(1, 1, 1, 1, 1), EXACT);
    }

    @Test
    void halfOnStepOneAndHalfOnStepFiveIsMinusOne() {
        // By hand: pattern 10001, K=5: TDU=3 (j=2,3,4), TU=0, so U=(0-4*3)/(3*3)=-4/3;
        // S=2 gives A=-4/3*(1-1/4)=-1.
        assertEquals(-1.0, a(50, 0, 0, 0, 50), EXACT);
        assertEquals(-1.0, a(99999, 0, 0, 0, 99999), EXACT);
    }

    @Test
    void nobodyOnTheScaleGivesNoAgreement() {
        assertEquals(Optional.empty(), Agreement.of(new long[] {0, 0, 0, 0, 0}));
        assertEquals(Optional.empty(), Agreement.of(new long[] {0, 0}));
    }

    // --- worked examples ---

    @Test
    void paperExampleMatchesPublishedValue() {
        // Van der Eijk (2001) p.331 example, reproduced as the layer table in the agrmt vignette
        // (vignettes/agrmt.Rnw) and as the example in agrmt's man/agreement.Rd: "The rate of
        // agreement is given as 0.6113333". Exactly, per 1000 cases, the layers give
        // 120*(1/6) + 50*(1/3) + 40*(1/2) + 240*(2/3) + 160*(7/15) + 320*1 = 1834/3.
        assertEquals(1834.0 / 3000.0, a(30, 40, 210, 130, 530, 50, 10), EXACT);
    }

    @Test
    void singleLayerPatternsMatchThePaperLayerTable() {
        // Layer values from the same table (agrmt vignette, van der Eijk p.331), K=7.
        // 1111110: U=1 (no 1-0-1 triple), S=6, A=1-5/6.
        assertEquals(1.0 / 6.0, a(20, 20, 20, 20, 20, 20, 0), EXACT);
        // 0011100: U=1, S=3, A=1-2/6.
        assertEquals(2.0 / 3.0, a(0, 0, 80, 80, 80, 0, 0), EXACT);
        // 0010100: TU=4, TDU=1, U=(5*4-6*1)/(5*5)=14/25, S=2, A=14/25*5/6=7/15 (table: 0.467).
        assertEquals(7.0 / 15.0, a(0, 0, 80, 0, 80, 0, 0), EXACT);
    }

    @Test
    void vignetteFigureExampleMatches() {
        // agrmt vignette figure: data c(1,1,3,4) on 4 steps, labelled "Agreement = 0.08".
        // By hand: counts 2,0,1,1. Layer 1011 (weight 3/4): TDU=2, TU=1,
        // U=(2*1-3*2)/(2*3)=-2/3, S=3, A=-2/3*(1-2/3)=-2/9. Layer 1000 (weight 1/4): A=1.
        // Total 3/4*(-2/9)+1/4 = 1/12.
        assertEquals(1.0 / 12.0, a(2, 0, 1, 1), EXACT);
    }

    @Test
    void dutchPartyPlacementsMatchVignetteToTwoDecimals() {
        // agrmt vignette: van der Eijk's PvdA and D66 placements in percent give 0.61 and 0.48.
        // A depends only on proportions, so the percentages times 10 are the same distribution.
        assertEquals(0.61, a(24, 28, 32, 62, 135, 304, 416), 0.005);
        assertEquals(0.48, a(16, 26, 82, 210, 293, 270, 103), 0.005);
    }

    @Test
    void centredPeakMatchesHandComputation() {
        // By hand: layers 11111 (50/130, A=0), 01110 (60/130, U=1, S=3, A=1/2),
        // 00100 (20/130, A=1): (30+20)/130 = 5/13. The agrmt R output 0.384615384615385 is
        // also listed in kimsin98/agrmt tests/agreement_test_cases.csv (exported from R).
        assertEquals(5.0 / 13.0, a(10, 30, 50, 30, 10), EXACT);
    }

    @Test
    void mildSplitMatchesHandComputation() {
        // By hand: layer 11011 (weight 40/100): TDU=4, TU=2, U=(3*2-4*4)/(3*6)=-5/9, S=4,
        // A=-5/9*1/4=-5/36. Layer 10001 (weight 60/100): A=-1. Total -1/18-3/5 = -59/90.
        // kimsin98/agrmt agreement_test_cases.csv (agrmt R output): -0.655555555555556.
        assertEquals(-59.0 / 90.0, a(40, 10, 0, 10, 40), EXACT);
    }

    @Test
    void longerScalesMatchAgrmtOutput() {
        // Values from kimsin98/agrmt tests/agreement_test_cases.csv, exported from agrmt in R.
        assertEquals(0.575, a(50, 30, 10, 5, 5), EXACT);
        assertEquals(0.0, a(60, 0, 10, 20, 30), EXACT);
        assertEquals(0.505555555555556, a(5, 10, 20, 40, 50, 40, 20, 10, 5, 0), EXACT);
        assertEquals(-0.349814814814815, a(50, 20, 5, 0, 0, 0, 5, 20, 50, 0), EXACT);
    }

    @Test
    void threeStepPatternsMatchAgrmtOutput() {
        // kimsin98/agrmt agreement_test_cases.csv "minimal_*" rows (agrmt R output).
        assertEquals(1.0, a(0, 1, 0), EXACT);
        assertEquals(0.5, a(1, 1, 0), EXACT);
        assertEquals(0.5, a(0, 1, 1), EXACT);
        assertEquals(-1.0, a(1, 0, 1), EXACT);
        assertEquals(0.0, a(1, 1, 1), EXACT);
    }

    @Test
    void onlyProportionsMatter() {
        assertEquals(a(2, 0, 1, 1), a(200, 0, 100, 100), EXACT);
    }

    @Test
    void mirroringTheScaleKeepsTheValue() {
        assertEquals(a(30, 40, 210, 130, 530, 50, 10), a(10, 50, 530, 130, 210, 40, 30), EXACT);
    }

    @Test
    void resultStaysWithinBounds() {
        double value = a(1, 3, 0, 7, 2, 0, 5);
        assertTrue(value >= -1.0 && value <= 1.0);
    }

    @Test
    void callerArrayIsNotChanged() {
        long[] counts = {3, 0, 2, 5, 1};
        Agreement.of(counts);
        assertEquals(3, counts[0]);
        assertEquals(0, counts[1]);
        assertEquals(2, counts[2]);
        assertEquals(5, counts[3]);
        assertEquals(1, counts[4]);
    }

    @Test
    void twoStepsGiveShareOfTheLargerSideMinusTheSmaller() {
        // Outside the paper's K>=3 domain; documented in Agreement. By hand: 3,1 splits into
        // layer 11 (weight 2/4, S=K so A=0) and layer 10 (weight 2/4, A=1): 1/2 = |3-1|/4.
        assertEquals(0.5, a(3, 1), EXACT);
        assertEquals(0.0, a(4, 4), EXACT);
        assertEquals(1.0, a(0, 9), EXACT);
    }

    // --- labels ---

    @Test
    void labelThresholdsAtTheirBoundaries() {
        assertEquals(Agreement.Label.STRONG_AGREEMENT, new Agreement(1.0).label());
        assertEquals(Agreement.Label.STRONG_AGREEMENT, new Agreement(0.5).label());
        assertEquals(Agreement.Label.AGREEMENT, new Agreement(Math.nextDown(0.5)).label());
        assertEquals(Agreement.Label.AGREEMENT, new Agreement(0.2).label());
        assertEquals(Agreement.Label.DIVIDED, new Agreement(Math.nextDown(0.2)).label());
        assertEquals(Agreement.Label.DIVIDED, new Agreement(0.0).label());
        assertEquals(Agreement.Label.DIVIDED, new Agreement(Math.nextUp(-0.2)).label());
        assertEquals(Agreement.Label.POLARISED, new Agreement(-0.2).label());
        assertEquals(Agreement.Label.POLARISED, new Agreement(-1.0).label());
    }

    @Test
    void idealTypesGetTheirLabels() {
        assertEquals(Agreement.Label.STRONG_AGREEMENT, labelOf(0, 5, 0));
        assertEquals(Agreement.Label.DIVIDED, labelOf(2, 2, 2, 2, 2));
        assertEquals(Agreement.Label.POLARISED, labelOf(6, 0, 0, 0, 6));
    }

    private static Agreement.Label labelOf(long... counts) {
        return Agreement.of(counts).orElseThrow().label();
    }

    // --- invalid input ---

    @Test
    void negativeCountIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Agreement.of(new long[] {3, -1, 2}));
    }

    @Test
    void fewerThanTwoStepsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Agreement.of(new long[] {5}));
        assertThrows(IllegalArgumentException.class, () -> Agreement.of(new long[0]));
    }

    @Test
    void missingCountsAreRejected() {
        assertThrows(NullPointerException.class, () -> Agreement.of(null));
    }

    @Test
    void totalBeyondLongIsRejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Agreement.of(new long[] {Long.MAX_VALUE, 1, 0}));
    }

    @Test
    void valueOutsideMinusOneToOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Agreement(1.5));
        assertThrows(IllegalArgumentException.class, () -> new Agreement(-1.01));
        assertThrows(IllegalArgumentException.class, () -> new Agreement(Double.NaN));
    }

    @Test
    void roundingJustPastABoundIsClamped() {
        assertEquals(1.0, new Agreement(1.0 + 1e-12).value());
        assertEquals(-1.0, new Agreement(-1.0 - 1e-12).value());
    }
}
