package nl.beraad.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ItemNoTest {

    @Test
    void anItemNumberIsComparedByValueAndPrintedAsThePlainNumber() {
        assertEquals(ItemNo.of(3), new ItemNo(3));
        assertNotEquals(ItemNo.of(3), ItemNo.of(4));
        assertEquals("12", ItemNo.of(12).toString());
        assertEquals("item 7.", "item " + ItemNo.of(7) + ".");
        assertEquals(List.of(ItemNo.of(1), ItemNo.of(2), ItemNo.of(10)),
                List.copyOf(new TreeSet<>(List.of(ItemNo.of(10), ItemNo.FIRST, ItemNo.of(2)))));
    }

    @Test
    void theFirstItemIsOneAndNumbersStepByOne() {
        assertEquals(1, ItemNo.FIRST.value());
        assertTrue(ItemNo.FIRST.isFirst());
        assertFalse(ItemNo.of(2).isFirst());
        assertEquals(ItemNo.of(5), ItemNo.of(4).next());
        assertEquals(ItemNo.of(3), ItemNo.of(4).previous());
    }

    @Test
    void thereIsNoItemBeforeTheFirst() {
        // A number a user types is checked, with a sentence, before it becomes an ItemNo: this is a program error.
        assertThrows(IllegalArgumentException.class, () -> ItemNo.of(0));
        assertThrows(IllegalArgumentException.class, () -> ItemNo.of(-1));
        assertThrows(IllegalArgumentException.class, () -> ItemNo.FIRST.previous());
    }
}
