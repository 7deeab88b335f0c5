package nl.beraad.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of a session's hash-chained log (issue 15): how an entry's text and hashes are made
 * from the facts an action recorded, and how a log and the rows are checked against each other. A
 * change made to the rows outside Beraad leaves them differing from what the log says; a change
 * made to the log as well breaks the chain at the entry changed.
 */
public final class SessionLog {
    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);
    /** What an erased value reads as in a redacted entry. */
    public static final String ERASED = "*";

    private SessionLog() {
    }

    /** The entry after a log of {@code count} entries ending in hash {@code head} that records {@code facts}. */
    public static LogEntry next(int count, String head, LogEntry.Kind kind, ItemNo itemNo, List<Fact> facts) {
        int seq = count + 1;
        String content = content(facts);
        String contentHash = sha256(content);
        return new LogEntry(seq, kind, itemNo, content, contentHash, chain(head, seq, kind, itemNo, contentHash), false);
    }

    /** An entry's hash: of the previous hash, its number, its action, its item and its text's hash. */
    public static String chain(String previous, int seq, LogEntry.Kind kind, ItemNo itemNo, String contentHash) {
        return sha256(previous + "\n" + seq + "\n" + kind + "\n" + itemNo + "\n" + contentHash);
    }

    /** The facts as an entry's text: "= key value" for what is now so, "- key" for what is gone, a line each. */
    public static String content(List<Fact> facts) {
        StringBuilder b = new StringBuilder();
        for (Fact f : facts) {
            b.append(f.gone() ? "- " + f.key() : "= " + f.key() + " " + f.value()).append('\n');
        }
        return b.toString();
    }

    /** The facts an entry's text states, each with the item it belongs to. */
    public static List<Fact> facts(LogEntry e) {
        List<Fact> out = new ArrayList<>();
        for (String line : e.content().split("\n")) {
            if (line.startsWith("- ")) {
                String key = line.substring(2);
                out.add(new Fact(key, null, itemOf(key, null, e.itemNo())));
            } else if (line.startsWith("= ")) {
                int space = line.indexOf(' ', 2);
                String key = line.substring(2, space);
                String value = line.substring(space + 1);
                out.add(new Fact(key, value, itemOf(key, value, e.itemNo())));
            }
        }
        return out;
    }

    /**
     * The item a fact belongs to: the number after the subject in the key of an item's round, a
     * position, hands or a conclusion; the first field of an argument's or correction's value (a
     * snapshot entry holds every item's); none for the session and its members.
     */
    private static ItemNo itemOf(String key, String value, ItemNo entry) {
        String[] parts = key.split("/");
        switch (parts[0]) {
            case "item", "vote", "hands", "conclusion":
                return ItemNo.of(Integer.parseInt(parts[1]));
            case "argument", "correction":
                return value == null || value.equals(ERASED) ? entry : ItemNo.of(Integer.parseInt(value.split("\\|")[0]));
            default:
                return null;
        }
    }

    /** The entry's text with the values of the facts {@code erase} names replaced by {@link #ERASED}. */
    public static String redacted(LogEntry e, java.util.function.Predicate<Fact> erase) {
        List<Fact> kept = new ArrayList<>();
        for (Fact f : facts(e)) {
            kept.add(!f.gone() && erase.test(f) ? new Fact(f.key(), ERASED, f.itemNo()) : f);
        }
        return content(kept);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** What a check of a session's log against its rows found. */
    public sealed interface Verdict {
    }

    /** The rows are exactly what the log records, and the log is whole. */
    public record Intact(int entries, String head) implements Verdict {
    }

    /** The session has no log: it was made by an older Beraad and not changed since. */
    public record NoLog() implements Verdict {
    }

    /** Entry {@code seq} is not as it was written (its text, its hash, or an entry before it gone); {@code seq} is one past the last when entries are missing at the end. */
    public record Broken(int seq) implements Verdict {
    }

    /**
     * A fact the rows hold differently from the log: {@code logged} is what entry {@code seq} says
     * (null when no entry mentions it, seq 0 then), {@code stored} what the rows hold (null when they
     * do not hold it).
     */
    public record Differs(int seq, Fact logged, Fact stored) implements Verdict {
        /** The item the difference is in, null for the session or a member. */
        public ItemNo itemNo() {
            return logged != null ? logged.itemNo() : stored.itemNo();
        }

        /** What the differing fact is about (session, participant, vote, ...). */
        public String subject() {
            return logged != null ? logged.subject() : stored.subject();
        }
    }

    /**
     * Checks the chain of {@code entries} (in order; {@code count} and {@code head} as the session
     * row says its log ends) and then the rows' facts against what the entries record.
     */
    public static Verdict check(List<LogEntry> entries, int count, String head, List<Fact> stored) {
        return check(entries, count, head, stored, java.util.function.UnaryOperator.identity());
    }

    /**
     * As {@link #check(List, int, String, List)}, comparing each fact's value as {@code sameAs}
     * gives it: a session file holds its times to the millisecond, the log to the microsecond.
     */
    public static Verdict check(List<LogEntry> entries, int count, String head, List<Fact> stored,
                                java.util.function.UnaryOperator<String> sameAs) {
        if (entries.isEmpty() && count == 0) {
            return new NoLog();
        }
        String previous = GENESIS;
        for (int i = 0; i < entries.size(); i++) {
            LogEntry e = entries.get(i);
            boolean textHolds = e.redacted() || sha256(e.content()).equals(e.contentHash());
            if (e.seq() != i + 1 || !textHolds
                    || !chain(previous, e.seq(), e.kind(), e.itemNo(), e.contentHash()).equals(e.hash())) {
                return new Broken(i + 1);
            }
            previous = e.hash();
        }
        if (entries.size() != count || !previous.equals(head)) {
            return new Broken(Math.min(entries.size(), count) + 1);
        }
        Map<String, Fact> logged = new LinkedHashMap<>();
        Map<String, Integer> by = new HashMap<>();
        for (LogEntry e : entries) {
            for (Fact f : facts(e)) {
                logged.put(f.key(), f);
                by.put(f.key(), e.seq());
            }
        }
        Map<String, Fact> rows = new LinkedHashMap<>();
        stored.forEach(f -> rows.put(f.key(), f));
        Differs first = null;
        for (Map.Entry<String, Fact> l : logged.entrySet()) {
            Fact row = rows.get(l.getKey());
            Fact log = l.getValue();
            String now = row == null ? null : row.value();
            if (!Objects.equals(log.value() == null ? null : sameAs.apply(log.value()),
                    now == null ? null : sameAs.apply(now))) {
                Differs d = new Differs(by.get(l.getKey()), log.gone() ? null : log, row);
                first = first == null || d.seq() < first.seq() ? d : first;
            }
        }
        if (first == null) {
            for (Fact row : stored) {
                if (!logged.containsKey(row.key())) {
                    return new Differs(0, null, row);
                }
            }
            return new Intact(entries.size(), head);
        }
        return first;
    }

    private static final java.util.regex.Pattern INSTANT =
            java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?Z");

    /** A fact's value with every moment in it to the millisecond, as a session file holds it. */
    public static String toTheMillisecond(String value) {
        return INSTANT.matcher(value).replaceAll(m -> java.time.Instant.parse(m.group())
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
    }
}
