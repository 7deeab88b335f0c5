package nl.beraad.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.beraad.domain.CleanText;
import nl.beraad.domain.Participant;

/**
 * Finds participants' names where someone typed them inside free text (an argument, a conclusion, a
 * title), for an anonymous report. A name is found in any case and with or without accents ("ZOË",
 * "zoe", "Zoë"), whole or in part: the full name, the surname with or without its particles ("de
 * Vries", "Vries", "Van den Berg"), each part of a double surname, and each given name; with a form
 * of address or initials before it ("mevrouw Bakker", "A. de Vries") and a possessive s after it
 * ("Anouks"), all of which go with it. Two guards keep ordinary words whole: a particle (van, de,
 * el ...) is never a name by itself, and a name made up only of ordinary words (Wil, Berg, Bakker:
 * see gewone-woorden.txt) counts only where its last word starts with a capital. The full names of
 * the chair and the minute-taker, officials who are not participants, are left as they are.
 */
final class TypedNames {
    /** Particles of surnames (tussenvoegsels), in the form names are compared in. */
    private static final Set<String> PARTICLES = Set.of("van", "de", "den", "der", "des", "het", "'t", "te", "ten",
            "ter", "in", "op", "aan", "bij", "uit", "over", "voor", "tot", "ver", "el", "al", "la", "le", "les", "lo",
            "du", "da", "di", "dos", "das", "del", "della", "von", "vom", "zu", "zum", "zur", "auf", "am", "'s", "d'",
            "l'");
    private static final Set<String> ORDINARY = ordinaryWords();
    /** A form of address or initials, which belong to the name they stand before. */
    private static final String BEFORE = "(?:(?:mevrouw|mevr|mw|meneer|mijnheer|de\\s+heer|heer|dhr|mr|mrs|ms|dr|drs"
            + "|ir|ing|prof|mej|juffrouw)\\.?\\s+)?(?:(?-i:\\p{Lu})\\.\\s?){0,4}";

    private final Pattern pattern;
    /** Who each way of writing a name stands for, by its compared form; an official's name stands for nobody. */
    private final Map<String, List<Participant>> byKey = new HashMap<>();
    private final Map<String, Participant> byFullName = new HashMap<>();

    TypedNames(Collection<Participant> participants, Collection<String> officials) {
        for (Participant p : participants) {
            byFullName.put(Participant.matchKey(p.name()), p);
            for (String variant : variants(Participant.matchKey(p.name()))) {
                List<Participant> who = byKey.computeIfAbsent(variant, k -> new ArrayList<>());
                if (!who.contains(p)) {
                    who.add(p);
                }
            }
        }
        for (String official : officials) {
            String key = Participant.matchKey(official);
            if (!key.isEmpty()) {
                byKey.putIfAbsent(key, List.of());
            }
        }
        // Longest first: at any place the fullest form of a name is taken, and a replacement is never looked at again.
        String alternatives = byKey.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).map(TypedNames::regex).collect(Collectors.joining("|"));
        pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + BEFORE + "(?<name>" + alternatives + ")(?<s>s)?(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** The participant whose full name the text is (in any spelling), if any. */
    Optional<Participant> exactly(String text) {
        return Optional.ofNullable(byFullName.get(Participant.matchKey(text)));
    }

    /** The text with every participant's name found in it replaced by what {@code shown} gives for its bearers. */
    String replace(String text, Function<List<Participant>, String> shown) {
        if (text == null || text.isEmpty() || byKey.isEmpty()) {
            return text;
        }
        Folded folded = Folded.of(text);
        Matcher m = pattern.matcher(folded.text());
        StringBuilder out = new StringBuilder(text.length() + 16);
        int copied = 0;
        boolean found = false;
        while (m.find()) {
            List<Participant> who = byKey.get(Participant.matchKey(m.group("name")));
            if (who == null || who.isEmpty()) {
                continue; // an official's own name
            }
            int from = folded.startOf(m.start());
            out.append(text, copied, from).append(shown.apply(who)).append(m.group("s") == null ? "" : "'s");
            copied = folded.endOf(m.end() - 1);
            found = true;
        }
        return found ? out.append(text, copied, text.length()).toString() : text;
    }

    /**
     * The ways a name (in its compared form) may be typed: the whole name; the surname, which starts
     * at the first particle after the first word or else is the last word (a name that starts with a
     * particle, "Van den Berg", is all surname); the surname without its particles, and each part of
     * a double surname with and without them; each given name, and the given names together.
     */
    static Set<String> variants(String key) {
        Set<String> out = new LinkedHashSet<>();
        out.add(key);
        String[] words = key.split(" ");
        if (words.length > 1) {
            int start = PARTICLES.contains(words[0]) ? 0 : surnameStart(words);
            String surname = String.join(" ", Arrays.copyOfRange(words, start, words.length));
            out.add(surname);
            out.add(withoutParticles(surname));
            for (String part : surname.split("-")) {
                out.add(part.strip());
                out.add(withoutParticles(part.strip()));
            }
            List<String> given = Arrays.stream(words, 0, start).filter(w -> w.indexOf('.') < 0).toList();
            if (given.size() > 1) {
                out.add(String.join(" ", given));
            }
            for (String name : given) {
                out.add(name);
                out.addAll(Arrays.asList(name.split("-")));
            }
        }
        out.removeIf(v -> v.isBlank() || Arrays.stream(v.split("[ -]")).allMatch(PARTICLES::contains)
                || v.codePointCount(0, v.length()) < 2 && !v.equals(key));
        return out;
    }

    private static int surnameStart(String[] words) {
        for (int i = 1; i < words.length - 1; i++) {
            if (PARTICLES.contains(words[i])) {
                return i;
            }
        }
        return words.length - 1;
    }

    private static String withoutParticles(String surname) {
        String[] words = surname.split(" ");
        int i = 0;
        while (i < words.length - 1 && PARTICLES.contains(words[i])) {
            i++;
        }
        return String.join(" ", Arrays.copyOfRange(words, i, words.length));
    }

    /**
     * A way of writing a name as a pattern on folded text: its words with any white space between
     * them, in any case, except that a name of ordinary words only must start its last word with a capital.
     */
    private static String regex(String variant) {
        String[] words = variant.split(" ");
        boolean ordinary = Arrays.stream(variant.split("[ -]"))
                .allMatch(w -> ORDINARY.contains(w) || w.codePointCount(0, w.length()) == 1);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (ordinary && i == words.length - 1) {
                int first = word.codePointAt(0);
                int n = Character.charCount(first);
                parts.add("(?-i:" + Pattern.quote(new String(Character.toChars(Character.toUpperCase(first))))
                        + ")" + (word.length() > n ? Pattern.quote(word.substring(n)) : ""));
            } else {
                parts.add(Pattern.quote(word));
            }
        }
        return String.join("\\s+", parts);
    }

    private static Set<String> ordinaryWords() {
        Set<String> words = new HashSet<>(PARTICLES);
        try (InputStream in = TypedNames.class.getResourceAsStream("gewone-woorden.txt")) {
            if (in == null) {
                throw new IllegalStateException("gewone-woorden.txt is missing from the program");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    /**
     * A text as names are compared in, but with its case kept (the capital rule needs it): compatibility
     * forms folded, accents and invisible characters dropped, curly apostrophes straight. Remembers for
     * every folded character which characters of the original it came from.
     */
    private record Folded(String text, int[] starts, int[] ends) {
        static Folded of(String original) {
            StringBuilder text = new StringBuilder(original.length());
            int[] starts = new int[original.length() * 2 + 4];
            int[] ends = new int[starts.length];
            int n = 0;
            for (int i = 0; i < original.length(); ) {
                int cp = original.codePointAt(i);
                int next = i + Character.charCount(cp);
                String piece = fold(cp);
                if (piece.isEmpty() && n > 0) {
                    ends[n - 1] = next; // an accent or invisible character goes with what it follows
                }
                for (int k = 0; k < piece.length(); k++) {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                        ends = Arrays.copyOf(ends, n * 2);
                    }
                    text.append(piece.charAt(k));
                    starts[n] = i;
                    ends[n] = next;
                    n++;
                }
                i = next;
            }
            return new Folded(text.toString(), starts, ends);
        }

        private static String fold(int cp) {
            if (cp < 0x80) {
                return Character.isISOControl(cp) ? " " : String.valueOf((char) cp);
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                return " ";
            }
            if (CleanText.isInvisible(cp)) {
                return "";
            }
            if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC) {
                return "'";
            }
            String compatible = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
            return Normalizer.normalize(compatible, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }

        int startOf(int foldedIndex) {
            return starts[foldedIndex];
        }

        int endOf(int foldedIndex) {
            return ends[foldedIndex];
        }
    }
}
