package nl.beraad.content;

import java.util.Locale;

/**
 * Turns SnakeYAML's English problem descriptions into message keys for the mistakes set authors
 * actually make; anything else is shown as SnakeYAML words it, behind a translated lead-in.
 */
final class YamlErrors {
    private YamlErrors() {
    }

    static String key(String problem) {
        String p = problem == null ? "" : problem.toLowerCase(Locale.ROOT);
        if (p.contains("'\\t'") || p.contains("(tab)")) {
            return "yaml.syntax.tab";
        }
        if (p.contains("mapping values are not allowed")) {
            return "yaml.syntax.colon";
        }
        if (p.contains("could not find expected ':'") || p.contains("expected <block end>")) {
            return "yaml.syntax.structure";
        }
        if (p.contains("found duplicate key")) {
            return "yaml.key.duplicate.simple";
        }
        if (p.contains("number of aliases")) {
            return "yaml.limit.aliases";
        }
        if (p.contains("exceeds the limit") || p.contains("nesting depth")) {
            return "yaml.limit";
        }
        if (p.contains("expected a single document") || p.contains("found another document")) {
            return "yaml.documents";
        }
        if (p.contains("found undefined alias")) {
            return "yaml.alias";
        }
        if (p.contains("special characters are not allowed") || p.contains("unacceptable code point")) {
            return "yaml.characters";
        }
        return "yaml.syntax";
    }

    static String detail(String problem) {
        return problem == null ? "" : nl.beraad.domain.CleanText.line(problem);
    }
}
