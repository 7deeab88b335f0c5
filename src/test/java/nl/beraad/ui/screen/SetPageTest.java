package nl.beraad.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.beraad.app.SetCatalog;
import nl.beraad.app.SetEntry;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.DilemmaSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set chooser reads the sets folder once when it opens, not for every key and redraw: with a
 * set of 10,000 items each read took seconds (see SetChooserBench for the times).
 */
@Timeout(60)
class SetPageTest {
    @TempDir
    Path dir;

    /** The shipped sets, counting how often the folder is listed and a set loaded. */
    private static final class CountingSets implements SetCatalog {
        private final SetDirectory sets = new SetDirectory(Path.of("dilemmas").toAbsolutePath());
        final AtomicInteger lists = new AtomicInteger();
        final AtomicInteger loads = new AtomicInteger();

        @Override
        public List<SetEntry> list() {
            lists.incrementAndGet();
            return sets.list();
        }

        @Override
        public DilemmaSet load(String idOrPath) {
            loads.incrementAndGet();
            return sets.load(idOrPath);
        }
    }

    @Test
    void movingThroughTheSetsReadsTheFolderOnceWhenThePageOpensAndNeverPerKey() throws Exception {
        CountingSets sets = new CountingSets();
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl", sets).open()) {
            d.key('n');
            assertTrue(d.text().contains("Kies een dilemmaset"), d.text());
            assertEquals(1, sets.lists.get(), "opening the page reads the folder once");

            for (int i = 0; i < 4; i++) {
                d.press(KeyType.ArrowDown);
            }
            d.key('a');
            for (int i = 0; i < 4; i++) {
                d.press(KeyType.ArrowUp);
            }

            assertEquals(1, sets.lists.get(), "nine keys and redraws, no further reads");
            assertEquals(0, sets.loads.get());
            d.press(KeyType.Escape).key('n');
            assertEquals(2, sets.lists.get(), "coming back to the page reads the folder afresh");
        }
    }
}
