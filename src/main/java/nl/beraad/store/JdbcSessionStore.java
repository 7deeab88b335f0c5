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
import nl.beraad.domain.Correction;
import nl.beraad.domain.Device;
import nl.beraad.domain.DilemmaSet;
import nl.beraad.domain.HandCount;
import nl.beraad.domain.Item;
import nl.beraad.domain.ItemCounts;
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
 * runs (a pooled read, an auto-committed statement, a short transaction that first checks the hold,
 * or a unit of work in a group commit); the SQL and the row mapping live in one rows class per
 * aggregate (SessionRows, ItemRows, ParticipantRows, VoteRows, ArgumentRows, ConclusionRows,
 * CorrectionRows, DeviceRows), and who holds a session in {@link Claims}.
 */
public final class JdbcSessionStore implements SessionStore, DeviceStore {
    private final Database db;
    /** Statements on the connection this thread works on now (see {@link #c()}). */
    private final Sql sql = new Sql(this::c);
    /**
     * One connection serves the process, so one unit of work uses it at a time: the meeting screen and
     * the phones' requests come from different threads, and a check-then-act (is the round still
     * open? then store the answer) must not interleave with another's.
     */
    private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
    /** The sessions this process holds; while it holds any, every change checks it still does. */
    private final Claims claims;
    private final SessionRows sessionRows = new SessionRows(sql);
    private final ItemRows itemRows = new ItemRows(sql);
    private final ParticipantRows participantRows = new ParticipantRows(sql);
    private final VoteRows voteRows = new VoteRows(sql);
    private final ArgumentRows argumentRows = new ArgumentRows(sql);
    private final ConclusionRows conclusionRows = new ConclusionRows(sql);
    private final CorrectionRows correctionRows = new CorrectionRows(sql);
    private final DeviceRows deviceRows = new DeviceRows(sql);

    public JdbcSessionStore(Database db) {
        this.db = db;
        this.claims = new Claims(db, sql);
    }

    @Override
    public Session createSession(String title, DilemmaSet set, SessionDetails details, ZoneId zone, Instant now) {
        return inTransaction(() -> {
            SessionId id = sessionRows.insert(title, set, details, zone, now);
            sessionRows.addEvent(id, SessionEvent.Kind.START, now);
            itemRows.insert(id, set.items());
            return findSession(id).orElseThrow();
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
        return query(sessionRows::latestOpen);
    }

    @Override
    public List<SessionItem> items(SessionId sessionId) {
        List<Item> content = content(sessionId);
        return read(() -> itemRows.items(sessionId, content));
    }

    @Override
    public Optional<SessionItem> item(SessionId sessionId, int itemNo) {
        List<Item> content = content(sessionId);
        if (itemNo < 1 || itemNo > content.size()) {
            return Optional.empty();
        }
        return read(() -> itemRows.item(sessionId, itemNo, content.get(itemNo - 1)));
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
        return query(() -> itemRows.counts(sessionId));
    }

    @Override
    public void updateProgress(SessionId sessionId, int itemNo, int round, int revealedRound, Instant now) {
        change(() -> itemRows.setProgress(sessionId, itemNo, round, revealedRound));
        change(() -> sessionRows.touch(sessionId, now));
    }

    @Override
    public void moveTo(SessionId sessionId, int itemNo, Instant now) {
        inTransaction(() -> {
            itemRows.markOpened(sessionId, itemNo, now);
            sessionRows.setCurrentItem(sessionId, itemNo, now);
            return null;
        });
    }

    @Override
    public void setDetails(SessionId sessionId, SessionDetails d) {
        change(() -> sessionRows.setDetails(sessionId, d));
    }

    @Override
    public void setStatus(SessionId sessionId, SessionStatus status, Instant now) {
        inTransaction(() -> {
            if (sessionRows.setStatus(sessionId, status, now)) {
                sessionRows.addEvent(sessionId, switch (status) {
                    case OPEN -> SessionEvent.Kind.REOPEN;
                    case FINISHED -> SessionEvent.Kind.FINISH;
                }, now);
            }
            return null;
        });
    }

    @Override
    public void addEvent(SessionId sessionId, SessionEvent.Kind kind, Instant at) {
        query(() -> {
            sessionRows.addEvent(sessionId, kind, at);
            return null;
        });
    }

    @Override
    public List<SessionEvent> events(SessionId sessionId) {
        return query(() -> sessionRows.events(sessionId));
    }

    @Override
    public Instant lastActivity(SessionId sessionId) {
        return query(() -> sessionRows.lastActivity(sessionId));
    }

    @Override
    public Participant addParticipant(SessionId sessionId, String name, Instant now) {
        return inTransaction(() -> {
            Participant added = participantRows.add(sessionId, name, now);
            sessionRows.touch(sessionId, now);
            return added;
        });
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
        change(() -> voteRows.cast(sessionId, vote));
    }

    @Override
    public void updateParticipant(SessionId sessionId, Participant p) {
        change(() -> participantRows.update(sessionId, p));
    }

    @Override
    public void removeParticipant(SessionId sessionId, ParticipantId participantId) {
        change(() -> participantRows.remove(sessionId, participantId));
    }

    @Override
    public List<ParticipantId> speakers(SessionId sessionId, int itemNo) {
        return query(() -> participantRows.speakers(sessionId, itemNo));
    }

    @Override
    public void addSpeaker(SessionId sessionId, int itemNo, ParticipantId participantId, Instant now) {
        change(() -> participantRows.addSpeaker(sessionId, itemNo, participantId, now));
    }

    @Override
    public void removeFirstSpeaker(SessionId sessionId, int itemNo) {
        change(() -> participantRows.removeFirstSpeaker(sessionId, itemNo));
    }

    @Override
    public void removeSpeaker(SessionId sessionId, int itemNo, ParticipantId participantId) {
        change(() -> participantRows.removeSpeaker(sessionId, itemNo, participantId));
    }

    @Override
    public void countHands(SessionId sessionId, HandCount count) {
        change(() -> voteRows.countHands(sessionId, count));
    }

    @Override
    public List<Vote> votes(SessionId sessionId, int itemNo, int round) {
        return read(() -> voteRows.list(sessionId, itemNo, round));
    }

    @Override
    public Optional<Vote> vote(SessionId sessionId, int itemNo, int round, ParticipantId participantId) {
        return read(() -> voteRows.find(sessionId, itemNo, round, participantId));
    }

    @Override
    public Argument addArgument(SessionId sessionId, int itemNo, ParticipantId participantId, Side side, String text,
                                Instant now) {
        return query(() -> argumentRows.add(sessionId, itemNo, participantId, side, text, now));
    }

    @Override
    public List<Argument> arguments(SessionId sessionId, int itemNo) {
        return query(() -> argumentRows.list(new ItemScope(sessionId, itemNo)));
    }

    @Override
    public void setConclusion(SessionId sessionId, Conclusion conclusion) {
        change(() -> conclusionRows.set(sessionId, conclusion));
    }

    @Override
    public Optional<Conclusion> conclusion(SessionId sessionId, int itemNo) {
        return query(() -> conclusionRows.list(new ItemScope(sessionId, itemNo)).stream().findFirst());
    }

    @Override
    public Optional<SessionId> sessionWithUid(String uid) {
        return query(() -> sessionRows.byUid(uid));
    }

    @Override
    public SessionId restore(SessionRecord record) {
        return inTransaction(() -> new Restoring(sessionRows, itemRows, participantRows, voteRows, argumentRows,
                conclusionRows, correctionRows).restore(record));
    }

    @Override
    public SessionRecord record(SessionId sessionId) {
        return record(ItemScope.all(sessionId));
    }

    @Override
    public SessionRecord record(SessionId sessionId, int itemNo) {
        return record(new ItemScope(sessionId, itemNo));
    }

    private SessionRecord record(ItemScope scope) {
        SessionId sessionId = scope.sessionId();
        return query(() -> {
            // One transaction so a report made while the session runs elsewhere sees one moment of it.
            boolean auto = c().getAutoCommit();
            c().setAutoCommit(false);
            try {
                Session session = sessionRows.find(sessionId)
                        .orElseThrow(() -> BeraadException.invalid("session.unknown", sessionId));
                SessionRecord record = new SessionRecord(session, participantRows.list(sessionId), items(sessionId),
                        voteRows.list(scope), argumentRows.list(scope), conclusionRows.list(scope),
                        voteRows.handCounts(scope), sessionRows.events(sessionId), correctionRows.list(scope),
                        participantRows.queue(sessionId));
                if (auto) {
                    c().commit(); // inside a unit of work the unit commits
                }
                return record;
            } finally {
                c().setAutoCommit(auto);
            }
        });
    }

    @Override
    public void retitle(SessionId sessionId, String title) {
        change(() -> sessionRows.retitle(sessionId, title));
    }

    @Override
    public void delete(SessionId sessionId) {
        change(() -> sessionRows.delete(sessionId));
    }

    @Override
    public SessionClaim claim(SessionId sessionId, boolean takeOver) {
        return claims.claim(sessionId, takeOver);
    }

    // --- corrections after the fact (issue 11) -------------------------------------------

    @Override
    public Optional<Argument> argument(SessionId sessionId, long argumentId) {
        return query(() -> argumentRows.find(sessionId, argumentId));
    }

    @Override
    public List<Correction> corrections(SessionId sessionId, int itemNo) {
        return query(() -> correctionRows.list(new ItemScope(sessionId, itemNo)));
    }

    @Override
    public boolean reopened(SessionId sessionId, int itemNo, int round) {
        return read(() -> correctionRows.reopened(sessionId, itemNo, round));
    }

    @Override
    public Correction reopenRound(SessionId sessionId, Correction reopened, int revealedRound) {
        return inTransaction(() -> {
            itemRows.setRevealedRound(sessionId, reopened.itemNo(), revealedRound);
            sessionRows.touch(sessionId, reopened.madeAt());
            return correctionRows.insert(sessionId, reopened);
        });
    }

    @Override
    public Correction correctPosition(SessionId sessionId, Correction change, Vote after) {
        return inTransaction(() -> {
            if (after == null) {
                voteRows.delete(sessionId, change.itemNo(), change.participantId(), change.round());
            } else {
                voteRows.cast(sessionId, after);
            }
            return correctionRows.insert(sessionId, change);
        });
    }

    @Override
    public Correction correctHands(SessionId sessionId, Correction change, HandCount after) {
        return inTransaction(() -> {
            voteRows.countHands(sessionId, after);
            return correctionRows.insert(sessionId, change);
        });
    }

    @Override
    public Correction editArgument(SessionId sessionId, Correction edit) {
        return inTransaction(() -> {
            argumentRows.edit(sessionId, edit.argumentId(), edit.after(), edit.madeAt());
            return correctionRows.insert(sessionId, edit);
        });
    }

    @Override
    public Correction deleteArgument(SessionId sessionId, Correction deletion) {
        return inTransaction(() -> {
            argumentRows.delete(sessionId, deletion.argumentId());
            // Nothing of the deleted text stays behind, not even the wordings its edits recorded.
            correctionRows.forgetWordings(sessionId, deletion.argumentId());
            return correctionRows.insert(sessionId, deletion);
        });
    }

    // --- how work runs: the connections, the transaction styles, group commit ------------------

    /** The connection this thread works on now: its reader's during a read, else the process's one. */
    private Connection c() {
        Connection reader = reading.get();
        return reader != null ? reader : db.connection();
    }

    /** Connections for reads made outside a unit of work, so a page that only reads never waits behind one. */
    private final java.util.concurrent.BlockingQueue<Connection> readers = new java.util.concurrent.LinkedBlockingQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger readerCount = new java.util.concurrent.atomic.AtomicInteger();
    private static final int READERS = 4;
    /** The reader connection this thread reads on now, if any. */
    private final ThreadLocal<Connection> reading = new ThreadLocal<>();

    /**
     * A read that needs no unit of work: a phone's page while 45 answers queue for the lock. It reads
     * what is committed, on one of a few connections of its own; inside a unit it reads on the unit's
     * connection instead, so that it sees what the unit wrote.
     */
    private <T> T read(Sql.Work<T> work) {
        if (lock.isHeldByCurrentThread() || reading.get() != null) {
            return query(work);
        }
        Connection reader = readers.poll();
        try {
            if (reader == null || reader.isClosed()) {
                reader = readerCount.incrementAndGet() <= READERS ? db.newConnection() : readers.take();
            }
        } catch (SQLException e) {
            throw db.failure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return query(work);
        }
        reading.set(reader);
        try {
            return runOn(work);
        } finally {
            reading.remove();
            readers.offer(reader);
        }
    }

    /** One change that needs no transaction of its own; while a session is held, it is one that first checks the hold. */
    private void change(Step step) {
        Sql.Work<Void> work = () -> {
            step.run();
            return null;
        };
        if (claims.any()) {
            inTransaction(work);
        } else {
            query(work);
        }
    }

    /** A change made by a rows class, which gives nothing back. */
    @FunctionalInterface
    private interface Step {
        void run() throws SQLException;
    }

    /** A transaction that first checks this process still holds its sessions; inside one already, it joins it. */
    private <T> T inTransaction(Sql.Work<T> work) {
        return query(() -> {
            Connection c = c();
            if (!c.getAutoCommit()) {
                return work.run(); // inside a transaction already, which checked the hold
            }
            c.setAutoCommit(false);
            try {
                claims.checkStillHeld();
                T result = work.run();
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    /** Work on the process's connection under the lock, each statement committed by itself (unless a transaction runs). */
    private <T> T query(Sql.Work<T> work) {
        if (reading.get() != null) {
            return runOn(work); // a read within a read: the same reader connection
        }
        lock.lock();
        try {
            return runOn(work);
        } finally {
            lock.unlock();
        }
    }

    /** Runs work, turning the driver's exception into the one sentence a user reads. */
    private <T> T runOn(Sql.Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /** Units of work waiting for the lock; whoever gets it runs all that wait (see {@link #atomically}). */
    private final java.util.concurrent.ConcurrentLinkedQueue<Unit<?>> waiting = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** At most this many units share one transaction, so the first of them is not kept waiting long. */
    private static final int UNITS_PER_COMMIT = 64;

    /**
     * Group commit: 45 phones answering at once used to queue for the lock one commit each (a commit is
     * half of a unit's time). Whoever gets the lock runs every unit waiting then, in the order they
     * came, in one transaction with one commit; each unit has a savepoint of its own, so a unit that
     * fails leaves nothing and the others stand. Nobody returns before the commit, and if the commit
     * fails every unit in it fails: what returns was stored, as before. The units still run one after
     * the other on one connection, so a check-then-act is as safe as it was.
     */
    @Override
    public <T> T atomically(java.util.function.Supplier<T> work) {
        if (lock.isHeldByCurrentThread()) {
            return inTransaction(work::get); // an inner unit joins the one that runs
        }
        Unit<T> unit = new Unit<>(work);
        waiting.add(unit);
        lock.lock();
        try {
            while (!unit.done) { // more than one transaction's worth may be waiting ahead of it
                runWaiting();
            }
        } finally {
            lock.unlock();
        }
        return unit.outcome();
    }

    /** Runs the waiting units (among them the caller's own) as one transaction; called under the lock. */
    private void runWaiting() {
        List<Unit<?>> batch = new ArrayList<>();
        while (batch.size() < UNITS_PER_COMMIT && !waiting.isEmpty()) {
            batch.add(waiting.poll());
        }
        try {
            inTransaction(() -> {
                for (Unit<?> u : batch) {
                    java.sql.Savepoint mark = batch.size() > 1 ? c().setSavepoint() : null;
                    if (!u.run() && mark != null) {
                        c().rollback(mark);
                    }
                }
                if (batch.size() == 1 && batch.get(0).failure != null) {
                    throw batch.get(0).failure instanceof RuntimeException r ? r : new UnitFailed();
                }
                return null;
            });
        } catch (UnitFailed alone) {
            // the one unit's own failure, kept in it; its transaction was rolled back
        } catch (RuntimeException e) {
            if (!(batch.size() == 1 && batch.get(0).failure == e)) {
                // The hold was lost or the commit failed: nothing of these units was stored.
                batch.stream().filter(u -> u.failure == null).forEach(u -> u.failure = e);
            }
        } finally {
            batch.forEach(u -> u.done = true);
        }
    }

    /** A unit of work and what came of it; read by its own thread once {@code done}, under the lock. */
    private static final class Unit<T> {
        private final java.util.function.Supplier<T> work;
        private T result;
        private Throwable failure;
        private boolean done;

        Unit(java.util.function.Supplier<T> work) {
            this.work = work;
        }

        /** Runs the work on the transaction in progress; false when it failed (its failure is kept). */
        boolean run() {
            try {
                result = work.get();
                return true;
            } catch (RuntimeException | Error e) {
                failure = e;
                return false;
            }
        }

        T outcome() {
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return result;
        }
    }

    /** Rolls back the transaction of a unit that ran alone and failed (its failure stays in the unit). */
    private static final class UnitFailed extends RuntimeException {
        UnitFailed() {
            super(null, null, false, false);
        }
    }

    // --- phones (issue 12) ------------------------------------------------------------------

    @Override
    public Device addDevice(SessionId sessionId, String tokenHash, Instant now) {
        return inTransaction(() -> deviceRows.add(sessionId, tokenHash, now));
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
        change(() -> deviceRows.name(deviceId, participantId));
    }

    @Override
    public void releaseDevice(long deviceId, Instant now) {
        change(() -> deviceRows.release(deviceId, now));
    }

    @Override
    public int deviceRound(SessionId sessionId, int itemNo) {
        return read(() -> deviceRows.round(sessionId, itemNo));
    }

    @Override
    public void setDeviceRound(SessionId sessionId, int itemNo, int round, boolean anonymousProposals) {
        change(() -> deviceRows.setRound(sessionId, itemNo, round, anonymousProposals));
    }

    @Override
    public boolean anonymousProposals(SessionId sessionId, int itemNo) {
        return read(() -> deviceRows.anonymousProposals(sessionId, itemNo));
    }

    @Override
    public Proposal addProposal(SessionId sessionId, int itemNo, long deviceId, ParticipantId participantId, Side side,
                                String text, Instant now) {
        return inTransaction(() -> deviceRows.addProposal(sessionId, itemNo, deviceId, participantId, side, text, now));
    }

    @Override
    public Optional<Proposal> proposal(SessionId sessionId, long proposalId) {
        return read(() -> deviceRows.proposal(sessionId, proposalId));
    }

    @Override
    public List<Proposal> proposals(SessionId sessionId, int itemNo) {
        return read(() -> deviceRows.proposals(sessionId, itemNo));
    }

    @Override
    public int openProposals(long deviceId, int itemNo) {
        return read(() -> deviceRows.openProposals(deviceId, itemNo));
    }

    @Override
    public void decideProposal(SessionId sessionId, long proposalId, Proposal.State state, Long argumentId, Instant now) {
        change(() -> deviceRows.decide(sessionId, proposalId, state, argumentId, now));
    }
}
