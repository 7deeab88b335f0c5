package nl.beraad.text;

import java.util.Locale;

/** Numbers the way readers of the chosen language write them (0,67 in Dutch, 0.67 in English). */
public final class Numbers {
    private Numbers() {
    }

    public static String twoDecimals(double value, Locale locale) {
        return String.format(locale, "%.2f", value);
    }

    /** "32" for a whole number, "32,5" otherwise: averages of points read best without trailing zeros. */
    public static String upToOneDecimal(double value, Locale locale) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.format(locale, "%.1f", rounded);
    }
}
