package nl.beraad.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.beraad.domain.Argument;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.SessionId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A megabyte pasted into a text field of the meeting screen, read by the screen's own loop as a
 * terminal delivers it: refused with one sentence within seconds (each key used to be handled,
 * stored and drawn on its own, which froze the meeting), nothing of it stored, and the page works
 * on. The bound is generous; it only catches the pathological case.
 */
@Timeout(60)
class PasteScreenTest {
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final String MEGABYTE = "x".repeat(1_000_000);

    @TempDir
    Path dir;

    private static SessionId session(ScreenDriver d) {
        return d.service.sessions().get(0).session().id();
    }

    @Test
    void aPastedNameIsRefusedAtItsMaximumAndThePageTakesTheNextName() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.key('n').enter();

            assertTimeoutPreemptively(BOUND, () -> d.paste(MEGABYTE));
            assertTrue(d.text().contains("Deze tekst is te lang (hoogstens 80 tekens)."), d.text());
            d.enter();
            assertTrue(d.text().contains("Deze tekst is te lang (hoogstens 80 tekens)."), d.text());
            assertEquals(List.of(), d.service.participants(session(d)));

            for (int i = 0; i < 80; i++) {
                d.press(KeyType.Backspace);
            }
            d.line("Anouk");
            assertEquals("Anouk", d.service.participants(session(d)).get(0).name());
        }
    }

    @Test
    void aPastedArgumentIsRefusedAndNothingOfItIsStored() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.key('n').enter().line("Anouk").enter();
            d.key('a');
            assertTrue(d.text().contains("Gesprek · item"), d.text());

            assertTimeoutPreemptively(BOUND, () -> d.paste("Anouk: " + MEGABYTE));
            int max = Argument.MAX_LENGTH + 82;
            assertTrue(d.text().contains("Deze tekst is te lang (hoogstens " + max + " tekens)."), d.text());
            d.enter();
            assertTrue(d.text().contains("Deze tekst is te lang"), d.text());
            assertEquals(List.of(), d.service.record(session(d)).arguments());

            d.ctrl('u').line("Anouk: Kort en goed.");
            assertEquals(List.of("Kort en goed."),
                    d.service.record(session(d)).arguments().stream().map(Argument::text).toList());
        }
    }

    @Test
    void aPasteSpreadOverManyFramesIsStoredOnlyWhenItEndsSoATooLongOneIsNeverHalfStored() throws Exception {
        // A frame of no time: every key of the paste is drawn on its own, as on a busy machine; that
        // is slow by design, so only a generous bound.
        pasteTooLongConclusion(" " + "x".repeat(Conclusion.MAX_LENGTH), true, Duration.ofSeconds(60));
    }

    @Test
    void aPastedConclusionIsRefusedAndTheStoredOneStaysAsItWas() throws Exception {
        pasteTooLongConclusion(" " + MEGABYTE, false, BOUND);
    }

    /** A stored conclusion, then a paste that makes it too long: refused, and the stored one stays. */
    private void pasteTooLongConclusion(String paste, boolean everyKeyAFrame, Duration bound) throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.key('n').enter().line("Anouk").enter();
            d.key('c').type("Eerst dit.");
            assertEquals(Optional.of("Eerst dit."), d.service.conclusion(session(d), ItemNo.of(1)).map(Conclusion::text));
            if (everyKeyAFrame) {
                d.frame(0);
            }

            assertTimeoutPreemptively(bound, () -> d.paste(paste));

            assertTrue(d.text().contains("Deze tekst is te lang (hoogstens 8000 tekens)."), d.text());
            assertEquals(Optional.of("Eerst dit."), d.service.conclusion(session(d), ItemNo.of(1)).map(Conclusion::text));
            d.press(KeyType.Escape);
            assertEquals(Optional.of("Eerst dit."), d.service.conclusion(session(d), ItemNo.of(1)).map(Conclusion::text));
        }
    }

    @Test
    void keysThatArriveTogetherAreStoredBeforeTheScreenShowsThem() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.key('n').enter().line("Anouk").enter();
            d.key('c');

            d.paste("Samen geplakt.");

            assertTrue(d.text().contains("Samen geplakt."), d.text());
            assertEquals(Optional.of("Samen geplakt."), d.service.conclusion(session(d), ItemNo.of(1)).map(Conclusion::text));
        }
    }
}
