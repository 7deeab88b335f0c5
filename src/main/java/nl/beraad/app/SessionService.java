package nl.beraad.app;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.beraad.domain.Argument;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.CleanText;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.Correction;
import nl.beraad.domain.DilemmaSet;
import nl.beraad.domain.HandCount;
import nl.beraad.domain.ItemCounts;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.NameKeeping;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Position;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionEvent;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.SessionStatus;
import nl.beraad.domain.Side;
import nl.beraad.domain.Vote;
import nl.beraad.domain.VoteMethod;

/** The things a facilitator does in a session, with their rules; every change is stored as it happens. */
public final class SessionService {
    private final SessionStore store;
    private final SetCatalog catalog;
    private final Clock clock;
    private final SessionChanges changes = new SessionChanges();
    private final Boards boards;
    /** The installation's key, for signing a session's log at its finish; null when sessions are not signed. */
    private final java.util.function.Supplier<Signer> signer;
    /**
     * The word members without a stored name are called by, with their number ("Deelnemer 3"), in
     * the meeting's language: given by the command line, else the default language's.
     */
    private final String numberWord;

    /** The default language's word for a member known by number only. */
    public static final String DEFAULT_NUMBER_WORD = "Deelnemer";

    public SessionService(SessionStore store, SetCatalog catalog, Clock clock) {
        this(store, catalog, clock, Boards.OPTIONAL);
    }

    /** A service whose sessions must (on a server) or may (in a file) name their board. */
    public SessionService(SessionStore store, SetCatalog catalog, Clock clock, Boards boards) {
        this(store, catalog, clock, boards, null);
    }

    /**
     * A service that signs each session's log when it is finished, with the key {@code signer}
     * gives (asked only then); null: sessions are finished unsigned.
     */
    public SessionService(SessionStore store, SetCatalog catalog, Clock clock, Boards boards,
                          java.util.function.Supplier<Signer> signer) {
        this(store, catalog, clock, boards, signer, DEFAULT_NUMBER_WORD);
    }

    /** As above, with the word a member known by number only is called by in the meeting's language ("Participant"). */
    public SessionService(SessionStore store, SetCatalog catalog, Clock clock, Boards boards,
                          java.util.function.Supplier<Signer> signer, String numberWord) {
        this.numberWord = numberWord;
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
        this.boards = boards;
        this.signer = signer;
    }

    /** Whether sessions here must name their board, and which one a new session gets by default. */
    public Boards boards() {
        return boards;
    }

    /** Where every way in (screen, line mode, phones) hears of the changes made through this service. */
    public SessionChanges changes() {
        return changes;
    }

    /**
     * One change as one unit of work: its checks and its writes in one transaction, so a phone's answer
     * and the facilitator's reveal at the same instant cannot both pass the check; told to the
     * listeners once committed.
     */
    <T> T change(SessionId sessionId, SessionChanges.What what, ItemNo itemNo, java.util.function.Supplier<T> work) {
        T result = store.atomically(sessionId, work);
        changes.tell(new SessionChanges.Change(sessionId, what, itemNo));
        return result;
    }

    /** A {@link #change} that concerns no single item. */
    <T> T change(SessionId sessionId, SessionChanges.What what, java.util.function.Supplier<T> work) {
        return change(sessionId, what, null, work);
    }

    public Session start(String setRef, String title) {
        return start(setRef, title, SessionDetails.NONE);
    }

    /** Starts a session with the details for its report heading and how it keeps names. */
    public Session start(String setRef, String title, SessionDetails given) {
        // Checked before the set is read, so a bad title is reported as such and stores nothing.
        String typed = title == null || title.isBlank() ? null : Session.validTitle(title);
        SessionDetails details = given.with(boards.forNewSession(given.body()), null, null, null, null);
        requireBoard(details);
        DilemmaSet set = catalog.load(setRef);
        String chosen = typed == null ? set.title() : typed;
        // The clock's zone is the meeting's (the system's, BERAAD_TZ or --tz): stored, so that a report
        // made later on a server in another zone still gives the times as they were in the room.
        return store.createSession(chosen, set, details, clock.getZone(), clock.instant());
    }

    /** Changes a session's report details (also after it is finished: the clerk may correct them). */
    public Session describe(SessionId sessionId, SessionDetails details) {
        return change(sessionId, SessionChanges.What.SESSION, () -> {
            Session session = session(sessionId);
            NameKeeping before = session.details().names();
            if (!before.mayBecome(details.names())) {
                throw BeraadException.invalid("details.names.stays", before.word(), details.names().word());
            }
            if (CleanText.hasVisible(session.details().body())) {
                requireBoard(details); // a board once named stays named (a session moved from a laptop may have none)
            }
            if (!session.details().namesHidden(session.status()) && details.namesHidden(session.status())
                    && !store.participants(sessionId).isEmpty()) {
                // Its members' names are stored, and may be typed in its arguments and conclusions too,
                // where they could no longer be recognised once the names were gone: refused, not half done.
                throw BeraadException.invalid("details.names.stored", sessionId);
            }
            store.setDetails(sessionId, details);
            return session(sessionId);
    
        });
    }

    /** On a server every session names its board: one without is refused before anything is stored. */
    private void requireBoard(SessionDetails details) {
        if (boards.required() && !CleanText.hasVisible(details.body())) {
            throw BeraadException.invalid("session.board.required");
        }
    }

    /** Corrects a session's title (also after the meeting), cleaned and held to what the database stores. */
    public Session retitle(SessionId sessionId, String title) {
        return change(sessionId, SessionChanges.What.SESSION, () -> {
            session(sessionId);
            store.retitle(sessionId, Session.validTitle(title));
            return session(sessionId);
    
        });
    }

    public Session session(SessionId sessionId) {
        return store.findSession(sessionId).orElseThrow(() -> BeraadException.invalid("session.unknown", sessionId));
    }

    /** Every session, newest first. */
    public List<SessionSummary> sessions() {
        return store.listSessions(SessionQuery.ALL, 0, Integer.MAX_VALUE);
    }

    /** The newest sessions, newest first, at most {@code limit}: what a list on screen can show. */
    public List<SessionSummary> recentSessions(int limit) {
        return store.listSessions(SessionQuery.ALL, 0, limit);
    }

    /** The sessions a query asks for, newest first, {@code limit} of them after the first {@code offset}. */
    public List<SessionSummary> sessions(SessionQuery query, int offset, int limit) {
        return store.listSessions(query, offset, limit);
    }

    /** How many sessions a query asks for. */
    public int countSessions(SessionQuery query) {
        return store.countSessions(query);
    }

    /** The most recently created session that is not finished. */
    public Optional<Session> latestOpen() {
        return store.latestOpen();
    }

    /**
     * Takes the session for this terminal to steer it. For an open session the meeting's record
     * notes that it was taken up now, and when the claim is closed that it was let go: the report's
     * pauses. A terminal that vanished without letting go (killed, crashed, a dropped connection)
     * is found here, and counted as gone at the last moment anything was recorded. Looking at a
     * finished session records nothing.
     */
    public SessionClaim claim(SessionId sessionId) {
        return claim(sessionId, false);
    }

    /** Takes the session for this terminal; with {@code takeOver} also from a terminal that holds it. */
    public SessionClaim claim(SessionId sessionId, boolean takeOver) {
        session(sessionId);
        SessionClaim held = store.claim(sessionId, takeOver);
        if (session(sessionId).status() != SessionStatus.OPEN) {
            return held;
        }
        List<SessionEvent> events = store.events(sessionId);
        if (!events.isEmpty() && events.get(events.size() - 1).kind() == SessionEvent.Kind.TAKEN) {
            store.addEvent(sessionId, SessionEvent.Kind.LEFT, store.lastActivity(sessionId));
        }
        store.addEvent(sessionId, SessionEvent.Kind.TAKEN, clock.instant());
        return () -> {
            try {
                if (session(sessionId).status() == SessionStatus.OPEN) {
                    store.addEvent(sessionId, SessionEvent.Kind.LEFT, clock.instant());
                }
            } catch (BeraadException e) {
                // The database is already closed (the process is being stopped): the next terminal to
                // take the session up records when it was left.
            } finally {
                held.close();
            }
        };
    }

    public SessionRecord record(SessionId sessionId) {
        return store.record(sessionId);
    }

    /** Signs the log's end with the installation's key; without one the session is finished unsigned, as verify then says. */
    private void seal(SessionId sessionId) {
        Optional<Signer> had = key();
        if (had.isEmpty()) {
            return; // a key that cannot be made or read must not keep a meeting from being finished
        }
        Signer key = had.get();
        SessionStore.LogEnd end = store.logEnd(sessionId);
        byte[] signature = key.sign(nl.beraad.domain.Seal.message(session(sessionId).uid(), end.entries(), end.head()));
        store.seal(sessionId, new nl.beraad.domain.Seal(end.entries(), end.head(), key.publicKey(),
                java.util.Base64.getEncoder().encodeToString(signature), clock.instant()));
    }

    /**
     * Checks that the session's stored data is exactly what its log records (issue 15): a change
     * made to the database outside Beraad is found, with the item and the entry where it first
     * differs; and that the signature made at its finish, if any, is over this log.
     */
    public LogCheck verify(SessionId sessionId) {
        Session session = session(sessionId);
        // Without a key the signature is checked against the key stored with it; only "this installation" cannot be said.
        List<String> ours = key().map(key -> {
            List<String> keys = new java.util.ArrayList<>(key.earlierPublicKeys());
            keys.add(0, key.publicKey());
            return keys;
        }).orElse(List.of());
        SessionStore.Logged logged = store.logged(sessionId);
        return LogCheck.of(sessionId, logged.verdict(), logged.record(), logged.seal(), logged.log(), session.uid(), ours);
    }

    /** A session's data for a report, and where it stands against its log and signature (read in the same moment). */
    public record Reported(SessionRecord record, nl.beraad.domain.Provenance provenance,
                           List<nl.beraad.domain.LogEntry> log) {
    }

    /**
     * The session for a report (issue 15): its data, and whether that data is what its log records and
     * was signed at the finish, so the report's footer can say so and its file be checked later.
     */
    public Reported forReport(SessionId sessionId) {
        session(sessionId);
        SessionStore.Logged logged = store.logged(sessionId);
        Session s = logged.record().session();
        boolean holds = logged.seal().map(seal -> nl.beraad.domain.Provenance.holds(seal, logged.log(), s.uid()))
                .orElse(false);
        return new Reported(logged.record(), new nl.beraad.domain.Provenance(s.uid(), logged.end().entries(),
                logged.end().head(), nl.beraad.domain.Provenance.standing(logged.verdict()), logged.seal(), holds,
                s.status() == nl.beraad.domain.SessionStatus.FINISHED), logged.log());
    }

    /** The session as far as one item goes: all participants and items, that item's positions and words. */
    public SessionRecord record(SessionId sessionId, ItemNo itemNo) {
        item(sessionId, itemNo);
        return store.record(sessionId, itemNo);
    }

    /** How far each item has come, counted, for an overview (without reading every argument). */
    public List<ItemCounts> itemCounts(SessionId sessionId) {
        return store.itemCounts(sessionId);
    }

    public List<SessionItem> items(SessionId sessionId) {
        return store.items(sessionId);
    }

    public SessionItem item(SessionId sessionId, ItemNo itemNo) {
        return store.item(sessionId, itemNo)
                .orElseThrow(() -> BeraadException.invalid("item.unknown", itemNo, store.itemCount(sessionId)));
    }

    /** How many items the session has. */
    public int itemCount(SessionId sessionId) {
        return store.itemCount(sessionId);
    }

    /** One participant of the session. */
    public Optional<Participant> participant(SessionId sessionId, ParticipantId participantId) {
        return store.participant(sessionId, participantId);
    }

    public List<Participant> participants(SessionId sessionId) {
        return store.participants(sessionId);
    }

    public Participant addParticipant(SessionId sessionId, String name) {
        return change(sessionId, SessionChanges.What.PEOPLE, () -> {
            requireOpen(sessionId);
            requireNamesStored(sessionId);
            String clean = Participant.validName(name);
            String key = Participant.matchKey(clean);
            if (store.participants(sessionId).stream().anyMatch(p -> Participant.matchKey(p.name()).equals(key))) {
                throw BeraadException.invalid("participant.exists", clean);
            }
            return store.addParticipant(sessionId, clean, clock.instant());
    
        });
    }

    /**
     * Adds {@code count} members known by number only ("Deelnemer 4": the word given, or this
     * service's, and the number they get): how an anonymous session adds members, no name typed.
     */
    public List<Participant> addNumbered(SessionId sessionId, String word, int count) {
        if (count < 1 || count > MAX_NUMBERED_AT_ONCE) {
            throw BeraadException.invalid("participant.numbered.count", MAX_NUMBERED_AT_ONCE);
        }
        String called = word == null ? numberWord : word;
        return change(sessionId, SessionChanges.What.PEOPLE, () -> {
            requireOpen(sessionId);
            List<Participant> added = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                // The store numbers a new member one past the highest number: the name says the same.
                int next = store.participants(sessionId).stream().mapToInt(Participant::seq).max().orElse(0) + 1;
                String name = called + " " + next;
                String key = Participant.matchKey(name);
                if (store.participants(sessionId).stream().anyMatch(p -> Participant.matchKey(p.name()).equals(key))) {
                    throw BeraadException.invalid("participant.exists", name);
                }
                added.add(store.addParticipant(sessionId, name, clock.instant()));
            }
            return added;
        });
    }

    /** How many members known by number may be added at once: more than any council has. */
    public static final int MAX_NUMBERED_AT_ONCE = 99;

    /** Refuses a typed name in a session that stores none: it must not reach the database. */
    private void requireNamesStored(SessionId sessionId) {
        Session session = session(sessionId);
        if (session.details().namesHidden(session.status())) {
            throw BeraadException.invalid("participant.anonymous.name");
        }
    }

    /** Those who take positions: members who are present (not observers, not absent). */
    public List<Participant> voters(SessionId sessionId) {
        return store.participants(sessionId).stream().filter(Participant::votes).toList();
    }

    /** Gives a participant another name (a typo, a full name); it must not clash with anyone else's. */
    public Participant renameParticipant(SessionId sessionId, Participant p, String newName) {
        return change(sessionId, SessionChanges.What.PEOPLE, () -> {
            requireOpen(sessionId);
            requireNamesStored(sessionId);
            String clean = Participant.validName(newName);
            String key = Participant.matchKey(clean);
            if (store.participants(sessionId).stream()
                    .anyMatch(o -> !o.id().equals(p.id()) && Participant.matchKey(o.name()).equals(key))) {
                throw BeraadException.invalid("participant.exists", clean);
            }
            Participant renamed = new Participant(p.id(), clean, p.seq(), p.observer(), p.present());
            store.updateParticipant(sessionId, renamed);
            return renamed;
    
        });
    }

    /** Marks a participant present or absent; an absent member takes no positions. */
    public Participant setPresent(SessionId sessionId, Participant p, boolean present) {
        return change(sessionId, SessionChanges.What.PEOPLE, () -> {
            requireOpen(sessionId);
            Participant changed = new Participant(p.id(), p.name(), p.seq(), p.observer(), present);
            store.updateParticipant(sessionId, changed);
            return changed;
    
        });
    }

    /** Makes a participant an observer (present, no vote) or a member again; someone who voted stays a member. */
    public Participant setObserver(SessionId sessionId, Participant p, boolean observer) {
        return change(sessionId, SessionChanges.What.PEOPLE, () -> {
            requireOpen(sessionId);
            if (observer && store.record(sessionId).votes().stream().anyMatch(v -> v.participantId().equals(p.id()))) {
                throw BeraadException.conflict("participant.observer.voted", p.name());
            }
            Participant changed = new Participant(p.id(), p.name(), p.seq(), observer, p.present());
            store.updateParticipant(sessionId, changed);
            return changed;
    
        });
    }

    /**
     * Removes a participant added by mistake. Someone who took a position or made an argument is
     * not removed (that would delete what was said); mark them absent instead.
     */
    public void removeParticipant(SessionId sessionId, Participant p) {
        change(sessionId, SessionChanges.What.PEOPLE, () -> {
            requireOpen(sessionId);
            SessionRecord r = store.record(sessionId);
            boolean used = r.votes().stream().anyMatch(v -> v.participantId().equals(p.id()))
                    || r.arguments().stream().anyMatch(a -> p.id().equals(a.participantId()));
            if (used) {
                throw BeraadException.conflict("participant.remove.used", p.name());
            }
            store.removeParticipant(sessionId, p.id());
    
            return null;
        });
    }

    /**
     * Finds a participant by what was typed: the whole name, or the start of it when that fits
     * only one person; case and accents do not matter ("jose" finds "José").
     */
    public Participant findParticipant(SessionId sessionId, String typed) {
        String key = Participant.matchKey(typed);
        if (key.isEmpty()) {
            throw BeraadException.invalid("participant.name.empty");
        }
        List<Participant> all = store.participants(sessionId);
        Optional<Participant> exact = all.stream().filter(p -> Participant.matchKey(p.name()).equals(key)).findFirst();
        if (exact.isPresent()) {
            return exact.get();
        }
        List<Participant> prefix = all.stream().filter(p -> Participant.matchKey(p.name()).startsWith(key)).toList();
        if (prefix.size() == 1) {
            return prefix.get(0);
        }
        if (prefix.isEmpty()) {
            throw BeraadException.invalid("participant.unknown", typed.strip());
        }
        throw BeraadException.invalid("participant.ambiguous", typed.strip(),
                String.join(", ", prefix.stream().map(Participant::name).toList()));
    }

    /**
     * Records (or replaces) a position in the item's current round, which must not be revealed yet,
     * with how it was taken (in turn, named, on a device) so the report can say so per item.
     */
    public Vote vote(SessionId sessionId, ItemNo itemNo, Participant participant, Position position, VoteMethod method) {
        return change(sessionId, SessionChanges.What.POSITIONS, itemNo, () -> {
            requireOpen(sessionId);
            return castVote(sessionId, item(sessionId, itemNo), participant, position, method);
        });
    }

    /**
     * The work of {@link #vote} inside a unit that has found the session open and read the item
     * (a phone's answer reads them once for its own checks too).
     */
    Vote castVote(SessionId sessionId, SessionItem item, Participant participant, Position position, VoteMethod method) {
        ItemNo itemNo = item.number();
        if (participant.observer()) {
            throw BeraadException.invalid("participant.observer.vote", participant.name());
        }
        if (!participant.present()) {
            throw BeraadException.invalid("participant.absent.vote", participant.name());
        }
        Position checked = item.item().form().check(position);
        if (item.isRevealed(item.round())) {
            throw BeraadException.conflict("vote.revealed", item.round());
        }
        Vote vote = new Vote(participant.id(), itemNo, item.round(), checked, clock.instant(),
                java.util.Objects.requireNonNull(method, "how the position was taken"));
        if (reopened(sessionId, item)) {
            // After a reveal the first answer is on record: a change in the reopened round is a correction.
            Position before = votedPosition(sessionId, itemNo, item.round(), participant);
            if (!checked.equals(before)) {
                store.correctPosition(sessionId, positionCorrection(item, item.round(), participant, before, checked, ""),
                        vote);
                return vote;
            }
        }
        store.castVote(sessionId, vote);
        return vote;
    }

    /**
     * A show of hands: sets the number of hands for one position (a step, an option, 0 for
     * abstentions) in the item's current round, which must not be revealed yet.
     */
    public HandCount countHands(SessionId sessionId, ItemNo itemNo, int position, int hands) {
        return countHands(sessionId, itemNo, java.util.Map.of(position, hands)).get(0);
    }

    /**
     * A whole show of hands at once (position to hands; 0 counts abstentions), checked as one before
     * any count is stored, so a refused count leaves every count as it was.
     */
    public List<HandCount> countHands(SessionId sessionId, ItemNo itemNo, java.util.Map<Integer, Integer> handsByPosition) {
        return change(sessionId, SessionChanges.What.POSITIONS, itemNo, () -> {
            requireOpen(sessionId);
            SessionItem item = requirePositions(sessionId, itemNo);
            handsByPosition.keySet().forEach(item.item().form()::handPosition);
            if (item.isRevealed(item.round())) {
                throw BeraadException.conflict("vote.revealed", item.round());
            }
            requireHandsFit(sessionId, itemNo, item.round(), handsByPosition);
            boolean reopened = reopened(sessionId, item);
            List<HandCount> counts = new java.util.ArrayList<>();
            handsByPosition.forEach((position, hands) -> {
                HandCount count = new HandCount(itemNo, item.round(), position, hands, clock.instant());
                int before = reopened ? countedHands(sessionId, itemNo, item.round(), position) : hands;
                if (before != hands) {
                    // After a reopen every real change is a correction, stored with what it replaced.
                    store.correctHands(sessionId, handsCorrection(item.round(), count, before, ""), count);
                } else {
                    store.countHands(sessionId, count);
                }
                counts.add(count);
            });
            return counts;
    
        });
    }

    /**
     * Who of the members present has a position in the item's current round, asked before a reveal.
     * One rule for a member marked absent after answering, kept by the screen, line mode, the report
     * and the exports alike: a position once taken stands, and its member counts as present in that
     * round (they were there when they answered), so no count of answers ever exceeds those present.
     */
    public RoundProgress roundProgress(SessionId sessionId, ItemNo itemNo) {
        SessionItem item = item(sessionId, itemNo);
        SessionRecord record = record(sessionId, itemNo);
        java.util.Set<ParticipantId> voted = new java.util.HashSet<>();
        record.votes(itemNo, item.round()).forEach(v -> voted.add(v.participantId()));
        List<Participant> voters = record.membersIn(itemNo, item.round());
        List<Participant> missing = voters.stream().filter(p -> !voted.contains(p.id())).toList();
        int hands = record.handCounts(itemNo, item.round()).stream().mapToInt(HandCount::hands).sum();
        return new RoundProgress(voters.size() - missing.size(), missing, hands);
    }

    /**
     * Who of the members present still has to answer the item, in the order they were added: a
     * position in its current round (the members {@link #roundProgress} misses), or on an open
     * question an answer. One list for the screen, line mode and the web page to ask in turn.
     */
    public List<Participant> stillToAnswer(SessionId sessionId, ItemNo itemNo) {
        SessionItem item = item(sessionId, itemNo);
        if (item.item().kind().takesPositions()) {
            return roundProgress(sessionId, itemNo).missing();
        }
        java.util.Set<ParticipantId> answered = new java.util.HashSet<>();
        arguments(sessionId, itemNo).stream().map(Argument::participantId).filter(java.util.Objects::nonNull)
                .forEach(answered::add);
        return voters(sessionId).stream().filter(p -> !answered.contains(p.id())).toList();
    }

    public List<Vote> votes(SessionId sessionId, ItemNo itemNo, int round) {
        return store.votes(sessionId, itemNo, round);
    }

    /** One participant's position in one round of an item, if taken. */
    public Optional<Vote> votedBy(SessionId sessionId, ItemNo itemNo, int round, ParticipantId participantId) {
        return store.vote(sessionId, itemNo, round, participantId);
    }

    /** Shows the current round's result; from now on positions in that round are fixed. */
    public SessionItem reveal(SessionId sessionId, ItemNo itemNo) {
        return change(sessionId, SessionChanges.What.ROUND, itemNo, () -> {
            requireOpen(sessionId);
            SessionItem item = requirePositions(sessionId, itemNo);
            if (!item.isRevealed(item.round())) {
                store.updateProgress(sessionId, itemNo, item.round(), item.round(), clock.instant());
            }
            return item(sessionId, itemNo);
    
        });
    }

    /** Opens the second round after the first was revealed: everyone may take a position again. */
    public SessionItem startSecondRound(SessionId sessionId, ItemNo itemNo) {
        return change(sessionId, SessionChanges.What.ROUND, itemNo, () -> {
            requireOpen(sessionId);
            SessionItem item = requirePositions(sessionId, itemNo);
            if (item.round() >= SessionItem.MAX_ROUNDS) {
                throw BeraadException.conflict("round.last", SessionItem.MAX_ROUNDS);
            }
            if (!item.isRevealed(item.round())) {
                throw BeraadException.conflict("round.unrevealed", item.round());
            }
            store.updateProgress(sessionId, itemNo, item.round() + 1, item.revealedRound(), clock.instant());
            return item(sessionId, itemNo);
    
        });
    }

    /** An item that takes positions; an open question has no rounds or reveal. */
    private SessionItem requirePositions(SessionId sessionId, ItemNo itemNo) {
        SessionItem item = item(sessionId, itemNo);
        if (!item.item().kind().takesPositions()) {
            throw BeraadException.invalid("vote.question");
        }
        return item;
    }

    /** The speaker queue of an item, first in line (who has the floor) first. */
    public List<Participant> speakers(SessionId sessionId, ItemNo itemNo) {
        java.util.Map<ParticipantId, Participant> byId = new java.util.HashMap<>();
        store.participants(sessionId).forEach(p -> byId.put(p.id(), p));
        return store.speakers(sessionId, itemNo).stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Puts a participant at the end of the speaker queue; someone already waiting is not added twice. */
    public List<Participant> addSpeaker(SessionId sessionId, ItemNo itemNo, Participant participant) {
        return change(sessionId, SessionChanges.What.WORDS, itemNo, () -> {
            requireOpen(sessionId);
            item(sessionId, itemNo);
            if (store.speakers(sessionId, itemNo).contains(participant.id())) {
                throw BeraadException.invalid("speaker.waiting", participant.name());
            }
            store.addSpeaker(sessionId, itemNo, participant.id(), clock.instant());
            return speakers(sessionId, itemNo);
    
        });
    }

    /** The one who had the floor is done: the next in line has it now. */
    public List<Participant> nextSpeaker(SessionId sessionId, ItemNo itemNo) {
        return change(sessionId, SessionChanges.What.WORDS, itemNo, () -> {
            requireOpen(sessionId);
            store.removeFirstSpeaker(sessionId, itemNo);
            return speakers(sessionId, itemNo);
    
        });
    }

    /** Takes a participant off the speaker queue (they no longer wish to speak). */
    public List<Participant> removeSpeaker(SessionId sessionId, ItemNo itemNo, Participant participant) {
        return change(sessionId, SessionChanges.What.WORDS, itemNo, () -> {
            requireOpen(sessionId);
            if (!store.speakers(sessionId, itemNo).contains(participant.id())) {
                throw BeraadException.invalid("speaker.not.waiting", participant.name());
            }
            store.removeSpeaker(sessionId, itemNo, participant.id());
            return speakers(sessionId, itemNo);
    
        });
    }

    /** The arguments on an item, or the answers on an open question, in the order they were made. */
    public List<Argument> arguments(SessionId sessionId, ItemNo itemNo) {
        return store.arguments(sessionId, itemNo);
    }

    /** The conclusion of one item, if anything has been written yet. */
    public Optional<Conclusion> conclusion(SessionId sessionId, ItemNo itemNo) {
        return store.conclusion(sessionId, itemNo);
    }

    /** Records an argument; on an open question it is an answer, which has no side. */
    public Argument addArgument(SessionId sessionId, ItemNo itemNo, Participant by, Side side, String text) {
        return change(sessionId, SessionChanges.What.WORDS, itemNo, () -> {
            requireOpen(sessionId);
            SessionItem item = item(sessionId, itemNo);
            String clean = Argument.validText(text);
            Side stored = item.item().kind().isScaled() ? side : Side.NONE;
            return store.addArgument(sessionId, itemNo, by == null ? null : by.id(), stored, clean, clock.instant());
    
        });
    }

    /** Sets the conclusion text of an item; a minority position and action points already there stay. */
    public Conclusion conclude(SessionId sessionId, ItemNo itemNo, String text) {
        return change(sessionId, SessionChanges.What.WORDS, itemNo, () -> {
            requireOpen(sessionId);
            item(sessionId, itemNo);
            Conclusion conclusion = store.conclusion(sessionId, itemNo)
                    .map(c -> new Conclusion(itemNo, Conclusion.validText(text), c.minority(), c.actions(), clock.instant()))
                    .orElseGet(() -> new Conclusion(itemNo, text, clock.instant()));
            store.setConclusion(sessionId, conclusion);
            return conclusion;
    
        });
    }

    /** Stores all three parts of an item's conclusion as they stand, empty ones included (written as typed). */
    public Conclusion conclude(SessionId sessionId, ItemNo itemNo, String text, String minority, String actions) {
        return change(sessionId, SessionChanges.What.WORDS, itemNo, () -> {
            requireOpen(sessionId);
            item(sessionId, itemNo);
            Conclusion conclusion = new Conclusion(itemNo, text, minority, actions, clock.instant());
            store.setConclusion(sessionId, conclusion);
            return conclusion;
    
        });
    }

    public Session moveTo(SessionId sessionId, ItemNo itemNo) {
        return change(sessionId, SessionChanges.What.SESSION, itemNo, () -> {
            requireOpen(sessionId);
            item(sessionId, itemNo);
            store.moveTo(sessionId, itemNo, clock.instant());
            return session(sessionId);
    
        });
    }

    /**
     * Why this installation cannot sign a session now (its key is damaged, unreadable or cannot be
     * made), for the facilitator to be told at the finish; empty when it can.
     */
    public Optional<nl.beraad.domain.Problem> keyProblem() {
        if (signer == null) {
            return Optional.empty();
        }
        try {
            signer.get();
            return Optional.empty();
        } catch (BeraadException noKey) {
            return Optional.of(noKey.problems().get(0));
        }
    }

    /** This installation's key; empty without one (a service that does not sign, or a key that cannot be had). */
    private Optional<Signer> key() {
        if (signer == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(signer.get());
        } catch (BeraadException noKey) {
            return Optional.empty();
        }
    }

    /**
     * Finishes the session and, with a key, signs its log as it now ends, in the same transaction; a
     * session that keeps names until its finish loses them here, in that transaction too.
     */
    public Session finish(SessionId sessionId) {
        return change(sessionId, SessionChanges.What.SESSION, () -> {
            if (session(sessionId).status() == SessionStatus.OPEN) {
                eraseNamesAtFinish(sessionId);
            }
            store.setStatus(sessionId, SessionStatus.FINISHED, clock.instant());
            seal(sessionId);
            return session(sessionId);
    
        });
    }

    /**
     * A session that keeps names until its finish (issue 15): each member becomes "Deelnemer n" now,
     * their names go from every text of the session and from its log (as {@code sessions forget}
     * erases one person), in the finish's own transaction, before the signature.
     */
    private void eraseNamesAtFinish(SessionId sessionId) {
        switch (session(sessionId).details().names()) {
            case UNTIL_FINAL -> new Erasure(store, numberWord, numberWord, clock).eraseParticipantNames(sessionId);
            case NAMED, ANONYMOUS -> {
                // named: the names stay; anonymous: there are none to erase
            }
        }
    }

    /**
     * Signs a finished session's log again as it now ends (issue 15), after an erasure changed it, so
     * that its report can be checked again; the log holds the erasure. One not finished is signed at its finish.
     */
    public void signAgain(SessionId sessionId) {
        change(sessionId, SessionChanges.What.SESSION, () -> {
            if (session(sessionId).status() == SessionStatus.FINISHED) {
                seal(sessionId);
            }
            return null;
        });
    }

    /**
     * Removes a session and everything recorded in it, so that test sessions and old meetings do not
     * keep personal data. Refused while another terminal has the session open.
     */
    public void delete(SessionId sessionId) {
        session(sessionId);
        try (SessionClaim free = store.claim(sessionId)) {
            // Only to learn that no other terminal steers it; the claim dies with its row.
        }
        store.delete(sessionId);
    }

    /** Opens a finished session again, for a facilitator who closed it too early. */
    public Session reopen(SessionId sessionId) {
        return change(sessionId, SessionChanges.What.SESSION, () -> {
            store.setStatus(sessionId, SessionStatus.OPEN, clock.instant());
            return session(sessionId);
    
        });
    }

    // --- corrections after the fact (issue 11) ---------------------------------------------------

    /**
     * Hides the item's revealed current round again, so that positions (or hands) can be taken anew;
     * each change made in the reopened round is recorded as a correction, and the report says so.
     */
    public SessionItem reopenRound(SessionId sessionId, ItemNo itemNo, String reason) {
        return change(sessionId, SessionChanges.What.ROUND, itemNo, () -> {
            requireOpen(sessionId);
            SessionItem item = requirePositions(sessionId, itemNo);
            if (!item.isRevealed(item.round())) {
                throw BeraadException.conflict("correction.reopen.unrevealed", item.round());
            }
            store.reopenRound(sessionId, new Correction(0, itemNo, Correction.Kind.ROUND_REOPENED, item.round(), null, null,
                    null, 0, null, null, Correction.validReason(reason), clock.instant()), item.round() - 1);
            return item(sessionId, itemNo);
    
        });
    }

    /**
     * Corrects one member's position in a revealed round (also round 1 while round 2 runs); a null
     * position takes it away (recorded by mistake). The tally then is the corrected one.
     */
    public Correction correctPosition(SessionId sessionId, ItemNo itemNo, int round, Participant participant, Position position,
                                      String reason) {
        return change(sessionId, SessionChanges.What.POSITIONS, itemNo, () -> {
            requireOpen(sessionId);
            SessionItem item = revealedRound(sessionId, itemNo, round);
            if (participant.observer()) {
                throw BeraadException.invalid("participant.observer.vote", participant.name());
            }
            Position after = position == null ? null : item.item().form().check(position);
            Position before = votedPosition(sessionId, itemNo, round, participant);
            if (java.util.Objects.equals(before, after)) {
                throw BeraadException.invalid("correction.same");
            }
            Correction change = positionCorrection(item, round, participant, before, after, Correction.validReason(reason));
            // The facilitator sets the corrected position by name, openly: that is how it was taken.
            return store.correctPosition(sessionId, change,
                    after == null ? null : new Vote(participant.id(), itemNo, round, after, change.madeAt(), VoteMethod.NAMED));
    
        });
    }

    /** Corrects the number of hands for one position (a step, an option, 0 abstentions) in a revealed round. */
    public Correction correctHands(SessionId sessionId, ItemNo itemNo, int round, int position, int hands, String reason) {
        return correctHands(sessionId, itemNo, round, java.util.Map.of(position, hands), reason).get(0);
    }

    /**
     * Corrects a whole show of hands of a revealed round (position to hands; 0 counts abstentions),
     * checked as one before any count is stored: each count that differs becomes one correction, and
     * a line that changes nothing is refused.
     */
    public List<Correction> correctHands(SessionId sessionId, ItemNo itemNo, int round,
                                         java.util.Map<Integer, Integer> handsByPosition, String reason) {
        return change(sessionId, SessionChanges.What.POSITIONS, itemNo, () -> {
            requireOpen(sessionId);
            SessionItem item = revealedRound(sessionId, itemNo, round);
            handsByPosition.keySet().forEach(item.item().form()::handPosition);
            requireHandsFit(sessionId, itemNo, round, handsByPosition);
            String why = Correction.validReason(reason);
            java.util.Map<HandCount, Integer> changed = new java.util.LinkedHashMap<>();
            handsByPosition.forEach((position, hands) -> {
                int before = countedHands(sessionId, itemNo, round, position);
                if (before != hands) {
                    changed.put(new HandCount(itemNo, round, position, hands, clock.instant()), before);
                }
            });
            if (changed.isEmpty()) {
                throw BeraadException.invalid("correction.same");
            }
            List<Correction> corrections = new java.util.ArrayList<>();
            changed.forEach((after, before) ->
                    corrections.add(store.correctHands(sessionId, handsCorrection(round, after, before, why), after)));
            return corrections;
    
        });
    }

    /** One argument (or answer) of the session. */
    public Argument argument(SessionId sessionId, long argumentId) {
        return store.argument(sessionId, argumentId)
                .orElseThrow(() -> BeraadException.invalid("argument.unknown", argumentId));
    }

    /** Changes an argument's (or answer's) text; the earlier text is kept in the correction, the export marks it edited. */
    public Argument editArgument(SessionId sessionId, long argumentId, String text, String reason) {
        return change(sessionId, SessionChanges.What.WORDS, () -> {
            requireOpen(sessionId);
            Argument a = argument(sessionId, argumentId);
            String clean = Argument.validText(text);
            if (clean.equals(a.text())) {
                throw BeraadException.invalid("correction.same");
            }
            store.editArgument(sessionId, new Correction(0, a.itemNo(), Correction.Kind.ARGUMENT_EDITED, 0, a.participantId(),
                    a.id(), a.side(), 0, a.text(), clean, Correction.validReason(reason), clock.instant()));
            return argument(sessionId, argumentId);
    
        });
    }

    /**
     * Deletes an argument (or answer). The report records that it was deleted, whose it was and when;
     * its text is kept nowhere, earlier wordings included, so a member's personal remark can be removed.
     */
    public Correction deleteArgument(SessionId sessionId, long argumentId, String reason) {
        return change(sessionId, SessionChanges.What.WORDS, () -> {
            requireOpen(sessionId);
            Argument a = argument(sessionId, argumentId);
            return store.deleteArgument(sessionId, new Correction(0, a.itemNo(), Correction.Kind.ARGUMENT_DELETED, 0,
                    a.participantId(), a.id(), a.side(), 0, null, null, Correction.validReason(reason), clock.instant()));
    
        });
    }

    /** The corrections made to an item, in the order they were made. */
    public List<Correction> corrections(SessionId sessionId, ItemNo itemNo) {
        item(sessionId, itemNo);
        return store.corrections(sessionId, itemNo);
    }

    /**
     * Refuses a number of hands that, with the positions and the other hands of the round, would
     * count more responses than there are members in it (a count that cannot be).
     */
    private void requireHandsFit(SessionId sessionId, ItemNo itemNo, int round, java.util.Map<Integer, Integer> handsByPosition) {
        SessionRecord r = record(sessionId, itemNo);
        int otherHands = r.handCounts(itemNo, round).stream().filter(h -> !handsByPosition.containsKey(h.position()))
                .mapToInt(HandCount::hands).sum();
        int responses = r.votes(itemNo, round).size() + otherHands
                + handsByPosition.values().stream().mapToInt(Integer::intValue).sum();
        int expected = r.membersIn(itemNo, round).size();
        if (responses > expected) {
            throw BeraadException.invalid("hands.too.many", responses, expected);
        }
    }

    /** An item's round that has been revealed, to be corrected. */
    private SessionItem revealedRound(SessionId sessionId, ItemNo itemNo, int round) {
        SessionItem item = requirePositions(sessionId, itemNo);
        if (round < 1 || round > item.round()) {
            throw BeraadException.invalid("correction.round", round, itemNo, item.round());
        }
        if (!item.isRevealed(round)) {
            throw BeraadException.conflict("correction.unrevealed", round);
        }
        return item;
    }

    /** Whether the item's current round was revealed once and reopened: changes in it are corrections. */
    private boolean reopened(SessionId sessionId, SessionItem item) {
        return store.reopened(sessionId, item.number(), item.round());
    }

    private Position votedPosition(SessionId sessionId, ItemNo itemNo, int round, Participant participant) {
        return store.vote(sessionId, itemNo, round, participant.id()).map(Vote::position).orElse(null);
    }

    private int countedHands(SessionId sessionId, ItemNo itemNo, int round, int position) {
        return record(sessionId, itemNo).handCounts(itemNo, round).stream().filter(h -> h.position() == position)
                .mapToInt(HandCount::hands).sum();
    }

    private Correction positionCorrection(SessionItem item, int round, Participant p, Position before, Position after,
                                          String reason) {
        return new Correction(0, item.number(), Correction.Kind.POSITION, round, p.id(), null, null, 0,
                Correction.encode(before), Correction.encode(after), reason, clock.instant());
    }

    private Correction handsCorrection(int round, HandCount after, int before, String reason) {
        return new Correction(0, after.itemNo(), Correction.Kind.HANDS, round, null, null, null, after.position(),
                Integer.toString(before), Integer.toString(after.hands()), reason, after.countedAt());
    }

    private void requireOpen(SessionId sessionId) {
        if (session(sessionId).status() != SessionStatus.OPEN) {
            throw BeraadException.conflict("session.finished", sessionId);
        }
    }
}
