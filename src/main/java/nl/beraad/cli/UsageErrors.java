package nl.beraad.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.beraad.text.Messages;

/**
 * Picocli's usage errors in the UI language. Picocli writes them in English only; the ones people
 * meet (a wrong value, an unknown option, something missing) get their own sentence, anything else
 * passes through as picocli wrote it.
 */
final class UsageErrors {
    private record Known(Pattern pattern, String key) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known(Pattern.compile("Invalid value for option '([^']+)': expected one of \\[(.*)\\] "
                    + "\\(case-insensitive\\) but was '(.*)'"), "cli.error.value"),
            new Known(Pattern.compile("Unknown options?: (.+)"), "cli.error.unknown"),
            new Known(Pattern.compile("Unmatched arguments? (?:at|from) index \\d+: (.+)"), "cli.error.unmatched"),
            new Known(Pattern.compile("Missing required (?:parameter|option|options|parameters): (.+)"), "cli.error.missing"),
            new Known(Pattern.compile("Invalid value for positional parameter at index \\d+ \\(([^)]+)\\): '(.*)' is not a long"),
                    "cli.error.number"));

    private UsageErrors() {
    }

    /** The commands picocli finds close to a mistyped one, as a question after the sentence; empty when none. */
    static String suggestion(Messages msg, List<String> close) {
        if (close.isEmpty()) {
            return "";
        }
        String last = close.get(close.size() - 1);
        String words = close.size() == 1 ? last
                : String.join(", ", close.subList(0, close.size() - 1)) + " " + msg.get("cli.error.or") + " " + last;
        return " " + msg.get("cli.error.suggest", words);
    }

    static String text(Messages msg, String picocli) {
        String first = picocli.lines().findFirst().orElse("");
        for (Known known : KNOWN) {
            Matcher m = known.pattern().matcher(first);
            if (m.matches()) {
                Object[] groups = new Object[m.groupCount()];
                for (int i = 0; i < groups.length; i++) {
                    groups[i] = m.group(i + 1);
                }
                return msg.get(known.key(), groups);
            }
        }
        return picocli;
    }
}
