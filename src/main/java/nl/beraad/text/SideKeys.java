package nl.beraad.text;

import java.util.Locale;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.Side;

/**
 * The message key that names a side: the base followed by a, b or none on a dilemma (pool A), and
 * by statement.a or statement.b on a statement (oneens, eens). One rule for every place that
 * labels an argument's side; the base ends in a dot, as every key built at run time does.
 */
public final class SideKeys {
    private SideKeys() {
    }

    public static String key(String base, ItemKind kind, Side side) {
        String statement = kind.agreeSides() && side != Side.NONE ? "statement." : "";
        return base + statement + side.name().toLowerCase(Locale.ROOT);
    }
}
