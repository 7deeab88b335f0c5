package nl.beraad.store;

import static nl.beraad.store.Sql.instant;
import static nl.beraad.store.Sql.optionalInstant;
import static nl.beraad.store.Sql.optionalLong;
import static nl.beraad.store.Sql.time;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.Proposal;
import nl.beraad.domain.Scale;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionEvent;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.SessionStatus;
import nl.beraad.domain.Side;
import nl.beraad.domain.Vote;
import nl.beraad.domain.VoteMethod;

/** Sessions in the embedded H2 database, one auto-committed statement (or short transaction) per action. */
public final class H2SessionStore implements SessionStore, DeviceStore {
    private final Database db;
    /** Statements on the connection this thread works on now (see {@link #c()}). */
    private final Sql sql = new Sql(this::c);
    /**
     * One connection serves the process, so one unit of work uses it at a time: the meeting screen and
     * the phones' requests come from different threads, and a check-then-act (is the round still
     * open? then store the answer) must not interleave with another's.
     */
    private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
    /** The sessions this process holds (usually one), by token: every change checks it still holds them. */
    private final Map<Long, String> held = new java.util.concurrent.ConcurrentHashMap<>();
    private final SessionRows sessionRows = new SessionRows(sql);
    private final ItemRows itemRows = new ItemRows(sql);
    private final ParticipantRows participantRows = new ParticipantRows(sql);
    private final VoteRows voteRows = new VoteRows(sql);
    private final ArgumentRows argumentRows = new ArgumentRows(sql);
    private final ConclusionRows conclusionRows = new ConclusionRows(sql);
    private final CorrectionRows correctionRows = new CorrectionRows(sql);
    private final DeviceRows deviceRows = new DeviceRows(sql);

    public H2SessionStore(Database db) {
        this.db = db;
    }

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
            throw Database.translate(e, db.file());
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

    @Override
    public Session createSession(String title, DilemmaSet set, SessionDetails details, ZoneId zone, Instant now) {
        return inTransaction(() -> {
            long id = sessionRows.insert(title, set, details, zone, now);
            sessionRows.addEvent(id, SessionEvent.Kind.START, now);
            itemRows.insert(id, set.items());
            return findSession(id).orElseThrow();
        });
    }

    @Override
    public Optional<Session> findSession(long sessionId) {
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
    public List<SessionItem> items(long sessionId) {
        List<Item> content = content(sessionId);
        return read(() -> itemRows.items(sessionId, content));
    }

    @Override
    public Optional<SessionItem> item(long sessionId, int itemNo) {
        List<Item> content = content(sessionId);
        if (itemNo < 1 || itemNo > content.size()) {
            return Optional.empty();
        }
        return read(() -> itemRows.item(sessionId, itemNo, content.get(itemNo - 1)));
    }

    @Override
    public int itemCount(long sessionId) {
        return content(sessionId).size();
    }

    /** The items' texts and forms, read once per session (they never change) and then kept. */
    private List<Item> content(long sessionId) {
        return itemRows.cached(sessionId, () -> read(() -> itemRows.content(sessionId)));
    }

    @Override
    public List<ItemCounts> itemCounts(long sessionId) {
        return query(() -> itemRows.counts(sessionId));
    }

    @Override
    public void updateProgress(long sessionId, int itemNo, int round, int revealedRound, Instant now) {
        change(() -> itemRows.setProgress(sessionId, itemNo, round, revealedRound));
        change(() -> sessionRows.touch(sessionId, now));
    }

    @Override
    public void moveTo(long sessionId, int itemNo, Instant now) {
        inTransaction(() -> {
            itemRows.markOpened(sessionId, itemNo, now);
            sessionRows.setCurrentItem(sessionId, itemNo, now);
            return null;
        });
    }

    @Override
    public void setDetails(long sessionId, SessionDetails d) {
        change(() -> sessionRows.setDetails(sessionId, d));
    }

    @Override
    public void setStatus(long sessionId, SessionStatus status, Instant now) {
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
    public void addEvent(long sessionId, SessionEvent.Kind kind, Instant at) {
        query(() -> {
            sessionRows.addEvent(sessionId, kind, at);
            return null;
        });
    }

    @Override
    public List<SessionEvent> events(long sessionId) {
        return query(() -> sessionRows.events(sessionId));
    }

    @Override
    public Instant lastActivity(long sessionId) {
        return query(() -> sessionRows.lastActivity(sessionId));
    }

    @Override
    public Participant addParticipant(long sessionId, String name, Instant now) {
        return inTransaction(() -> {
            Participant added = participantRows.add(sessionId, name, now);
            sessionRows.touch(sessionId, now);
            return added;
        });
    }

    @Override
    public List<Participant> participants(long sessionId) {
        return read(() -> participantRows.list(sessionId));
    }

    @Override
    public Optional<Participant> participant(long sessionId, long participantId) {
        return read(() -> participantRows.find(sessionId, participantId));
    }

    @Override
    public void castVote(long sessionId, Vote vote) {
        change(() -> voteRows.cast(sessionId, vote));
    }

    @Override
    public void updateParticipant(long sessionId, Participant p) {
        change(() -> participantRows.update(sessionId, p));
    }

    @Override
    public void removeParticipant(long sessionId, long participantId) {
        change(() -> participantRows.remove(sessionId, participantId));
    }

    @Override
    public List<Long> speakers(long sessionId, int itemNo) {
        return query(() -> participantRows.speakers(sessionId, itemNo));
    }

    @Override
    public void addSpeaker(long sessionId, int itemNo, long participantId, Instant now) {
        change(() -> participantRows.addSpeaker(sessionId, itemNo, participantId, now));
    }

    @Override
    public void removeFirstSpeaker(long sessionId, int itemNo) {
        change(() -> participantRows.removeFirstSpeaker(sessionId, itemNo));
    }

    @Override
    public void removeSpeaker(long sessionId, int itemNo, long participantId) {
        change(() -> participantRows.removeSpeaker(sessionId, itemNo, participantId));
    }

    @Override
    public void countHands(long sessionId, HandCount count) {
        change(() -> voteRows.countHands(sessionId, count));
    }

    @Override
    public List<Vote> votes(long sessionId, int itemNo, int round) {
        return read(() -> voteRows.list(sessionId, itemNo, round));
    }

    @Override
    public Optional<Vote> vote(long sessionId, int itemNo, int round, long participantId) {
        return read(() -> voteRows.find(sessionId, itemNo, round, participantId));
    }

    @Override
    public Argument addArgument(long sessionId, int itemNo, Long participantId, Side side, String text, Instant now) {
        return query(() -> argumentRows.add(sessionId, itemNo, participantId, side, text, now));
    }

    @Override
    public List<Argument> arguments(long sessionId, int itemNo) {
        return query(() -> argumentRows.list(new ItemScope(sessionId, itemNo)));
    }

    @Override
    public void setConclusion(long sessionId, Conclusion conclusion) {
        change(() -> conclusionRows.set(sessionId, conclusion));
    }

    @Override
    public Optional<Conclusion> conclusion(long sessionId, int itemNo) {
        return query(() -> conclusionRows.list(new ItemScope(sessionId, itemNo)).stream().findFirst());
    }

    @Override
    public SessionRecord record(long sessionId) {
        return record(ItemScope.all(sessionId));
    }

    @Override
    public SessionRecord record(long sessionId, int itemNo) {
        return record(new ItemScope(sessionId, itemNo));
    }

    private SessionRecord record(ItemScope scope) {
        long sessionId = scope.sessionId();
        return query(() -> {
            // One transaction so a report made while the session runs elsewhere sees one moment of it.
            boolean auto = c().getAutoCommit();
            c().setAutoCommit(false);
            try {
                Session session = sessionRows.find(sessionId)
                        .orElseThrow(() -> BeraadException.invalid("session.unknown", sessionId));
                SessionRecord record = new SessionRecord(session, participantRows.list(sessionId), items(sessionId),
                        voteRows.list(scope), argumentRows.list(scope), conclusionRows.list(scope),
                        voteRows.handCounts(scope), sessionRows.events(sessionId), correctionRows.list(scope));
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
    public void retitle(long sessionId, String title) {
        change(() -> sessionRows.retitle(sessionId, title));
    }

    @Override
    public void delete(long sessionId) {
        change(() -> sessionRows.delete(sessionId));
    }

    @Override
    public SessionClaim claim(long sessionId, boolean takeOver) {
        Connection holder = db.newConnection();
        String token = java.util.UUID.randomUUID().toString();
        try {
            // The claim row is made once per session. Two terminals making it at one instant: one
            // insert wins, the other fails on the key and then waits for the lock below like anyone.
            try (PreparedStatement ps = holder.prepareStatement("INSERT INTO session_claim (session_id) SELECT ? "
                    + "WHERE NOT EXISTS (SELECT 1 FROM session_claim WHERE session_id = ?)")) {
                ps.setLong(1, sessionId);
                ps.setLong(2, sessionId);
                ps.executeUpdate();
            } catch (SQLException e) {
                if (e.getErrorCode() != 23505) { // duplicate key: the other terminal made it first
                    throw e;
                }
            }
            holder.setAutoCommit(false);
            try (Statement st = holder.createStatement()) {
                st.execute("SET LOCK_TIMEOUT 300");
            }
            if (!lockClaim(holder, sessionId)) {
                Optional<HolderRow> current = holderRow(sessionId);
                if (!takeOver) {
                    throw refusal(sessionId, current);
                }
                // The holder's claim connection is closed for it, which ends its row lock; its
                // everyday connection stays, and its next change finds the new token and stops.
                current.ifPresent(h -> abort(h.claimSession(), h.claimStarted()));
                if (!lockClaim(holder, sessionId)) {
                    throw refusal(sessionId, holderRow(sessionId));
                }
            }
            writeHolder(sessionId, token, holder);
        } catch (SQLException e) {
            closeQuietly(holder);
            throw Database.translate(e, db.file());
        } catch (RuntimeException e) {
            closeQuietly(holder);
            throw e;
        }
        held.put(sessionId, token);
        // The row lock lives as long as this transaction: it ends with close(), or with the
        // process, so a crashed terminal never leaves a session locked.
        return () -> {
            held.remove(sessionId, token);
            try {
                holder.rollback();
            } catch (SQLException e) {
                // The connection is going away anyway.
            }
            closeQuietly(holder);
        };
    }

    /** Who holds a session, as the session_holder row says, and the H2 sessions it holds it with. */
    private record HolderRow(Holder holder, int claimSession, OffsetDateTime claimStarted, int mainSession,
                             OffsetDateTime mainStarted) {
    }

    /** Takes the claim row's lock, the sign that this process steers the session; false when another holds it. */
    private static boolean lockClaim(Connection holder, long sessionId) throws SQLException {
        try (PreparedStatement ps = holder.prepareStatement(
                "SELECT session_id FROM session_claim WHERE session_id = ? FOR UPDATE")) {
            ps.setLong(1, sessionId);
            ps.executeQuery().close();
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == 50200) { // lock timeout: another terminal holds it
                return false;
            }
            throw e;
        }
    }

    private static BeraadException refusal(long sessionId, Optional<HolderRow> current) {
        List<nl.beraad.domain.Problem> problems = new ArrayList<>();
        problems.add(current.map(h -> h.holder().problem("session.held", sessionId))
                .orElse(nl.beraad.domain.Problem.of("session.in.use", sessionId)));
        problems.add(nl.beraad.domain.Problem.of("session.held.hint", sessionId));
        return new BeraadException(nl.beraad.domain.ExitCode.CONFLICT, problems, null);
    }

    private Optional<HolderRow> holderRow(long sessionId) throws SQLException {
        try (PreparedStatement ps = c().prepareStatement("SELECT pid, terminal, origin, since, claim_session, "
                + "claim_started, main_session, main_started FROM session_holder WHERE session_id = ?")) {
            ps.setLong(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new HolderRow(new Holder(rs.getLong(1), Instant.EPOCH, rs.getString(2),
                        rs.getString(3), instant(rs, 4)), rs.getInt(5), rs.getObject(6, OffsetDateTime.class),
                        rs.getInt(7), rs.getObject(8, OffsetDateTime.class)));
            }
        }
    }

    /**
     * Closes another process's H2 session, rolling back what it had not committed (nothing it
     * confirmed to anyone). Only the very session that was recorded: a later one that got its number
     * has another start time and is left alone.
     */
    private void abort(int h2Session, OffsetDateTime started) {
        try (PreparedStatement ps = c().prepareStatement("SELECT ABORT_SESSION(SESSION_ID) FROM "
                + "INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = ? AND SESSION_START = ?")) {
            ps.setInt(1, h2Session);
            ps.setObject(2, started);
            ps.executeQuery().close();
        } catch (SQLException e) {
            throw Database.translate(e, db.file());
        }
    }

    /**
     * Records this process as the session's holder with a new token. When the former holder is in
     * the middle of a change (its transaction holds the row), that change is rolled back first.
     */
    private void writeHolder(long sessionId, String token, Connection holder) throws SQLException {
        ThisProcess self = ThisProcess.current();
        H2Session claimId = h2Session(holder);
        H2Session mainId = h2Session(c());
        String merge = "MERGE INTO session_holder (session_id, token, pid, terminal, origin, since, claim_session, "
                + "claim_started, main_session, main_started) KEY (session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        for (int attempt = 0; ; attempt++) {
            try (PreparedStatement ps = c().prepareStatement(merge)) {
                ps.setLong(1, sessionId);
                ps.setString(2, token);
                ps.setLong(3, self.pid());
                ps.setString(4, self.terminal());
                ps.setString(5, self.origin());
                ps.setObject(6, time(Instant.now()));
                ps.setInt(7, claimId.id());
                ps.setObject(8, claimId.started());
                ps.setInt(9, mainId.id());
                ps.setObject(10, mainId.started());
                ps.executeUpdate();
                return;
            } catch (SQLException e) {
                if (e.getErrorCode() != 50200 || attempt > 0) {
                    throw e;
                }
                Optional<HolderRow> former = holderRow(sessionId);
                former.ifPresent(h -> abort(h.mainSession(), h.mainStarted()));
            }
        }
    }

    /** The number and start time of a connection's own H2 session. */
    private static H2Session h2Session(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT SESSION_ID, SESSION_START "
                + "FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()")) {
            rs.next();
            return new H2Session(rs.getInt(1), rs.getObject(2, OffsetDateTime.class));
        }
    }

    private record H2Session(int id, OffsetDateTime started) {
    }

    /**
     * Inside every change while this process holds a session: the session must still be held with
     * this process's token. The row is locked until the change commits, so a take-over waits for
     * a change in progress and no change of the former holder can follow the take-over.
     */
    private void checkStillHeld(Connection c) throws SQLException {
        for (Map.Entry<Long, String> hold : held.entrySet()) {
            long sessionId = hold.getKey();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT token FROM session_holder WHERE session_id = ? FOR UPDATE")) {
                ps.setLong(1, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && hold.getValue().equals(rs.getString(1))) {
                        continue;
                    }
                }
            }
            Optional<HolderRow> now = holderRow(sessionId);
            throw new BeraadException(nl.beraad.domain.ExitCode.CONFLICT, List.of(now
                    .map(h -> h.holder().problem(SessionClaim.LOST, sessionId))
                    .orElse(nl.beraad.domain.Problem.of(SessionClaim.LOST + ".gone", sessionId))), null);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // nothing left to release
        }
    }

    // --- corrections after the fact (issue 11) -------------------------------------------

    @Override
    public Optional<Argument> argument(long sessionId, long argumentId) {
        return query(() -> argumentRows.find(sessionId, argumentId));
    }

    @Override
    public List<Correction> corrections(long sessionId, int itemNo) {
        return query(() -> correctionRows.list(new ItemScope(sessionId, itemNo)));
    }

    @Override
    public boolean reopened(long sessionId, int itemNo, int round) {
        return read(() -> correctionRows.reopened(sessionId, itemNo, round));
    }

    @Override
    public Correction reopenRound(long sessionId, Correction reopened, int revealedRound) {
        return inTransaction(() -> {
            itemRows.setRevealedRound(sessionId, reopened.itemNo(), revealedRound);
            sessionRows.touch(sessionId, reopened.madeAt());
            return correctionRows.insert(sessionId, reopened);
        });
    }

    @Override
    public Correction correctPosition(long sessionId, Correction change, Vote after) {
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
    public Correction correctHands(long sessionId, Correction change, HandCount after) {
        return inTransaction(() -> {
            voteRows.countHands(sessionId, after);
            return correctionRows.insert(sessionId, change);
        });
    }

    @Override
    public Correction editArgument(long sessionId, Correction edit) {
        return inTransaction(() -> {
            argumentRows.edit(sessionId, edit.argumentId(), edit.after(), edit.madeAt());
            return correctionRows.insert(sessionId, edit);
        });
    }

    @Override
    public Correction deleteArgument(long sessionId, Correction deletion) {
        return inTransaction(() -> {
            argumentRows.delete(sessionId, deletion.argumentId());
            // Nothing of the deleted text stays behind, not even the wordings its edits recorded.
            correctionRows.forgetWordings(sessionId, deletion.argumentId());
            return correctionRows.insert(sessionId, deletion);
        });
    }

    // --- helpers -------------------------------------------------------------------------

    /** One change that needs no transaction of its own; while a session is held, it is one that first checks the hold. */
    private void change(Step step) {
        Sql.Work<Void> work = () -> {
            step.run();
            return null;
        };
        if (!held.isEmpty()) {
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

    private <T> T inTransaction(Sql.Work<T> work) {
        return query(() -> {
            Connection c = c();
            if (!c.getAutoCommit()) {
                return work.run(); // inside a transaction already, which checked the hold
            }
            c.setAutoCommit(false);
            try {
                checkStillHeld(c);
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

    private <T> T runOn(Sql.Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw Database.translate(e, db.file());
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
    public Device addDevice(long sessionId, String tokenHash, Instant now) {
        return inTransaction(() -> deviceRows.add(sessionId, tokenHash, now));
    }

    @Override
    public Optional<Device> deviceByToken(String tokenHash) {
        return read(() -> deviceRows.byToken(tokenHash));
    }

    @Override
    public Optional<Device> device(long sessionId, long deviceId) {
        return read(() -> deviceRows.find(sessionId, deviceId));
    }

    @Override
    public List<Device> devices(long sessionId) {
        return read(() -> deviceRows.list(sessionId));
    }

    @Override
    public void nameDevice(long deviceId, long participantId) {
        change(() -> deviceRows.name(deviceId, participantId));
    }

    @Override
    public void releaseDevice(long deviceId, Instant now) {
        change(() -> deviceRows.release(deviceId, now));
    }

    @Override
    public int deviceRound(long sessionId, int itemNo) {
        return read(() -> deviceRows.round(sessionId, itemNo));
    }

    @Override
    public void setDeviceRound(long sessionId, int itemNo, int round, boolean anonymousProposals) {
        change(() -> deviceRows.setRound(sessionId, itemNo, round, anonymousProposals));
    }

    @Override
    public boolean anonymousProposals(long sessionId, int itemNo) {
        return read(() -> deviceRows.anonymousProposals(sessionId, itemNo));
    }

    @Override
    public Proposal addProposal(long sessionId, int itemNo, long deviceId, Long participantId, Side side, String text,
            Instant now) {
        return inTransaction(() -> deviceRows.addProposal(sessionId, itemNo, deviceId, participantId, side, text, now));
    }

    @Override
    public Optional<Proposal> proposal(long sessionId, long proposalId) {
        return read(() -> deviceRows.proposal(sessionId, proposalId));
    }

    @Override
    public List<Proposal> proposals(long sessionId, int itemNo) {
        return read(() -> deviceRows.proposals(sessionId, itemNo));
    }

    @Override
    public int openProposals(long deviceId, int itemNo) {
        return read(() -> deviceRows.openProposals(deviceId, itemNo));
    }

    @Override
    public void decideProposal(long sessionId, long proposalId, Proposal.State state, Long argumentId, Instant now) {
        change(() -> deviceRows.decide(sessionId, proposalId, state, argumentId, now));
    }
}
