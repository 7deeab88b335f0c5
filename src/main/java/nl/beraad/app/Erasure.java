package nl.beraad.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Forgetting;
import nl.beraad.domain.NameMatch;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.SessionId;

/**
 * Erasing personal data on request or by rule (issue 15, AVG): one person from every session
 * (members renamed "Deelnemer n", their own texts replaced or removed, their name gone from every
 * other free text and from the log, which records the erasure without it), the names of all
 * members of one session, and sessions older than a retention period.
 */
public final class Erasure {
    private final SessionStore store;
    /** The word of a renamed member's new name ("Deelnemer"). */
    private final String word;
    /** What a member's own text becomes when replaced. */
    private final String replacement;
    /** Run in each session's unit after its erasure: a finished session is signed again over its log. */
    private final java.util.function.Consumer<SessionId> signAgain;

    /** When an erasure is made (the time of the corrections it records). */
    private final java.time.Clock clock;

    public Erasure(SessionStore store, String word, String replacement, java.time.Clock clock) {
        this(store, word, replacement, clock, id -> { });
    }

    /** An erasure after which {@code signAgain} signs each finished session's log again, in the erasure's unit. */
    public Erasure(SessionStore store, String word, String replacement, java.time.Clock clock,
                   java.util.function.Consumer<SessionId> signAgain) {
        this.store = store;
        this.clock = clock;
        this.word = word;
        this.replacement = replacement;
        this.signAgain = signAgain;
    }

    /** A session the name is found in: its members carrying the name, and what erasing would change. */
    public record Found(SessionSummary session, List<Participant> members, Forgetting forgetting, Forgetting.Done change) {
    }

    /** Where a name is found, session by session, and what erasing it would change. */
    public record Plan(List<Found> sessions) {
        public int members() {
            return sessions.stream().mapToInt(f -> f.members().size()).sum();
        }

        public int ownTexts() {
            return sessions.stream().mapToInt(f -> f.change().ownTexts()).sum();
        }

        public int otherTexts() {
            return sessions.stream().mapToInt(f -> f.change().otherTexts()).sum();
        }
    }

    /** A session left as it was, and why (another terminal holds it). */
    public record Skipped(SessionSummary session, BeraadException why) {
    }

    /** What an erasure did: the sessions changed and those skipped. */
    public record Outcome(List<Found> done, List<Skipped> skipped) {
    }

    /**
     * Where the person {@code name} is, in every session: as a member (any spelling, or the surname
     * alone when only that is given), or mentioned in a text; nothing is changed yet.
     */
    public Plan find(String name, Forgetting.OwnTexts texts) {
        NameMatch typed = NameMatch.of(name).orElseThrow(() -> BeraadException.invalid("forget.name.invalid", name));
        List<SessionSummary> all = store.listSessions(SessionQuery.ALL, 0, Math.max(1, store.countSessions(SessionQuery.ALL)));
        Map<SessionId, List<Participant>> members = new HashMap<>();
        NameMatch every = typed;
        for (SessionSummary s : all) {
            List<Participant> matched = store.participants(s.session().id()).stream()
                    .filter(p -> typed.matchesName(p.name())).toList();
            members.put(s.session().id(), matched);
            for (Participant p : matched) {
                every = every.with(p.name());
            }
        }
        List<Found> found = new ArrayList<>();
        for (SessionSummary s : all) {
            SessionId id = s.session().id();
            List<Participant> matched = members.get(id);
            // Where the person was no member, a first name alone most likely means somebody else.
            NameMatch here = matched.isEmpty() ? every.surnamesOnly() : every;
            Forgetting f = forgetting(id, matched, here, texts);
            Forgetting.Done change = store.forget(id, f, false);
            if (!change.none()) {
                found.add(new Found(s, matched, f, change));
            }
        }
        return new Plan(found);
    }

    /** Erases as planned, each session in one unit of work; a session another terminal holds is skipped. */
    public Outcome erase(Plan plan) {
        List<Found> done = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Found f : plan.sessions()) {
            SessionId id = f.session().session().id();
            try (SessionClaim mine = store.claim(id)) {
                Forgetting.Done change = store.atomically(id, () -> {
                    Forgetting.Done made = store.forget(id, f.forgetting(), true);
                    signAgain.accept(id);
                    return made;
                });
                done.add(new Found(f.session(), f.members(), f.forgetting(), change));
            } catch (BeraadException e) {
                if (!SessionClaim.held(e)) {
                    throw e;
                }
                skipped.add(new Skipped(f.session(), e));
            }
        }
        return new Outcome(done, skipped);
    }

    /**
     * Renames every member of one session "Deelnemer n" and replaces their names in its texts and its
     * log, their texts kept: for a session whose names are kept only until the report is final. The
     * caller holds the session (or knows nobody does).
     */
    public Forgetting.Done eraseParticipantNames(SessionId sessionId) {
        return store.forget(sessionId, forgetting(sessionId, store.participants(sessionId), null, Forgetting.OwnTexts.KEEP),
                true);
    }

    /**
     * What erasing does in one session: each member renamed "Deelnemer n" (their own number when it
     * is free, else the first free one). Mentions of {@code name} become the first renamed member's
     * new name (or, where none was a member, a number no member has); with {@code name} null, each
     * member's own name becomes their new one.
     */
    private Forgetting forgetting(SessionId id, List<Participant> renamed, NameMatch name, Forgetting.OwnTexts texts) {
        List<Participant> everyone = store.participants(id);
        Set<ParticipantId> going = new HashSet<>();
        renamed.forEach(p -> going.add(p.id()));
        Set<String> taken = new HashSet<>();
        everyone.stream().filter(p -> !going.contains(p.id())).forEach(p -> taken.add(Participant.matchKey(p.name())));
        Map<ParticipantId, String> labels = new LinkedHashMap<>();
        List<NameMatch.Label> mentioned = new ArrayList<>();
        for (Participant p : renamed) {
            String label = free(p.seq(), taken);
            labels.put(p.id(), label);
            if (name == null) {
                NameMatch.of(p.name()).ifPresent(own -> mentioned.add(new NameMatch.Label(own, label)));
            }
        }
        if (name != null) {
            int next = everyone.stream().mapToInt(Participant::seq).max().orElse(0) + 1;
            mentioned.add(new NameMatch.Label(name, renamed.isEmpty() ? free(next, taken) : labels.get(renamed.get(0).id())));
        }
        return new Forgetting(labels, texts, replacement, mentioned, clock.instant());
    }

    /** "Deelnemer n" for n = {@code wanted} when no member has that name, else the first free number; then taken. */
    private String free(int wanted, Set<String> taken) {
        int n = Math.max(1, wanted);
        String label = word + " " + n;
        for (int k = 1; taken.contains(Participant.matchKey(label)); k++) {
            label = word + " " + k;
        }
        taken.add(Participant.matchKey(label));
        return label;
    }

    /** A session and the last moment anything was recorded in it (a position, an argument, a conclusion, the finish). */
    public record Aged(SessionSummary session, Instant lastActivity) {
    }

    /** The sessions whose last activity was before {@code cutoff}, the longest quiet first. */
    public List<Aged> olderThan(Instant cutoff) {
        List<Aged> old = new ArrayList<>();
        for (SessionSummary s : store.listSessions(SessionQuery.ALL, 0, Math.max(1, store.countSessions(SessionQuery.ALL)))) {
            Instant last = store.lastActivity(s.session().id());
            if (last.isBefore(cutoff)) {
                old.add(new Aged(s, last));
            }
        }
        old.sort((a, b) -> a.lastActivity().compareTo(b.lastActivity()));
        return old;
    }
}
