package nl.beraad.text;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.beraad.domain.CleanText;
import nl.beraad.domain.Problem;

/**
 * UI text in the chosen language (Dutch unless English is asked for), from resource bundles.
 * Placeholders are {0}, {1}, ...; unlike MessageFormat an apostrophe is just an apostrophe,
 * which Dutch ("dilemma's") needs.
 */
public final class Messages {
    private static final String BUNDLE = "nl.beraad.text.messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** "nl" (default) or "en"; anything else is refused by the caller before it gets here. */
    public static Messages forLanguage(String language) {
        return new Messages("en".equals(language) ? Locale.ENGLISH : Locale.ROOT);
    }

    public static boolean isSupported(String language) {
        return "nl".equals(language) || "en".equals(language);
    }

    public Locale locale() {
        return locale == Locale.ROOT ? Locale.forLanguageTag("nl") : locale;
    }

    public String language() {
        return locale().getLanguage();
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing text must not hide what went wrong: show the key and the arguments.
            return key + (args.length == 0 ? "" : " " + CleanText.visible(List.of(args).toString()));
        }
        return substitute(pattern, args);
    }

    /** The text for a count: the singular form (key + ".one") when the count is one and there is one. */
    public String counted(String key, long n, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = n;
        System.arraycopy(more, 0, args, 1, more.length);
        return get(n == 1 && has(key + ".one") ? key + ".one" : key, args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** One problem as a sentence, with its location in front when it has one. */
    public String problem(Problem problem) {
        Object[] args = problem.args().stream()
                .map(a -> a instanceof Problem.Term t ? get(t.key()) : a instanceof Problem part ? problem(part) : a)
                .toArray();
        String text = get(problem.key(), args);
        return problem.location() == null ? text : CleanText.visible(problem.location()) + ": " + text;
    }

    private String substitute(String pattern, Object[] args) {
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            int close = ch == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                // An argument may come from a file name, a set file or a command line: whatever it
                // holds, it must not be able to steer the terminal the sentence is shown on.
                out.append(index < args.length ? CleanText.visible(String.valueOf(args[index]))
                        : pattern.substring(i, close + 1));
                i = close;
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
