package nl.beraad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.beraad.app.DeviceStore;
import nl.beraad.app.SessionClaim;
import nl.beraad.app.SessionStore;
import nl.beraad.app.SessionQuery;
import nl.beraad.app.SessionSummary;
import nl.beraad.domain.Argument;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.Fact;
import nl.beraad.domain.LogEntry;
import nl.beraad.domain.SessionFacts;
import nl.beraad.domain.Seal;
import nl.beraad.app.SessionStore.LogEnd;
import nl.beraad.app.SessionStore.Logged;
import nl.beraad.domain.Correction;
import nl.beraad.domain.Device;
import nl.beraad.domain.DilemmaSet;
import nl.beraad.domain.HandCount;
import nl.beraad.domain.Item;
import nl.beraad.domain.ItemCounts;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Proposal;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionEvent;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.SessionStatus;
import nl.beraad.domain.Side;
import nl.beraad.domain.Vote;

/**
 * The session and device ports over JDBC, on an H2 file or a PostgreSQL server alike (what the
 * engines spell differently is in {@link Dialect}). This class decides how each action
 * runs (a read, an auto-committed statement, a short transaction that first checks the hold, or a
 * unit of work; {@link UnitsOfWork} runs them, each session's on a connection of its own); the SQL and the row mapping live in one rows class per
 * aggregate (SessionRows, ItemRows, ParticipantRows, VoteRows, ArgumentRows, ConclusionRows,
 * CorrectionRows, DeviceRows), and who holds a session in {@link Claims}.
 */
public final class JdbcSessionStore implements SessionStore, DeviceStore {
    /** Which connection, lock and transaction each piece of work gets. */
    private final UnitsOfWork units;
    private final SessionRows sessionRows;
    private final ItemRows itemRows;
    private final ParticipantRows participantRows;
    private final VoteRows voteRows;
    private final ArgumentRows argumentRows;
    private final ConclusionRows conclusionRows;
    private final CorrectionRows correctionRows;
    private final DeviceRows deviceRows;
    private final LogRows logRows;

    public JdbcSessionStore(Database db) {
        this.units = new UnitsOfWork(db);
        Sql sql = units.sql();
        this.sessionRows = new SessionRows(sql);
        this.itemRows = new ItemRows(sql);
        this.participantRows = new ParticipantRows(sql);
        this.voteRows = new VoteRows(sql);
        this.argumentRows = new ArgumentRows(sql);
        this.conclusionRows = new ConclusionRows(sql);
        this.correctionRows = new CorrectionRows(sql);
        this.deviceRows = new DeviceRows(sql);
        this.logRows = new LogRows(sql);
    }

    @Override
    public Session createSession(String title, DilemmaSet set, SessionDetails details, ZoneId zone, Instant now) {
        return inTransaction(null, () -> {
            SessionId id = sessionRows.insert(title, set, details, zone, now);
            sessionRows.addEvent(id, SessionEvent.Kind.START, now);
            itemRows.insert(id, set.items());
            Session made = findSession(id).orElseThrow();
            List<Fact> facts = new ArrayList<>(List.of(SessionFacts.session(made)));
            items(id).forEach(i -> facts.add(SessionFacts.item(i.number(), i.round(), i.revealedRound())));
            logRows.append(id, LogEntry.Kind.START, null, facts);
            return made;
        });
    }

    @Override
    public Optional<Session> findSession(SessionId sessionId) {
        return read(() -> sessionRows.find(sessionId));
    }

    @Override
    public List<SessionSummary> listSessions(SessionQuery query, int offset, int limit) {
        return read(() -> sessionRows.list(query, offset, limit));
    }

    @Override
    public int countSessions(SessionQuery query) {
        return read(() -> sessionRows.count(query));
    }

    @Override
    public Optional<Session> latestOpen() {
        return query(null, sessionRows::latestOpen);
    }

    @Override
    public List<SessionItem> items(SessionId sessionId) {
        List<Item> content = content(sessionId);
        return read(() -> itemRows.items(sessionId, content));
    }

    @Override
    public Optional<SessionItem> item(SessionId sessionId, ItemNo itemNo) {
        List<Item> content = content(sessionId);
        if (itemNo.value() > content.size()) {
            return Optional.empty();
        }
        return read(() -> itemRows.item(sessionId, itemNo, content.get(itemNo.value() - 1)));
    }

    @Override
    public int itemCount(SessionId sessionId) {
        return content(sessionId).size();
    }

    /** The items' texts and forms, read once per session (they never change) and then kept. */
    private List<Item> content(SessionId sessionId) {
        return itemRows.cached(sessionId, () -> read(() -> itemRows.content(sessionId)));
    }

    @Override
    public List<ItemCounts> itemCounts(SessionId sessionId) {
        return query(sessionId, () -> itemRows.counts(sessionId));
    }

    @Override
    public void updateProgress(SessionId sessionId, ItemNo itemNo, int round, int revealedRound, Instant now) {
        logged(sessionId, LogEntry.Kind.ROUND, itemNo, () -> {
            itemRows.setProgress(sessionId, itemNo, round, revealedRound);
            sessionRows.touch(sessionId, now);
            return null;
        }, done -> List.of(SessionFacts.item(itemNo, round, revealedRound)));
    }

    @Override
    public void moveTo(SessionId sessionId, ItemNo itemNo, Instant now) {
        inTransaction(sessionId, () -> {
            itemRows.markOpened(sessionId, itemNo, now);
            sessionRows.setCurrentItem(sessionId, itemNo, now);
            return null;
        });
    }

    @Override
    public void setDetails(SessionId sessionId, SessionDetails d) {
        loggedStep(sessionId, LogEntry.Kind.DETAILS, null, () -> sessionRows.setDetails(sessionId, d),
                () -> sessionFact(sessionId));
    }

    @Override
    public void setStatus(SessionId sessionId, SessionStatus status, Instant now) {
        inTransaction(sessionId, () -> {
            startLog(sessionId);
            if (sessionRows.setStatus(sessionId, status, now)) {
                sessionRows.addEvent(sessionId, switch (status) {
                    case OPEN -> SessionEvent.Kind.REOPEN;
                    case FINISHED -> SessionEvent.Kind.FINISH;
                }, now);
                logRows.append(sessionId, LogEntry.Kind.STATUS, null, sessionFact(sessionId));
            }
            return null;
        });
    }

    @Override
    public void addEvent(SessionId sessionId, SessionEvent.Kind kind, Instant at) {
        query(sessionId, () -> {
            sessionRows.addEvent(sessionId, kind, at);
            return null;
        });
    }

    @Override
    public List<SessionEvent> events(SessionId sessionId) {
        return query(sessionId, () -> sessionRows.events(sessionId));
    }

    @Override
    public Instant lastActivity(SessionId sessionId) {
        return query(sessionId, () -> sessionRows.lastActivity(sessionId));
    }

    @Override
    public Participant addParticipant(SessionId sessionId, String name, Instant now) {
        return logged(sessionId, LogEntry.Kind.PARTICIPANT, null, () -> {
            Participant added = participantRows.add(sessionId, name, now);
            sessionRows.touch(sessionId, now);
            return added;
        }, added -> participantFact(sessionId, added.id()));
    }

    @Override
    public List<Participant> participants(SessionId sessionId) {
        return read(() -> participantRows.list(sessionId));
    }

    @Override
    public Optional<Participant> participant(SessionId sessionId, ParticipantId participantId) {
        return read(() -> participantRows.find(sessionId, participantId));
    }

    @Override
    public void castVote(SessionId sessionId, Vote vote) {
        loggedStep(sessionId, LogEntry.Kind.POSITION, vote.itemNo(), () -> voteRows.cast(sessionId, vote),
                () -> voteFact(sessionId, vote.itemNo(), vote.round(), vote.participantId()));
    }

    @Override
    public void updateParticipant(SessionId sessionId, Participant p) {
        loggedStep(sessionId, LogEntry.Kind.PARTICIPANT, null, () -> participantRows.update(sessionId, p),
                () -> participantFact(sessionId, p.id()));
    }

    @Override
    public void numberParticipants(SessionId sessionId, String word) {
        loggedStep(sessionId, LogEntry.Kind.PARTICIPANT, null, () -> participantRows.number(sessionId, word),
                () -> participantRows.list(sessionId).stream().map(SessionFacts::participant).toList());
    }

    @Override
    public void removeParticipant(SessionId sessionId, ParticipantId participantId) {
        loggedStep(sessionId, LogEntry.Kind.PARTICIPANT, null, () -> participantRows.remove(sessionId, participantId),
                () -> participantFact(sessionId, participantId));
    }

    @Override
    public List<ParticipantId> speakers(SessionId sessionId, ItemNo itemNo) {
        return query(sessionId, () -> participantRows.speakers(sessionId, itemNo));
    }

    @Override
    public void addSpeaker(SessionId sessionId, ItemNo itemNo, ParticipantId participantId, Instant now) {
        change(sessionId, () -> participantRows.addSpeaker(sessionId, itemNo, participantId, now));
    }

    @Override
    public void removeFirstSpeaker(SessionId sessionId, ItemNo itemNo) {
        change(sessionId, () -> participantRows.removeFirstSpeaker(sessionId, itemNo));
    }

    @Override
    public void removeSpeaker(SessionId sessionId, ItemNo itemNo, ParticipantId participantId) {
        change(sessionId, () -> participantRows.removeSpeaker(sessionId, itemNo, participantId));
    }

    @Override
    public void countHands(SessionId sessionId, HandCount count) {
        loggedStep(sessionId, LogEntry.Kind.HANDS, count.itemNo(), () -> voteRows.countHands(sessionId, count),
                () -> handsFacts(sessionId, count.itemNo(), count.round()));
    }

    @Override
    public List<Vote> votes(SessionId sessionId, ItemNo itemNo, int round) {
        return read(() -> voteRows.list(sessionId, itemNo, round));
    }

    @Override
    public Optional<Vote> vote(SessionId sessionId, ItemNo itemNo, int round, ParticipantId participantId) {
        return read(() -> voteRows.find(sessionId, itemNo, round, participantId));
    }

    @Override
    public Argument addArgument(SessionId sessionId, ItemNo itemNo, ParticipantId participantId, Side side, String text,
                                Instant now) {
        return logged(sessionId, LogEntry.Kind.ARGUMENT, itemNo,
                () -> argumentRows.add(sessionId, itemNo, participantId, side, text, now),
                added -> argumentFact(sessionId, added.id(), itemNo));
    }

    @Override
    public List<Argument> arguments(SessionId sessionId, ItemNo itemNo) {
        return query(sessionId, () -> argumentRows.list(new ItemScope(sessionId, itemNo)));
    }

    @Override
    public void setConclusion(SessionId sessionId, Conclusion conclusion) {
        loggedStep(sessionId, LogEntry.Kind.CONCLUSION, conclusion.itemNo(), () -> conclusionRows.set(sessionId, conclusion),
                () -> conclusionRows.list(new ItemScope(sessionId, conclusion.itemNo())).stream()
                        .map(SessionFacts::conclusion).toList());
    }

    @Override
    public Optional<Conclusion> conclusion(SessionId sessionId, ItemNo itemNo) {
        return query(sessionId, () -> conclusionRows.list(new ItemScope(sessionId, itemNo)).stream().findFirst());
    }

    @Override
    public Optional<SessionId> sessionWithUid(String uid) {
        return query(null, () -> sessionRows.byUid(uid));
    }

    @Override
    public SessionId restore(SessionRecord record) {
        return inTransaction(null, () -> {
            SessionId id = new Restoring(sessionRows, itemRows, participantRows, voteRows, argumentRows,
                    conclusionRows, correctionRows).restore(record);
            logRows.append(id, LogEntry.Kind.RESTORED, null, SessionFacts.of(record(id)));
            return id;
        });
    }

    @Override
    public SessionRecord record(SessionId sessionId) {
        return record(ItemScope.all(sessionId));
    }

    @Override
    public SessionRecord record(SessionId sessionId, ItemNo itemNo) {
        return record(new ItemScope(sessionId, itemNo));
    }

    private SessionRecord record(ItemScope scope) {
        SessionId sessionId = scope.sessionId();
        // One moment of the session, also while it runs in this process or elsewhere.
        return units.snapshot(() -> {
            Session session = sessionRows.find(sessionId)
                    .orElseThrow(() -> BeraadException.invalid("session.unknown", sessionId));
            return new SessionRecord(session, participantRows.list(sessionId), items(sessionId),
                    voteRows.list(scope), argumentRows.list(scope), conclusionRows.list(scope),
                    voteRows.handCounts(scope), sessionRows.events(sessionId), correctionRows.list(scope),
                    participantRows.queue(sessionId));
        });
    }

    @Override
    public void retitle(SessionId sessionId, String title) {
        loggedStep(sessionId, LogEntry.Kind.DETAILS, null, () -> sessionRows.retitle(sessionId, title),
                () -> sessionFact(sessionId));
    }

    @Override
    public void delete(SessionId sessionId) {
        change(sessionId, () -> sessionRows.delete(sessionId));
    }

    @Override
    public SessionClaim claim(SessionId sessionId, boolean takeOver) {
        return units.claim(sessionId, takeOver);
    }

    // --- corrections after the fact (issue 11) -------------------------------------------

    @Override
    public Optional<Argument> argument(SessionId sessionId, long argumentId) {
        return query(sessionId, () -> argumentRows.find(sessionId, argumentId));
    }

    @Override
    public List<Correction> corrections(SessionId sessionId, ItemNo itemNo) {
        return query(sessionId, () -> correctionRows.list(new ItemScope(sessionId, itemNo)));
    }

    @Override
    public boolean reopened(SessionId sessionId, ItemNo itemNo, int round) {
        return read(() -> correctionRows.reopened(sessionId, itemNo, round));
    }

    @Override
    public Correction reopenRound(SessionId sessionId, Correction reopened, int revealedRound) {
        return logged(sessionId, LogEntry.Kind.CORRECTION, reopened.itemNo(), () -> {
            itemRows.setRevealedRound(sessionId, reopened.itemNo(), revealedRound);
            sessionRows.touch(sessionId, reopened.madeAt());
            return correctionRows.insert(sessionId, reopened);
        }, made -> {
            SessionItem item = itemRows.item(sessionId, reopened.itemNo(), content(sessionId).get(reopened.itemNo().value() - 1))
                    .orElseThrow();
            return List.of(SessionFacts.item(item.number(), item.round(), item.revealedRound()), correctionFact(sessionId, made));
        });
    }

    @Override
    public Correction correctPosition(SessionId sessionId, Correction change, Vote after) {
        return logged(sessionId, LogEntry.Kind.CORRECTION, change.itemNo(), () -> {
            if (after == null) {
                voteRows.delete(sessionId, change.itemNo(), change.participantId(), change.round());
            } else {
                voteRows.cast(sessionId, after);
            }
            return correctionRows.insert(sessionId, change);
        }, made -> List.of(voteFact(sessionId, change.itemNo(), change.round(), change.participantId()).get(0),
                correctionFact(sessionId, made)));
    }

    @Override
    public Correction correctHands(SessionId sessionId, Correction change, HandCount after) {
        return logged(sessionId, LogEntry.Kind.CORRECTION, change.itemNo(), () -> {
            voteRows.countHands(sessionId, after);
            return correctionRows.insert(sessionId, change);
        }, made -> {
            List<Fact> facts = new ArrayList<>(handsFacts(sessionId, change.itemNo(), after.round()));
            facts.add(correctionFact(sessionId, made));
            return facts;
        });
    }

    @Override
    public Correction editArgument(SessionId sessionId, Correction edit) {
        return logged(sessionId, LogEntry.Kind.CORRECTION, edit.itemNo(), () -> {
            argumentRows.edit(sessionId, edit.argumentId(), edit.after(), edit.madeAt());
            return correctionRows.insert(sessionId, edit);
        }, made -> List.of(argumentFact(sessionId, edit.argumentId(), edit.itemNo()).get(0), correctionFact(sessionId, made)));
    }

    @Override
    public Correction deleteArgument(SessionId sessionId, Correction deletion) {
        return logged(sessionId, LogEntry.Kind.CORRECTION, deletion.itemNo(), () -> {
            argumentRows.delete(sessionId, deletion.argumentId());
            // Nothing of the deleted text stays behind, not even the wordings its edits recorded,
            // nor in the log: its earlier entries keep the hashes of their texts, not the texts.
            correctionRows.forgetWordings(sessionId, deletion.argumentId());
            return correctionRows.insert(sessionId, deletion);
        }, made -> {
            List<Fact> facts = new ArrayList<>();
            facts.add(SessionFacts.argumentRemoved(deletion.argumentId(), deletion.itemNo()));
            java.util.Set<String> wordings = new java.util.HashSet<>(List.of("argument/" + deletion.argumentId()));
            for (Correction k : correctionRows.list(new ItemScope(sessionId, deletion.itemNo()))) {
                if (deletion.argumentId().equals(k.argumentId()) && k.id() != made.id()) {
                    facts.add(SessionFacts.correction(k));
                    wordings.add("correction/" + k.id());
                }
            }
            logRows.redact(sessionId, f -> wordings.contains(f.key()));
            facts.add(correctionFact(sessionId, made));
            return facts;
        });
    }

    // --- the session's log (issue 15) ---------------------------------------------------------------

    @Override
    public Logged logged(SessionId sessionId) {
        return units.snapshot(() -> {
            SessionRecord now = record(sessionId);
            LogRows.End end = logRows.end(sessionId);
            return new Logged(now, logRows.list(sessionId), new LogEnd(end.count(), end.head()), logRows.seal(sessionId));
        });
    }

    @Override
    public LogEnd logEnd(SessionId sessionId) {
        return query(sessionId, () -> {
            LogRows.End end = logRows.end(sessionId);
            return new LogEnd(end.count(), end.head());
        });
    }

    @Override
    public void seal(SessionId sessionId, Seal seal) {
        change(sessionId, () -> logRows.seal(sessionId, seal));
    }

    /** The facts an action recorded, read in its transaction after it wrote them. */
    @FunctionalInterface
    private interface Recorded<T> {
        List<Fact> facts(T written) throws SQLException;
    }

    /** A change the session's log records: the write, then the entry of what it recorded, in one transaction. */
    private <T> T logged(SessionId sessionId, LogEntry.Kind kind, ItemNo itemNo, Sql.Work<T> write, Recorded<T> recorded) {
        return inTransaction(sessionId, () -> {
            // The session row stays locked from here to the commit: the end read now is the end then.
            Optional<LogRows.End> end = startLog(sessionId);
            T written = write.run();
            if (end.isPresent()) { // else no such session: the write stored nothing either
                logRows.append(sessionId, end.get(), kind, itemNo, recorded.facts(written));
            }
            return written;
        });
    }

    /** As {@link #logged}, for a write that gives nothing back. */
    private void loggedStep(SessionId sessionId, LogEntry.Kind kind, ItemNo itemNo, UnitsOfWork.Step write, Read facts) {
        logged(sessionId, kind, itemNo, () -> {
            write.run();
            return null;
        }, nothing -> facts.facts());
    }

    /** The facts a write that gives nothing back recorded. */
    @FunctionalInterface
    private interface Read {
        List<Fact> facts() throws SQLException;
    }

    /** A session made before the log existed gets, at its first change since, an entry of all it then held; the log's end, locked. */
    private Optional<LogRows.End> startLog(SessionId sessionId) throws SQLException {
        Optional<LogRows.End> end = logRows.lockEnd(sessionId);
        if (end.isPresent() && end.get().count() == 0) {
            return Optional.of(logRows.append(sessionId, end.get(), LogEntry.Kind.SNAPSHOT, null,
                    SessionFacts.of(record(sessionId))));
        }
        return end;
    }

    private List<Fact> sessionFact(SessionId sessionId) throws SQLException {
        return sessionRows.find(sessionId).map(SessionFacts::session).stream().toList();
    }

    private List<Fact> participantFact(SessionId sessionId, ParticipantId id) throws SQLException {
        return List.of(participantRows.find(sessionId, id).map(SessionFacts::participant)
                .orElse(SessionFacts.participantRemoved(id)));
    }

    private List<Fact> voteFact(SessionId sessionId, ItemNo itemNo, int round, ParticipantId id) throws SQLException {
        return List.of(voteRows.find(sessionId, itemNo, round, id).map(SessionFacts::vote)
                .orElse(SessionFacts.voteRemoved(itemNo, round, id)));
    }

    private List<Fact> handsFacts(SessionId sessionId, ItemNo itemNo, int round) throws SQLException {
        return voteRows.handCounts(new ItemScope(sessionId, itemNo)).stream().filter(h -> h.round() == round)
                .map(SessionFacts::hands).toList();
    }

    /** A correction as stored (its time as the column keeps it), read back by its id. */
    private Fact correctionFact(SessionId sessionId, Correction made) throws SQLException {
        return correctionRows.list(new ItemScope(sessionId, made.itemNo())).stream().filter(k -> k.id() == made.id())
                .map(SessionFacts::correction).findFirst().orElseThrow();
    }

    private List<Fact> argumentFact(SessionId sessionId, long id, ItemNo itemNo) throws SQLException {
        return List.of(argumentRows.find(sessionId, id).map(SessionFacts::argument)
                .orElse(SessionFacts.argumentRemoved(id, itemNo)));
    }

    // --- how work runs: see UnitsOfWork ----------------------------------------------------------

    @Override
    public <T> T atomically(SessionId sessionId, java.util.function.Supplier<T> work) {
        return units.atomically(sessionId, work);
    }

    @Override
    public <T> T atomically(java.util.function.Supplier<T> work) {
        return units.atomically(null, work);
    }

    private <T> T read(Sql.Work<T> work) {
        return units.read(work);
    }

    private <T> T query(SessionId sessionId, Sql.Work<T> work) {
        return units.query(sessionId, work);
    }

    private void change(SessionId sessionId, UnitsOfWork.Step step) {
        units.change(sessionId, step);
    }

    private <T> T inTransaction(SessionId sessionId, Sql.Work<T> work) {
        return units.inTransaction(sessionId, work);
    }

    // --- phones (issue 12) ------------------------------------------------------------------

    @Override
    public Device addDevice(SessionId sessionId, String tokenHash, Instant now) {
        return inTransaction(sessionId, () -> deviceRows.add(sessionId, tokenHash, now));
    }

    @Override
    public Optional<Device> deviceByToken(String tokenHash) {
        return read(() -> deviceRows.byToken(tokenHash));
    }

    @Override
    public Optional<Device> device(SessionId sessionId, long deviceId) {
        return read(() -> deviceRows.find(sessionId, deviceId));
    }

    @Override
    public List<Device> devices(SessionId sessionId) {
        return read(() -> deviceRows.list(sessionId));
    }

    @Override
    public void nameDevice(long deviceId, ParticipantId participantId) {
        change(null, () -> deviceRows.name(deviceId, participantId));
    }

    @Override
    public void releaseDevice(long deviceId, Instant now) {
        change(null, () -> deviceRows.release(deviceId, now));
    }

    @Override
    public int deviceRound(SessionId sessionId, ItemNo itemNo) {
        return read(() -> deviceRows.round(sessionId, itemNo));
    }

    @Override
    public void setDeviceRound(SessionId sessionId, ItemNo itemNo, int round, boolean anonymousProposals) {
        change(sessionId, () -> deviceRows.setRound(sessionId, itemNo, round, anonymousProposals));
    }

    @Override
    public boolean anonymousProposals(SessionId sessionId, ItemNo itemNo) {
        return read(() -> deviceRows.anonymousProposals(sessionId, itemNo));
    }

    @Override
    public Proposal addProposal(SessionId sessionId, ItemNo itemNo, long deviceId, ParticipantId participantId, Side side,
                                String text, Instant now) {
        return inTransaction(sessionId, () -> deviceRows.addProposal(sessionId, itemNo, deviceId, participantId, side, text, now));
    }

    @Override
    public Optional<Proposal> proposal(SessionId sessionId, long proposalId) {
        return read(() -> deviceRows.proposal(sessionId, proposalId));
    }

    @Override
    public List<Proposal> proposals(SessionId sessionId, ItemNo itemNo) {
        return read(() -> deviceRows.proposals(sessionId, itemNo));
    }

    @Override
    public int openProposals(long deviceId, ItemNo itemNo) {
        return read(() -> deviceRows.openProposals(deviceId, itemNo));
    }

    @Override
    public void decideProposal(SessionId sessionId, long proposalId, Proposal.State state, Long argumentId, Instant now) {
        change(sessionId, () -> deviceRows.decide(sessionId, proposalId, state, argumentId, now));
    }
}
