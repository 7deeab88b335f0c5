package nl.beraad.text;

import java.util.Locale;

/** Numbers the way readers of the chosen language write them (0,67 in Dutch, 0.67 in English). */
public final class Numbers {
    private Numbers() {
    }

    public static String twoDecimals(double value, Locale locale) {
        return String.format(locale, "%.2f", value);
    }
}
