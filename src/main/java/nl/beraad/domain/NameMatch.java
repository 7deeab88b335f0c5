package nl.beraad.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's name in every spelling (issue 15, erasing one person): its words compared without
 * capitals and diacritics ("zoe ozturk" is "Zoë Öztürk"), the surname alone, and initials before a
 * name word ("Z. Öztürk"). Finds which members carry the name and where a free text mentions it.
 * Words such as "van" or "de" only count beside a word of the name, never alone.
 */
public final class NameMatch {
    /** Little words of Dutch (and a few other) surnames: part of a name, never a name by themselves. */
    private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "ten", "ter", "te", "t",
            "in", "op", "la", "le", "du", "da", "di", "von", "el", "al", "bin", "ben", "d", "l", "o", "y");

    /** The name's words that identify it, folded. */
    private final Set<String> words;
    /** The words of which one must be in a mention: all, or all but first names. */
    private final Set<String> anchors;
    /** The words after the first of each spelling (the surnames), or the one word of a one-word name. */
    private final Set<String> surnames;
    /** The name's own little words ("de" of "de Vries"), folded. */
    private final Set<String> particles;
    /** The words of the name as first typed: a member's name must hold each of them. */
    private final List<String> typed;

    private NameMatch(Set<String> words, Set<String> anchors, Set<String> surnames, Set<String> particles, List<String> typed) {
        this.words = words;
        this.anchors = anchors;
        this.surnames = surnames;
        this.particles = particles;
        this.typed = typed;
    }

    /** The name as typed; none when it holds no word that could name anyone (only "de", or "Z."). */
    public static java.util.Optional<NameMatch> of(String name) {
        NameMatch m = new NameMatch(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(),
                new LinkedHashSet<>(), new ArrayList<>());
        m.typed.addAll(m.add(name));
        return m.words.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(m);
    }

    /** This name together with the words of another spelling of it (a member's name it matched). */
    public NameMatch with(String otherName) {
        NameMatch m = new NameMatch(new LinkedHashSet<>(words), new LinkedHashSet<>(anchors), new LinkedHashSet<>(surnames),
                new LinkedHashSet<>(particles), typed);
        m.add(otherName);
        return m;
    }

    /**
     * The same name, mentioned only with a surname: a first name alone ("Zoë") no longer counts. For
     * sessions the person was not in, where a first name most likely means somebody else.
     */
    public NameMatch surnamesOnly() {
        return new NameMatch(words, surnames, surnames, particles, typed);
    }

    /** Takes in the words of one spelling of the name; its significant words. */
    private List<String> add(String name) {
        List<String> significant = new ArrayList<>();
        for (Token t : tokens(fold(Normalizer.normalize(name, Normalizer.Form.NFC)))) {
            if (PARTICLES.contains(t.word)) {
                particles.add(t.word);
            } else if (t.word.length() >= 2) {
                significant.add(t.word);
            }
        }
        words.addAll(significant);
        anchors.addAll(significant);
        surnames.addAll(significant.size() > 1 ? significant.subList(1, significant.size()) : significant);
        return significant;
    }

    /**
     * Whether a member called {@code name} is this person: every word of the name as typed is in it
     * (or, for a member written with an initial, that initial), at least one of them in full.
     */
    public boolean matchesName(String name) {
        List<String> theirs = tokens(fold(Normalizer.normalize(name, Normalizer.Form.NFC))).stream().map(t -> t.word).toList();
        boolean full = false;
        for (String w : typed) {
            if (theirs.contains(w)) {
                full = true;
            } else if (!theirs.contains(w.substring(0, 1))) {
                return false;
            }
        }
        return full;
    }

    /** Whether the text mentions the name. */
    public boolean mentions(String text) {
        return !runs(text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC), 0).isEmpty();
    }

    /** The text with each mention of one of the names replaced by its label, the longest mention first. */
    public static String replace(String text, List<Label> labels) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<Run> found = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            found.addAll(labels.get(i).name().runs(composed, i));
        }
        if (found.isEmpty()) {
            return text;
        }
        found.sort((a, b) -> a.end - a.start != b.end - b.start ? (b.end - b.start) - (a.end - a.start) : a.start - b.start);
        List<Run> kept = new ArrayList<>();
        for (Run r : found) {
            if (kept.stream().noneMatch(k -> r.start < k.end && k.start < r.end)) {
                kept.add(r);
            }
        }
        kept.sort((a, b) -> a.start - b.start);
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Run r : kept) {
            out.append(composed, at, r.start).append(labels.get(r.label).label());
            at = r.end;
        }
        return out.append(composed.substring(at)).toString();
    }

    /** A name and what its mentions become ("Deelnemer 3"). */
    public record Label(NameMatch name, String label) {
    }

    /** A mention: the characters from start to end of the (composed) text, and whose label replaces it. */
    private record Run(int start, int end, int label) {
    }

    /** A word of a text: its folded letters and where it stands. */
    private record Token(String word, int start, int end) {
    }

    /**
     * The mentions in a text: runs of words of the name, its own little words and initials, joined
     * by spaces, hyphens or an initial's full stop; trimmed of little words and initials at the end,
     * of little words not of the name at the start; holding at least one anchor word.
     */
    private List<Run> runs(String text, int label) {
        String folded = fold(text);
        List<Token> tokens = tokens(folded);
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!part(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && part(tokens.get(j + 1)) && joined(folded, tokens.get(j), tokens.get(j + 1))) {
                j++;
            }
            int last = j;
            while (last >= i && !words.contains(tokens.get(last).word)) {
                last--;
            }
            int first = i;
            while (first < last && particles.contains(tokens.get(first).word)) {
                first++;
            }
            // Little words before a surname are part of it ("de Vries"); before a first name they are not ("van Cor").
            int start = surnames.contains(tokens.get(Math.max(first, 0)).word) ? i : first;
            boolean anchored = false;
            for (int k = start; k <= last; k++) {
                anchored |= anchors.contains(tokens.get(k).word);
            }
            if (anchored) {
                out.add(new Run(tokens.get(start).start, tokens.get(last).end, label));
            }
            i = j + 1;
        }
        return out;
    }

    /** Whether a word can be part of a mention: a word of the name, one of its little words, or an initial. */
    private boolean part(Token t) {
        return words.contains(t.word) || particles.contains(t.word)
                || t.word.length() == 1 && words.stream().anyMatch(w -> w.charAt(0) == t.word.charAt(0));
    }

    /** Whether only spaces, a hyphen or an initial's full stop stand between two words. */
    private static boolean joined(String folded, Token a, Token b) {
        String between = folded.substring(a.end, b.start);
        return between.matches(a.word.length() == 1 ? "\\.?[ \\t-]*" : "[ \\t]+|-") && !between.isEmpty();
    }

    /** The words of a folded text: runs of letters and digits. */
    private static List<Token> tokens(String folded) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            if (Character.isLetterOrDigit(folded.charAt(i))) {
                int start = i;
                while (i < folded.length() && (Character.isLetterOrDigit(folded.charAt(i))
                        || Character.getType(folded.charAt(i)) == Character.NON_SPACING_MARK)) {
                    i++;
                }
                out.add(new Token(folded.substring(start, i), start, i));
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The text in lower case without diacritics, one character for each of the text's, so that a
     * place in the folded text is the same place in the text.
     */
    static String fold(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT);
            b.append(base.length() == 1 ? base.charAt(0) : Character.toLowerCase(c));
        }
        return b.toString();
    }
}
