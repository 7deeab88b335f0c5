package nl.beraad.report;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

/** Checks an export's raw text for any trace of a name: each whole name and each longer part of it. */
final class NameCheck {
    private NameCheck() {
    }

    static void assertNoName(String raw, List<String> names) {
        for (String name : names) {
            assertFalse(raw.contains(name), name);
            // Parts catch a name in its escaped form ("Jan \"de Hamer\"" in JSON, "Jan ""de Hamer""" in CSV).
            for (String part : name.split("[^\\p{L}]+")) {
                if (part.length() >= 4) {
                    assertFalse(raw.contains(part), part + " (of " + name + ")");
                }
            }
        }
    }
}
