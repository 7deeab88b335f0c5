package nl.beraad.text;

import java.util.Locale;

/** Numbers the way readers of the chosen language write them (0,67 in Dutch, 0.67 in English). */
public final class Numbers {
    private Numbers() {
    }

    /** "0,33", "-0,22", and "0,00" for a value that rounds to nought (never "-0,00"). */
    public static String twoDecimals(double value, Locale locale) {
        return withoutMinusZero(String.format(locale, "%.2f", value));
    }

    /** "32,0", "32,5": averages of points, each with one decimal so that they line up and read alike. */
    public static String oneDecimal(double value, Locale locale) {
        return withoutMinusZero(String.format(locale, "%.1f", value));
    }

    private static String withoutMinusZero(String formatted) {
        return formatted.matches("-0[.,]0+") ? formatted.substring(1) : formatted;
    }
}
