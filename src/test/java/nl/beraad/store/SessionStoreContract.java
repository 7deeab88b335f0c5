package nl.beraad.store;

import nl.beraad.domain.NameKeeping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.beraad.app.DemoSession;
import nl.beraad.app.SessionClaim;
import nl.beraad.app.SessionQuery;
import nl.beraad.app.SessionService;
import nl.beraad.app.SessionStore;
import nl.beraad.app.SessionSummary;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.Argument;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.Correction;
import nl.beraad.domain.Device;
import nl.beraad.domain.DilemmaSet;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.HandCount;
import nl.beraad.domain.Item;
import nl.beraad.domain.ItemCounts;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Position;
import nl.beraad.domain.Proposal;
import nl.beraad.domain.Scale;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionEvent;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.Provenance;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.SessionStatus;
import nl.beraad.domain.Side;
import nl.beraad.domain.Vote;
import nl.beraad.domain.VoteMethod;
import nl.beraad.report.JsonExport;
import nl.beraad.report.MarkdownReport;
import nl.beraad.report.ReportNames;
import nl.beraad.support.Unlogged;
import nl.beraad.support.Rows;
import nl.beraad.support.Exports;
import nl.beraad.text.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the store ports ({@link nl.beraad.app.SessionStore}, {@link nl.beraad.app.DeviceStore}) promise,
 * whatever engine keeps the data (issue 14): every method, what it gives back after each change, the
 * orders its javadoc names, empty answers for what does not exist, one holder per session, units of
 * work, and texts as typed. Each engine has a subclass that says how its database is opened; the
 * expectations are these, the same for all.
 */
@Timeout(60)
abstract class SessionStoreContract {
    static final Instant T0 = Instant.parse("2026-11-30T19:00:00Z");
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final SetDirectory SETS = new SetDirectory(Path.of("dilemmas").toAbsolutePath());
    /** One item of every kind (dilemma, stelling, keuze, verdeling, rangorde, vraag). */
    static final DilemmaSet EVERY_KIND =
            SETS.load(Path.of("src/test/resources/nl/beraad/e2e/alle-soorten.yaml").toAbsolutePath().toString());
    static final DilemmaSet SCP = SETS.load(DemoSession.SET_ID);
    static final SessionDetails DETAILS =
            new SessionDetails("Adviesraad Sociaal Domein", "Raadzaal", "Marleen Jansen", "Pieter de Groot", NameKeeping.NAMED);
    /** Dutch as typed at a meeting: diacritics, the ĳ, curly quotes, a dash and emoji (one with a skin tone, a flag). */
    static final String DUTCH = "Ĳsbrand Noël: “coördinatie” en café-ruïnes in Zeeuws-Vlaanderen — prima 👍🏽 🇳🇱";

    private final List<Database> opened = new ArrayList<>();
    /** The database of this test, and the store on it. */
    Database db;
    JdbcSessionStore store;

    /** Opens the engine's database of this test: a new one at the first call, the same one again after that. */
    protected abstract Database open() throws Exception;

    /** Removes what {@link #open} made outside the process, once every database of the test is closed. */
    protected void removeDatabase() throws Exception {
    }

    @BeforeEach
    void openStore() throws Exception {
        db = another();
        store = new JdbcSessionStore(db);
    }

    @AfterEach
    void closeStores() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
        removeDatabase();
    }

    /** Another way into this test's database: what a second terminal on the same database has. */
    private Database another() throws Exception {
        Database d = open();
        opened.add(d);
        return d;
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private Session session() {
        return store.createSession("Adviesraad over alle soorten", EVERY_KIND, DETAILS, AMSTERDAM, T0);
    }

    // --- sessions -----------------------------------------------------------------------------------

    @Test
    void aNewSessionIsOpenAtItsFirstItemWithTheItemsOfItsSetAndItsStart() {
        Session s = store.createSession("Adviesraad over alle soorten", EVERY_KIND, DETAILS, AMSTERDAM, T0);

        assertTrue(s.id().value() > 0);
        assertEquals(new Session(s.id(), "Adviesraad over alle soorten", EVERY_KIND.id(), EVERY_KIND.title(),
                SessionStatus.OPEN, ItemNo.of(1), T0, T0, DETAILS, AMSTERDAM, s.uid()), s);
        assertEquals(Optional.of(s), store.findSession(s.id()));
        assertEquals(List.of(new SessionEvent(SessionEvent.Kind.START, T0)), store.events(s.id()));
        assertEquals(T0, store.lastActivity(s.id()));

        int n = EVERY_KIND.items().size();
        List<SessionItem> items = store.items(s.id());
        assertEquals(EVERY_KIND.items(), items.stream().map(SessionItem::item).toList(), "every kind's texts and form");
        assertEquals(IntStream.rangeClosed(1, n).mapToObj(i -> new SessionItem(ItemNo.of(i), EVERY_KIND.items().get(i - 1), 1, 0))
                .toList(), items);
        assertEquals(n, store.itemCount(s.id()));
        for (int i = 1; i <= n; i++) {
            assertEquals(Optional.of(items.get(i - 1)), store.item(s.id(), ItemNo.of(i)));
        }
        assertEquals(Optional.empty(), store.item(s.id(), ItemNo.of(n + 1)));
        assertEquals(IntStream.rangeClosed(1, n).mapToObj(i -> new ItemCounts(ItemNo.of(i), 0, 0, false)).toList(),
                store.itemCounts(s.id()));
    }

    @Test
    void whatDoesNotExistIsEmptyAndAnUnknownSessionHasNoRecord() {
        Session s = session();
        Session other = store.createSession("Jongerenraad", SCP, DETAILS, AMSTERDAM, T0);
        Participant anouk = store.addParticipant(s.id(), "Anouk de Vries", at(1));
        Argument argument = store.addArgument(s.id(), ItemNo.of(1), anouk.id(), Side.A, "Regie bij de inwoner.", at(2));
        Device phone = store.addDevice(s.id(), "a".repeat(64), at(3));
        Proposal proposal = store.addProposal(s.id(), ItemNo.of(1), phone.id(), anouk.id(), Side.B, "Meer tijd.", at(4));
        SessionId unknown = new SessionId(Math.max(s.id().value(), other.id().value()) + 1000);

        assertEquals(Optional.empty(), store.findSession(unknown));
        assertEquals(List.of(), store.items(unknown));
        assertEquals(Optional.empty(), store.item(unknown, ItemNo.of(1)));
        assertEquals(0, store.itemCount(unknown));
        assertEquals(List.of(), store.itemCounts(unknown));
        assertEquals(List.of(), store.events(unknown));
        assertEquals(List.of(), store.participants(unknown));
        assertEquals(List.of(), store.devices(unknown));
        BeraadException noRecord = assertThrows(BeraadException.class, () -> store.record(unknown));
        assertEquals("session.unknown", noRecord.problems().get(0).key());
        assertEquals("session.unknown",
                assertThrows(BeraadException.class, () -> store.record(unknown, ItemNo.of(1))).problems().get(0).key());

        // Ids of one session are not found through another.
        assertEquals(Optional.empty(), store.participant(other.id(), anouk.id()));
        assertEquals(Optional.empty(), store.argument(other.id(), argument.id()));
        assertEquals(Optional.empty(), store.device(other.id(), phone.id()));
        assertEquals(Optional.empty(), store.proposal(other.id(), proposal.id()));
        // Ids that nobody was given.
        long nobody = 1_000_000;
        assertEquals(Optional.empty(), store.participant(s.id(), new ParticipantId(nobody)));
        assertEquals(Optional.empty(), store.argument(s.id(), nobody));
        assertEquals(Optional.empty(), store.device(s.id(), nobody));
        assertEquals(Optional.empty(), store.proposal(s.id(), nobody));
        assertEquals(Optional.empty(), store.deviceByToken("b".repeat(64)));
        assertEquals(Optional.empty(), store.vote(s.id(), ItemNo.of(1), 1, anouk.id()));
        assertEquals(Optional.empty(), store.conclusion(s.id(), ItemNo.of(1)));
        assertEquals(List.of(), store.votes(s.id(), ItemNo.of(1), 1));
        assertEquals(List.of(), store.arguments(s.id(), ItemNo.of(2)));
        assertEquals(List.of(), store.speakers(s.id(), ItemNo.of(1)));
        assertEquals(List.of(), store.corrections(s.id(), ItemNo.of(1)));
        assertEquals(List.of(), store.proposals(s.id(), ItemNo.of(2)));
        assertFalse(store.reopened(s.id(), ItemNo.of(1), 1));
        assertEquals(0, store.deviceRound(s.id(), ItemNo.of(1)));
        assertEquals(0, store.deviceRound(s.id(), ItemNo.of(99)));
        assertFalse(store.anonymousProposals(s.id(), ItemNo.of(99)));
        assertEquals(0, store.openProposals(phone.id(), ItemNo.of(2)));
    }

    @Test
    void sessionsAreListedNewestFirstAPageAtATimeWithTheirCounts() {
        Session first = store.createSession("Eerste", EVERY_KIND, DETAILS, AMSTERDAM, at(0));
        Session second = store.createSession("Tweede", SCP, DETAILS, AMSTERDAM, at(10));
        Session third = store.createSession("Derde", EVERY_KIND, DETAILS, AMSTERDAM, at(10)); // same moment: made later
        store.addParticipant(second.id(), "Anouk de Vries", at(11));
        store.addParticipant(second.id(), "José Öztürk", at(12));

        List<SessionSummary> all = store.listSessions(SessionQuery.ALL, 0, 10);
        assertEquals(List.of(
                new SessionSummary(store.findSession(third.id()).orElseThrow(), EVERY_KIND.items().size(), 0),
                new SessionSummary(store.findSession(second.id()).orElseThrow(), SCP.items().size(), 2),
                new SessionSummary(store.findSession(first.id()).orElseThrow(), EVERY_KIND.items().size(), 0)), all);
        assertEquals(List.of(second.id()), ids(store.listSessions(SessionQuery.ALL, 1, 1)));
        assertEquals(List.of(second.id(), first.id()), ids(store.listSessions(SessionQuery.ALL, 1, 5)));
        assertEquals(List.of(), store.listSessions(SessionQuery.ALL, 3, 5));
        assertEquals(3, store.countSessions(SessionQuery.ALL));
    }

    @Test
    void eachPartOfAQueryNarrowsTheListAndItsCount() {
        SessionId a = store.createSession("Voorjaar", EVERY_KIND, DETAILS, AMSTERDAM, at(0)).id();
        SessionId b = store.createSession("Jongeren", SCP, DETAILS.with("Jongerenraad", "", "", "", null), AMSTERDAM, at(60)).id();
        SessionId c = store.createSession("Najaar", EVERY_KIND, DETAILS.with("adviesraad sociaal domein", "", "", "", NameKeeping.ANONYMOUS),
                AMSTERDAM, at(120)).id();
        store.setStatus(b, SessionStatus.FINISHED, at(90));

        assertQuery(List.of(c, a), new SessionQuery(EVERY_KIND.id(), null, null, null, null));
        assertQuery(List.of(b), new SessionQuery(SCP.id(), null, null, null, null));
        assertQuery(List.of(b), new SessionQuery(null, SessionStatus.FINISHED, null, null, null));
        assertQuery(List.of(c, a), new SessionQuery(null, SessionStatus.OPEN, null, null, null));
        assertQuery(List.of(c, b), new SessionQuery(null, null, at(60), null, null));
        assertQuery(List.of(a), new SessionQuery(null, null, null, at(60), null));
        assertQuery(List.of(b), new SessionQuery(null, null, at(60), at(120), null));
        assertQuery(List.of(c, a), new SessionQuery(null, null, null, null, "ADVIESRAAD Sociaal Domein"));
        assertQuery(List.of(b), new SessionQuery(null, null, null, null, "jongerenraad"));
        assertQuery(List.of(), new SessionQuery(null, SessionStatus.OPEN, null, null, "Jongerenraad"));
        assertQuery(List.of(), new SessionQuery(null, null, null, null, "Adviesraad"));
        assertQuery(List.of(c), new SessionQuery(EVERY_KIND.id(), SessionStatus.OPEN, at(1), at(121), "adviesraad sociaal domein"));
    }

    @Test
    void aBoardIsFoundWhateverTheCapitalsOfItsAccentedLetters() {
        SessionId a = store.createSession("Voorjaar", SCP, DETAILS.with("Adviesraad Súdwest-Fryslân", "", "", "", null),
                AMSTERDAM, at(0)).id();
        SessionId b = store.createSession("Najaar", SCP, DETAILS.with("ADVIESRAAD SÚDWEST-FRYSLÂN", "", "", "", null),
                AMSTERDAM, at(1)).id();
        store.createSession("Elders", SCP, DETAILS.with("Adviesraad Sudwest-Fryslan", "", "", "", null), AMSTERDAM, at(2));

        assertQuery(List.of(b, a), new SessionQuery(null, null, null, null, "adviesraad súdwest-fryslân"));
    }

    private void assertQuery(List<SessionId> expected, SessionQuery query) {
        assertEquals(expected, ids(store.listSessions(query, 0, 100)), query.toString());
        assertEquals(expected.size(), store.countSessions(query), query.toString());
    }

    private static List<SessionId> ids(List<SessionSummary> summaries) {
        return summaries.stream().map(s -> s.session().id()).toList();
    }

    @Test
    void theLatestOpenSessionIsTheNewestThatIsNotFinished() {
        assertEquals(Optional.empty(), store.latestOpen());
        SessionId older = store.createSession("Ouder", SCP, DETAILS, AMSTERDAM, at(0)).id();
        SessionId newer = store.createSession("Nieuwer", SCP, DETAILS, AMSTERDAM, at(5)).id();
        assertEquals(newer, store.latestOpen().orElseThrow().id());
        store.setStatus(newer, SessionStatus.FINISHED, at(10));
        assertEquals(older, store.latestOpen().orElseThrow().id());
        store.setStatus(older, SessionStatus.FINISHED, at(11));
        assertEquals(Optional.empty(), store.latestOpen());
        store.setStatus(newer, SessionStatus.OPEN, at(12));
        assertEquals(newer, store.latestOpen().orElseThrow().id());
    }

    @Test
    void detailsAndATitleChangeAndTheMeetingsTimesStay() {
        Session s = session();
        store.addParticipant(s.id(), "Anouk de Vries", at(5));
        Session before = store.findSession(s.id()).orElseThrow();
        assertEquals(at(5), before.updatedAt());

        SessionDetails corrected = new SessionDetails("Jongerenraad Súdwest-Fryslân", "Sneek", "Noël de Vries",
                "Fatima el Amrani", NameKeeping.ANONYMOUS);
        store.setDetails(s.id(), corrected);
        store.retitle(s.id(), "Jongerenraad over alle soorten");

        Session after = store.findSession(s.id()).orElseThrow();
        assertEquals(new Session(s.id(), "Jongerenraad over alle soorten", s.setId(), s.setTitle(), SessionStatus.OPEN,
                ItemNo.of(1), T0, at(5), corrected, AMSTERDAM, s.uid()), after);
        assertEquals(List.of(new SessionEvent(SessionEvent.Kind.START, T0)), store.events(s.id()));
    }

    @Test
    void progressAndMovingOnAreStoredPerItemAndAnItemKeepsWhenItWasFirstReached() {
        Session s = session();
        store.updateProgress(s.id(), ItemNo.of(2), 2, 1, at(5));
        assertEquals(new SessionItem(ItemNo.of(2), EVERY_KIND.items().get(1), 2, 1), store.item(s.id(), ItemNo.of(2)).orElseThrow());
        assertEquals(new SessionItem(ItemNo.of(1), EVERY_KIND.items().get(0), 1, 0), store.item(s.id(), ItemNo.of(1)).orElseThrow());
        assertEquals(at(5), store.findSession(s.id()).orElseThrow().updatedAt());

        // Moving from item 1 to 3: both were on the table now; item 2 was passed over.
        store.moveTo(s.id(), ItemNo.of(3), at(7));
        Session moved = store.findSession(s.id()).orElseThrow();
        assertEquals(ItemNo.of(3), moved.currentItem());
        assertEquals(at(7), moved.updatedAt());
        assertEquals(Arrays.asList(at(7), null, at(7), null), openedAt(s.id()).subList(0, 4));

        store.moveTo(s.id(), ItemNo.of(2), at(9));
        store.moveTo(s.id(), ItemNo.of(1), at(11));
        assertEquals(ItemNo.of(1), store.findSession(s.id()).orElseThrow().currentItem());
        assertEquals(Arrays.asList(at(7), at(9), at(7), null), openedAt(s.id()).subList(0, 4), "first reached stays");
        assertEquals(at(9), store.item(s.id(), ItemNo.of(2)).orElseThrow().openedAt());
    }

    private List<Instant> openedAt(SessionId sessionId) {
        return store.items(sessionId).stream().map(SessionItem::openedAt).toList();
    }

    @Test
    void aStatusChangeIsRecordedAsAnEventAndTheSameStatusAgainIsNot() {
        Session s = session();
        store.setStatus(s.id(), SessionStatus.FINISHED, at(30));
        assertEquals(SessionStatus.FINISHED, store.findSession(s.id()).orElseThrow().status());
        assertEquals(at(30), store.findSession(s.id()).orElseThrow().updatedAt());
        store.setStatus(s.id(), SessionStatus.FINISHED, at(40));
        store.setStatus(s.id(), SessionStatus.OPEN, at(50));
        store.setStatus(s.id(), SessionStatus.OPEN, at(60));

        assertEquals(List.of(new SessionEvent(SessionEvent.Kind.START, T0),
                new SessionEvent(SessionEvent.Kind.FINISH, at(30)),
                new SessionEvent(SessionEvent.Kind.REOPEN, at(50))), store.events(s.id()));
        assertEquals(SessionStatus.OPEN, store.findSession(s.id()).orElseThrow().status());
    }

    @Test
    void eventsComeInTheOrderTheyWereRecordedAndTheLastActivityIsTheLatestOfAll() {
        Session s = session();
        Participant anouk = store.addParticipant(s.id(), "Anouk de Vries", at(1));
        assertEquals(at(1), store.lastActivity(s.id()));
        store.castVote(s.id(), new Vote(anouk.id(), ItemNo.of(1), 1, Position.step(2), at(2), VoteMethod.IN_TURN));
        assertEquals(at(2), store.lastActivity(s.id()));
        store.countHands(s.id(), new HandCount(ItemNo.of(2), 1, 1, 4, at(3)));
        assertEquals(at(3), store.lastActivity(s.id()));
        store.addArgument(s.id(), ItemNo.of(1), anouk.id(), Side.A, "Eigen regie.", at(4));
        assertEquals(at(4), store.lastActivity(s.id()));
        store.setConclusion(s.id(), new Conclusion(ItemNo.of(1), "De raad adviseert maatwerk.", at(5)));
        assertEquals(at(5), store.lastActivity(s.id()));
        store.addEvent(s.id(), SessionEvent.Kind.LEFT, at(8));
        store.addEvent(s.id(), SessionEvent.Kind.TAKEN, at(6)); // recorded later, with an earlier time
        assertEquals(at(8), store.lastActivity(s.id()));

        assertEquals(List.of(new SessionEvent(SessionEvent.Kind.START, T0), new SessionEvent(SessionEvent.Kind.LEFT, at(8)),
                new SessionEvent(SessionEvent.Kind.TAKEN, at(6))), store.events(s.id()));
    }

    // --- participants and the speaker queue ---------------------------------------------------------

    @Test
    void participantsComeInTheOrderTheyWereAddedAndAreChangedAndRemovedAsAsked() {
        Session s = session();
        Participant anouk = store.addParticipant(s.id(), "Anouk de Vries", at(1));
        Participant jose = store.addParticipant(s.id(), "José Öztürk", at(2));
        assertEquals(new Participant(anouk.id(), "Anouk de Vries", 1, false, true), anouk);
        assertEquals(new Participant(jose.id(), "José Öztürk", 2, false, true), jose);
        assertNotEquals(anouk.id(), jose.id());
        assertEquals(List.of(anouk, jose), store.participants(s.id()));
        assertEquals(Optional.of(jose), store.participant(s.id(), jose.id()));
        assertEquals(at(2), store.findSession(s.id()).orElseThrow().updatedAt());

        Participant renamed = new Participant(jose.id(), "José Öztürk-Bakker", 2, true, false);
        store.updateParticipant(s.id(), renamed);
        assertEquals(Optional.of(renamed), store.participant(s.id(), jose.id()));

        store.removeParticipant(s.id(), anouk.id());
        assertEquals(List.of(renamed), store.participants(s.id()));
        assertEquals(Optional.empty(), store.participant(s.id(), anouk.id()));

        Participant sjoerd = store.addParticipant(s.id(), "Sjoerd Bakker", at(3));
        assertEquals(List.of(renamed, sjoerd), store.participants(s.id()), "a new participant comes after the others");
        assertTrue(sjoerd.seq() > renamed.seq());
    }

    @Test
    void aNameTheSessionHasInAnotherSpellingIsRefusedButAnotherSessionMayHaveIt() {
        Session s = session();
        store.addParticipant(s.id(), "José Öztürk", at(1));
        BeraadException refused = assertThrows(BeraadException.class,
                () -> store.addParticipant(s.id(), "JOSE OZTURK", at(2)));
        assertEquals("participant.exists", refused.problems().get(0).key());
        assertEquals(ExitCode.INVALID_INPUT, refused.exitCode());
        assertEquals(1, store.participants(s.id()).size());

        Session other = store.createSession("Jongerenraad", SCP, DETAILS, AMSTERDAM, T0);
        assertEquals("José Öztürk", store.addParticipant(other.id(), "José Öztürk", at(3)).name());
    }

    @Test
    void theSpeakerQueueIsFirstInLineFirstPerItem() {
        Session s = session();
        ParticipantId a = store.addParticipant(s.id(), "Anouk de Vries", at(1)).id();
        ParticipantId b = store.addParticipant(s.id(), "José Öztürk", at(1)).id();
        ParticipantId c = store.addParticipant(s.id(), "Sjoerd Bakker", at(1)).id();
        store.addSpeaker(s.id(), ItemNo.of(1), b, at(2));
        store.addSpeaker(s.id(), ItemNo.of(1), c, at(2));
        store.addSpeaker(s.id(), ItemNo.of(1), a, at(2));
        store.addSpeaker(s.id(), ItemNo.of(2), c, at(3));
        assertEquals(List.of(b, c, a), store.speakers(s.id(), ItemNo.of(1)));

        store.removeFirstSpeaker(s.id(), ItemNo.of(1));
        assertEquals(List.of(c, a), store.speakers(s.id(), ItemNo.of(1)));
        store.removeSpeaker(s.id(), ItemNo.of(1), a);
        assertEquals(List.of(c), store.speakers(s.id(), ItemNo.of(1)));
        store.addSpeaker(s.id(), ItemNo.of(1), b, at(4));
        assertEquals(List.of(c, b), store.speakers(s.id(), ItemNo.of(1)));
        store.removeFirstSpeaker(s.id(), ItemNo.of(3)); // nobody waits there: nothing happens
        assertEquals(List.of(c), store.speakers(s.id(), ItemNo.of(2)), "another item's queue stays");
    }

    // --- positions, hands, arguments, conclusions ---------------------------------------------------

    @Test
    void aVoteReplacesTheSameParticipantsEarlierVoteOnTheSameItemAndRoundOnly() {
        Session s = session();
        ParticipantId anouk = store.addParticipant(s.id(), "Anouk de Vries", at(1)).id();
        ParticipantId jose = store.addParticipant(s.id(), "José Öztürk", at(1)).id();
        store.castVote(s.id(), new Vote(anouk, ItemNo.of(1), 1, Position.step(2), at(2), VoteMethod.IN_TURN));
        store.castVote(s.id(), new Vote(jose, ItemNo.of(1), 1, Position.step(4), at(3), VoteMethod.NAMED));
        store.castVote(s.id(), new Vote(anouk, ItemNo.of(1), 2, Position.step(3), at(4), VoteMethod.IN_TURN));
        Vote changed = new Vote(anouk, ItemNo.of(1), 1, Position.ABSTAIN, at(5), VoteMethod.DEVICE);
        store.castVote(s.id(), changed);

        assertEquals(List.of(new Vote(jose, ItemNo.of(1), 1, Position.step(4), at(3), VoteMethod.NAMED), changed),
                store.votes(s.id(), ItemNo.of(1), 1));
        assertEquals(List.of(new Vote(anouk, ItemNo.of(1), 2, Position.step(3), at(4), VoteMethod.IN_TURN)), store.votes(s.id(), ItemNo.of(1), 2));
        assertEquals(Optional.of(changed), store.vote(s.id(), ItemNo.of(1), 1, anouk));
        assertEquals(Optional.empty(), store.vote(s.id(), ItemNo.of(2), 1, anouk));
    }

    @Test
    void aPositionOfSeveralNumbersAndOneWithoutAMethodComeBackAsCast() {
        Session s = session();
        ParticipantId anouk = store.addParticipant(s.id(), "Anouk de Vries", at(1)).id();
        List<Vote> cast = List.of(
                new Vote(anouk, ItemNo.of(3), 1, Position.numbers(List.of(1, 3)), at(2), VoteMethod.NAMED), // keuze
                new Vote(anouk, ItemNo.of(4), 1, Position.numbers(List.of(60, 0, 40)), at(3), VoteMethod.DEVICE), // verdeling
                new Vote(anouk, ItemNo.of(5), 1, Position.numbers(List.of(3, 1, 2)), at(4), VoteMethod.IN_TURN), // rangorde
                new Vote(anouk, ItemNo.of(1), 1, Position.step(5), at(5))); // as older Beraads stored them: no method
        cast.forEach(v -> store.castVote(s.id(), v));
        for (Vote v : cast) {
            assertEquals(Optional.of(v), store.vote(s.id(), v.itemNo(), 1, anouk));
        }
    }

    @Test
    void handsAreCountedPerPositionAndACountReplacesTheOneBefore() {
        Session s = session();
        ParticipantId anouk = store.addParticipant(s.id(), "Anouk de Vries", at(1)).id();
        store.countHands(s.id(), new HandCount(ItemNo.of(1), 1, 1, 4, at(2)));
        store.countHands(s.id(), new HandCount(ItemNo.of(1), 1, 2, 3, at(3)));
        store.countHands(s.id(), new HandCount(ItemNo.of(1), 2, 1, 5, at(4)));
        store.countHands(s.id(), new HandCount(ItemNo.of(1), 1, 1, 6, at(5)));
        store.castVote(s.id(), new Vote(anouk, ItemNo.of(1), 1, Position.step(2), at(6), VoteMethod.NAMED));

        assertEquals(List.of(new HandCount(ItemNo.of(1), 1, 1, 6, at(5)), new HandCount(ItemNo.of(1), 1, 2, 3, at(3)),
                new HandCount(ItemNo.of(1), 2, 1, 5, at(4))), store.record(s.id()).handCounts());
        assertEquals(new ItemCounts(ItemNo.of(1), 6 + 3 + 1, 0, false), store.itemCounts(s.id()).get(0), "the current round's responses");
    }

    @Test
    void argumentsComeInTheOrderTheyWereMadeWithOrWithoutAName() {
        Session s = session();
        ParticipantId anouk = store.addParticipant(s.id(), "Anouk de Vries", at(1)).id();
        Argument first = store.addArgument(s.id(), ItemNo.of(1), anouk, Side.A, "Mensen willen zelf de regie houden.", at(5));
        Argument anonymous = store.addArgument(s.id(), ItemNo.of(1), null, Side.NONE, "Zonder cijfers kunnen we dit niet wegen.", at(6));
        Argument elsewhere = store.addArgument(s.id(), ItemNo.of(2), anouk, Side.B, "Vroeg helpen voorkomt dure problemen.", at(7));
        Argument late = store.addArgument(s.id(), ItemNo.of(1), anouk, Side.B, "Na de pauze, met een klok die achterliep.", at(2));

        assertTrue(first.id() > 0);
        assertEquals(new Argument(first.id(), ItemNo.of(1), anouk, Side.A, "Mensen willen zelf de regie houden.", at(5)), first);
        assertNull(anonymous.participantId());
        assertEquals(List.of(first, anonymous, late), store.arguments(s.id(), ItemNo.of(1)));
        assertEquals(List.of(elsewhere), store.arguments(s.id(), ItemNo.of(2)));
        assertEquals(Optional.of(anonymous), store.argument(s.id(), anonymous.id()));
    }

    @Test
    void aConclusionIsPerItemAndRewritingItReplacesIt() {
        Session s = session();
        Conclusion draft = new Conclusion(ItemNo.of(1), "De raad adviseert maatwerk.", "", "", at(5));
        store.setConclusion(s.id(), draft);
        assertEquals(Optional.of(draft), store.conclusion(s.id(), ItemNo.of(1)));
        Conclusion whole = new Conclusion(ItemNo.of(1), "De raad adviseert maatwerk per huishouden.",
                "Twee leden willen eigen kracht als uitgangspunt.", "Wethouder informeren\nRespijtzorg uitbreiden", at(9));
        store.setConclusion(s.id(), whole);
        assertEquals(Optional.of(whole), store.conclusion(s.id(), ItemNo.of(1)));
        assertEquals(Optional.empty(), store.conclusion(s.id(), ItemNo.of(2)));
        assertEquals(List.of(whole), store.record(s.id()).conclusions());
    }

    @Test
    void itemCountsGivePerItemTheCurrentRoundsResponsesTheArgumentsAndWhetherItIsConcluded() {
        Session s = session();
        ParticipantId anouk = store.addParticipant(s.id(), "Anouk de Vries", at(1)).id();
        ParticipantId jose = store.addParticipant(s.id(), "José Öztürk", at(1)).id();
        store.castVote(s.id(), new Vote(anouk, ItemNo.of(1), 1, Position.step(2), at(2), VoteMethod.IN_TURN));
        store.castVote(s.id(), new Vote(jose, ItemNo.of(1), 1, Position.step(4), at(2), VoteMethod.IN_TURN));
        store.updateProgress(s.id(), ItemNo.of(1), 2, 1, at(3));
        store.castVote(s.id(), new Vote(jose, ItemNo.of(1), 2, Position.step(3), at(4), VoteMethod.IN_TURN));
        store.castVote(s.id(), new Vote(anouk, ItemNo.of(2), 1, Position.step(1), at(4), VoteMethod.IN_TURN));
        store.addArgument(s.id(), ItemNo.of(2), anouk, Side.A, "Eén.", at(5));
        store.addArgument(s.id(), ItemNo.of(2), null, Side.B, "Twee.", at(5));
        store.setConclusion(s.id(), new Conclusion(ItemNo.of(2), "Geconcludeerd.", at(6)));
        store.setConclusion(s.id(), new Conclusion(ItemNo.of(3), "", "Alleen een minderheid.", "", at(6)));

        List<ItemCounts> counts = store.itemCounts(s.id());
        assertEquals(EVERY_KIND.items().size(), counts.size());
        assertEquals(List.of(new ItemCounts(ItemNo.of(1), 1, 0, false), new ItemCounts(ItemNo.of(2), 1, 2, true), new ItemCounts(ItemNo.of(3), 0, 0, false)),
                counts.subList(0, 3));
    }

    // --- what a report reads ------------------------------------------------------------------------

    @Test
    void aRecordHoldsEverythingOfTheSessionAndARecordOfOneItemOnlyThatItemsPart() {
        Session s = session();
        Participant anouk = store.addParticipant(s.id(), "Anouk de Vries", at(1));
        Participant jose = store.addParticipant(s.id(), "José Öztürk", at(1));
        // José answers first; the record lists positions in the participants' order all the same.
        Vote jose1 = new Vote(jose.id(), ItemNo.of(1), 1, Position.step(4), at(2), VoteMethod.IN_TURN);
        Vote anouk1 = new Vote(anouk.id(), ItemNo.of(1), 1, Position.step(2), at(3), VoteMethod.IN_TURN);
        Vote anouk2 = new Vote(anouk.id(), ItemNo.of(2), 1, Position.step(1), at(4), VoteMethod.NAMED);
        Vote anouk12 = new Vote(anouk.id(), ItemNo.of(1), 2, Position.step(3), at(5), VoteMethod.IN_TURN);
        List.of(jose1, anouk1, anouk2, anouk12).forEach(v -> store.castVote(s.id(), v));
        HandCount hands = new HandCount(ItemNo.of(2), 2, 1, 3, at(6));
        store.countHands(s.id(), hands);
        Argument onTwo = store.addArgument(s.id(), ItemNo.of(2), jose.id(), Side.B, "Eerst de kwetsbaren.", at(7));
        Argument onOne = store.addArgument(s.id(), ItemNo.of(1), null, Side.A, "Eigen regie.", at(8));
        Conclusion two = new Conclusion(ItemNo.of(2), "Voorrang voor wie het zwaarst getroffen is.", at(9));
        Conclusion one = new Conclusion(ItemNo.of(1), "Maatwerk.", at(10));
        store.setConclusion(s.id(), two);
        store.setConclusion(s.id(), one);
        store.updateProgress(s.id(), ItemNo.of(1), 2, 2, at(11));
        Correction reopened = store.reopenRound(s.id(), new Correction(0, ItemNo.of(1), Correction.Kind.ROUND_REOPENED, 2, null, null,
                null, 0, null, null, "Te vroeg getoond", at(12)), 1);
        store.moveTo(s.id(), ItemNo.of(2), at(13));
        store.addEvent(s.id(), SessionEvent.Kind.LEFT, at(14));
        Session now = store.findSession(s.id()).orElseThrow();
        List<SessionItem> items = store.items(s.id());
        List<SessionEvent> events = List.of(new SessionEvent(SessionEvent.Kind.START, T0),
                new SessionEvent(SessionEvent.Kind.LEFT, at(14)));

        assertEquals(new SessionRecord(now, List.of(anouk, jose), items, List.of(anouk1, jose1, anouk12, anouk2),
                List.of(onOne, onTwo), List.of(one, two), List.of(hands), events, List.of(reopened)),
                store.record(s.id()));
        assertEquals(new SessionRecord(now, List.of(anouk, jose), items, List.of(anouk2), List.of(onTwo), List.of(two),
                List.of(hands), events, List.of()), store.record(s.id(), ItemNo.of(2)));
        assertEquals(new SessionRecord(now, List.of(anouk, jose), items, List.of(anouk1, jose1, anouk12), List.of(onOne),
                List.of(one), List.of(), events, List.of(reopened)), store.record(s.id(), ItemNo.of(1)));
    }

    @Test
    void aWholeMeetingGivesTheReportAndExportItGivesOnAnH2Database() {
        String[] here = meetingAndItsReport(store);
        String[] reference;
        try (Database h2 = MemoryDatabase.fresh()) {
            reference = meetingAndItsReport(new JdbcSessionStore(h2));
        }
        assertTrue(here[0].contains("Anouk de Vries") && here[0].length() > 5_000, here[0]);
        assertEquals(Exports.withoutLog(reference[0]), Exports.withoutLog(here[0]), "the Markdown report");
        assertEquals(Exports.withoutUid(reference[1]), Exports.withoutUid(here[1]), "the JSON export");
    }

    /** The demo meeting played through the service, and its Markdown report and JSON export. */
    private static String[] meetingAndItsReport(JdbcSessionStore on) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T19:30:00Z"), ZoneOffset.UTC);
        SessionService service = new SessionService(on, SETS, clock);
        SessionId id = DemoSession.play(service, "Adviesraad sociaal domein").id();
        SessionRecord record = service.record(id);
        Messages nl = Messages.forLanguage("nl");
        ReportNames names = ReportNames.of(record, false, nl);
        Provenance unlogged = Unlogged.of(record);
        return new String[] {new MarkdownReport(nl, ZoneOffset.UTC, "test").render(record, unlogged, names, clock.instant()),
            new JsonExport("test").render(record, unlogged, names, clock.instant())};
    }

    // --- a session moved in from elsewhere (export, db copy) -------------------------------------------

    @Test
    void aSessionIsFoundByItsUidAndNothingByAnother() {
        Session s = store.createSession("Raad", SCP, SessionDetails.NONE, AMSTERDAM, T0);
        assertEquals(36, s.uid().length(), s.uid());
        assertEquals(Optional.of(s.id()), store.sessionWithUid(s.uid()));
        assertEquals(Optional.empty(), store.sessionWithUid("00000000-0000-4000-8000-000000000000"));
        assertNotEquals(s.uid(), store.createSession("Raad", SCP, SessionDetails.NONE, AMSTERDAM, T0).uid());
    }

    /**
     * A whole session restored from another database's record (a copy deleted here first, as when
     * it comes from elsewhere) is the same session with this database's ids: the same checksum, the
     * same uid, the same report, and its rows in the same order.
     */
    @Test
    void aRestoredSessionIsTheSameSessionWithIdsOfThisDatabase() {
        SessionService service = new SessionService(store, SETS, Clock.fixed(T0, ZoneOffset.UTC));
        SessionId id = DemoSession.play(service, "Adviesraad sociaal domein").id();
        Participant extra = store.addParticipant(id, "Kees Weg", T0);
        List<Participant> people = store.participants(id);
        store.addSpeaker(id, ItemNo.of(2), people.get(3).id(), T0);
        store.addSpeaker(id, ItemNo.of(2), people.get(0).id(), T0.plusSeconds(5));
        store.addSpeaker(id, ItemNo.of(1), extra.id(), T0.plusSeconds(9));
        SessionRecord before = store.record(id);
        store.delete(id);
        assertEquals(Optional.empty(), store.sessionWithUid(before.session().uid()));

        SessionId restored = store.restore(before);
        SessionRecord after = store.record(restored);
        assertNotEquals(id, restored);
        assertEquals(before.session().uid(), after.session().uid());
        assertEquals(nl.beraad.domain.SessionChecksum.of(before), nl.beraad.domain.SessionChecksum.of(after));
        assertEquals(before.participants().stream().map(Participant::name).toList(),
                after.participants().stream().map(Participant::name).toList());
        assertTrue(after.participants().stream().noneMatch(p -> p.id().equals(extra.id())), "this database's own ids");
        assertEquals(before.events(), after.events());
        Map<ParticipantId, String> named = after.participants().stream()
                .collect(java.util.stream.Collectors.toMap(Participant::id, Participant::name));
        assertEquals(List.of("1 Kees Weg", "2 " + people.get(3).name(), "2 " + people.get(0).name()),
                after.speakers().stream().map(w -> w.itemNo() + " " + named.get(w.participantId())).toList(),
                "the speaker queues, first in line first");
        assertEquals(Optional.of(restored), store.sessionWithUid(before.session().uid()));
    }

    // --- removing a session --------------------------------------------------------------------------

    @Test
    void aDeletedSessionLeavesNoRowInAnyTableAndTheOthersKeepAllOfTheirs() throws SQLException {
        SessionId gone = fullSession("Weg ermee");
        SessionId kept = fullSession("Blijft");
        Connection c = db.newConnection();
        Map<String, Integer> keptBefore = rowsPerTable(c, kept);
        Map<String, Integer> goneBefore = rowsPerTable(c, gone);
        assertTrue(goneBefore.values().stream().allMatch(n -> n > 0), "every table holds some of it: " + goneBefore);

        store.delete(gone);

        assertEquals(Optional.empty(), store.findSession(gone));
        Map<String, Integer> left = rowsPerTable(c, gone);
        assertTrue(left.values().stream().allMatch(n -> n == 0), "rows left: " + left);
        assertEquals(0, count(c, "SELECT COUNT(*) FROM session WHERE id = " + gone));
        assertEquals(keptBefore, rowsPerTable(c, kept));
        assertEquals(1, count(c, "SELECT COUNT(*) FROM session WHERE id = " + kept));
    }

    /** A session with something in every table that holds a session's data; its id. */
    private SessionId fullSession(String title) {
        SessionId id = store.createSession(title, EVERY_KIND, DETAILS, AMSTERDAM, T0).id();
        try (SessionClaim held = store.claim(id)) {
            Participant anouk = store.addParticipant(id, "Anouk de Vries", at(1));
            store.castVote(id, new Vote(anouk.id(), ItemNo.of(1), 1, Position.step(2), at(2), VoteMethod.IN_TURN));
            store.countHands(id, new HandCount(ItemNo.of(1), 1, 3, 2, at(3)));
            Argument argument = store.addArgument(id, ItemNo.of(1), anouk.id(), Side.A, "Eigen regie.", at(4));
            store.setConclusion(id, new Conclusion(ItemNo.of(1), "Maatwerk.", at(5)));
            store.addSpeaker(id, ItemNo.of(1), anouk.id(), at(6));
            store.editArgument(id, new Correction(0, ItemNo.of(1), Correction.Kind.ARGUMENT_EDITED, 0, anouk.id(), argument.id(),
                    Side.A, 0, "Eigen regie.", "Regie bij de inwoner.", "", at(7)));
            store.addEvent(id, SessionEvent.Kind.LEFT, at(8));
            Device phone = store.addDevice(id, (title + "0".repeat(64)).substring(0, 64), at(9));
            store.addProposal(id, ItemNo.of(1), phone.id(), anouk.id(), Side.B, "Meer tijd.", at(10));
            SessionStore.LogEnd end = store.logEnd(id);
            store.seal(id, new nl.beraad.domain.Seal(end.entries(), end.head(), "ed25519:sleutel", "handtekening", at(11)));
        }
        return id;
    }

    /** Per table with a session_id column, how many of its rows belong to the session: asked with plain SQL. */
    private static Map<String, Integer> rowsPerTable(Connection c, SessionId sessionId) throws SQLException {
        Dialect dialect = Dialect.of(c);
        List<String> tables = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT table_name FROM information_schema.columns "
                + "WHERE table_schema = ? AND LOWER(column_name) = 'session_id' ORDER BY table_name")) {
            st.setString(1, dialect.schema(c));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertTrue(tables.size() >= 13, "the tables that hold a session's data: " + tables);
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (String table : tables) {
            rows.put(table, count(c, "SELECT COUNT(*) FROM " + table + " WHERE session_id = " + sessionId));
        }
        return rows;
    }

    /** The number a COUNT query gives. */
    private static int count(Connection c, String sql) throws SQLException {
        return Integer.parseInt(Rows.of(c, sql).get(0));
    }

    // --- the session's log (issue 15) ----------------------------------------------------------------

    @Test
    void everyStoredActionIsAnEntryAndTheRowsVerifyAgainstTheLog() throws SQLException {
        SessionId id = fullSession("Met logboek");
        Participant anouk = store.participants(id).get(0);
        store.updateProgress(id, ItemNo.of(1), 1, 1, at(11));
        store.correctPosition(id, new Correction(0, ItemNo.of(1), Correction.Kind.POSITION, 1, anouk.id(), null, null, 0,
                "2", "4", "verkeerd verstaan", at(12)), new Vote(anouk.id(), ItemNo.of(1), 1, Position.step(4), at(12),
                VoteMethod.IN_TURN));
        store.setStatus(id, SessionStatus.FINISHED, at(13));

        List<nl.beraad.domain.LogEntry.Kind> kinds = store.logged(id).log().stream().map(nl.beraad.domain.LogEntry::kind).toList();
        assertEquals(List.of("START", "PARTICIPANT", "POSITION", "HANDS", "ARGUMENT", "CONCLUSION", "CORRECTION", "ROUND",
                "CORRECTION", "STATUS"), kinds.stream().map(Enum::name).toList(),
                "speakers, events and phones are how the meeting went, not what it recorded");
        nl.beraad.domain.SessionLog.Verdict whole = store.logged(id).verdict();
        assertEquals(new nl.beraad.domain.SessionLog.Intact(10, store.logged(id).log().get(9).hash()), whole);

        Connection c = db.newConnection();
        try (java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE vote SET position = 1 WHERE session_id = " + id);
        }
        nl.beraad.domain.SessionLog.Verdict changed = store.logged(id).verdict();
        assertTrue(changed instanceof nl.beraad.domain.SessionLog.Differs, changed.toString());
        nl.beraad.domain.SessionLog.Differs d = (nl.beraad.domain.SessionLog.Differs) changed;
        assertEquals(9, d.seq(), "the correction was the last entry to record the position");
        assertEquals(ItemNo.of(1), d.itemNo());
        assertEquals("vote", d.subject());
    }

    @Test
    void twoStoresAppendingToOneSessionKeepOneChain() throws Exception {
        SessionId id = session().id();
        JdbcSessionStore second = new JdbcSessionStore(another());
        List<java.util.concurrent.CompletableFuture<Participant>> added = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            JdbcSessionStore by = i % 2 == 0 ? store : second;
            String name = "Lid " + i;
            added.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> by.addParticipant(id, name, at(1))));
        }
        for (java.util.concurrent.CompletableFuture<Participant> f : added) {
            f.get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertEquals(11, store.logged(id).log().size());
        assertTrue(store.logged(id).verdict() instanceof nl.beraad.domain.SessionLog.Intact, store.logged(id).verdict().toString());
    }

    // --- how a session keeps names (issue 15) -------------------------------------------------------

    @Test
    void erasingEveryNameOfASessionNumbersTheMembersAndLeavesNoNameInItsLog() throws SQLException {
        SessionId id = store.createSession("Tot het verslag", SCP, DETAILS.with(null, null, null, null,
                NameKeeping.UNTIL_FINAL), AMSTERDAM, T0).id();
        // A name that is another member's number: no two may share a name in between.
        store.addParticipant(id, "Deelnemer 2", at(1));
        store.addParticipant(id, "Zoë Jansen", at(2));
        store.addParticipant(id, "Bram Bos", at(3));

        store.addArgument(id, ItemNo.of(1), store.participants(id).get(1).id(), Side.A, "Bram Bos heeft gelijk", at(4));

        new nl.beraad.app.Erasure(store, "Deelnemer", "", java.time.Clock.fixed(at(6), ZoneOffset.UTC))
                .eraseParticipantNames(id);

        assertEquals(List.of("1 Deelnemer 1", "2 Deelnemer 2", "3 Deelnemer 3"),
                store.participants(id).stream().map(p -> p.seq() + " " + p.name()).toList());
        assertEquals(NameKeeping.UNTIL_FINAL, store.findSession(id).orElseThrow().details().names());
        assertTrue(store.logged(id).verdict() instanceof nl.beraad.domain.SessionLog.Intact, store.logged(id).verdict().toString());
        assertEquals("Deelnemer 3 heeft gelijk", store.record(id).arguments().get(0).text());
        for (nl.beraad.domain.LogEntry e : store.logged(id).log()) {
            assertFalse(e.content().contains("Zoë") || e.content().contains("Bram"), "entry " + e.seq() + ": " + e.content());
        }
        Participant next = store.addParticipant(id, "Deelnemer 4", at(5));
        assertEquals(4, next.seq(), "a member added after is numbered on");
    }

    // --- one holder per session ---------------------------------------------------------------------

    @Test
    void aSessionHeldByOneStoreIsRefusedToAnotherUntilItIsLetGo() throws Exception {
        SessionId id = session().id();
        SessionId otherSession = store.createSession("Jongerenraad", SCP, DETAILS, AMSTERDAM, T0).id();
        JdbcSessionStore second = new JdbcSessionStore(another());

        SessionClaim held = store.claim(id);
        BeraadException refused = assertThrows(BeraadException.class, () -> second.claim(id));
        assertEquals(ExitCode.CONFLICT, refused.exitCode());
        assertTrue(SessionClaim.held(refused), refused.problems().toString());
        store.addParticipant(id, "Anouk de Vries", at(1)); // the holder works on
        try (SessionClaim another = second.claim(otherSession)) {
            second.addParticipant(otherSession, "José Öztürk", at(2)); // another session is free
        }

        held.close();
        try (SessionClaim now = second.claim(id)) {
            second.addParticipant(id, "Sjoerd Bakker", at(3));
        }
        assertEquals(List.of("Anouk de Vries", "Sjoerd Bakker"), names(store.participants(id)));
    }

    @Test
    void afterATakeOverTheFormerHoldersNextChangeIsRefusedAndChangesNothing() throws Exception {
        SessionId id = session().id();
        JdbcSessionStore second = new JdbcSessionStore(another());
        SessionClaim held = store.claim(id);
        Participant anouk = store.addParticipant(id, "Anouk de Vries", at(1));

        SessionClaim takenOver = second.claim(id, true);
        second.addParticipant(id, "José Öztürk", at(2));

        BeraadException lost = assertThrows(BeraadException.class, () -> store.addParticipant(id, "Sjoerd Bakker", at(3)));
        assertTrue(SessionClaim.lost(lost), lost.problems().toString());
        assertEquals(ExitCode.CONFLICT, lost.exitCode());
        assertTrue(SessionClaim.lost(assertThrows(BeraadException.class, () -> store.castVote(id,
                new Vote(anouk.id(), ItemNo.of(1), 1, Position.step(2), at(4), VoteMethod.IN_TURN)))));
        assertTrue(SessionClaim.lost(assertThrows(BeraadException.class, () -> store.atomically(() -> {
            store.setConclusion(id, new Conclusion(ItemNo.of(1), "Te laat.", at(5)));
            return null;
        }))));

        assertEquals(List.of("Anouk de Vries", "José Öztürk"), names(second.participants(id)));
        assertEquals(List.of(), second.votes(id, ItemNo.of(1), 1));
        assertEquals(Optional.empty(), second.conclusion(id, ItemNo.of(1)));
        takenOver.close();
        held.close();
    }

    private static List<String> names(List<Participant> participants) {
        return participants.stream().map(Participant::name).toList();
    }

    // --- corrections after the fact ------------------------------------------------------------------

    @Test
    void aReopenedRoundIsHiddenAgainAndTheReopeningIsRecorded() {
        Session s = session();
        store.updateProgress(s.id(), ItemNo.of(1), 2, 2, at(1));
        Correction asked = new Correction(0, ItemNo.of(1), Correction.Kind.ROUND_REOPENED, 2, null, null, null, 0, null, null,
                "Een lid kwam te laat binnen", at(5));
        Correction made = store.reopenRound(s.id(), asked, 1);

        assertTrue(made.id() > 0);
        assertEquals(withId(asked, made.id()), made);
        assertEquals(new SessionItem(ItemNo.of(1), EVERY_KIND.items().get(0), 2, 1), store.item(s.id(), ItemNo.of(1)).orElseThrow());
        assertTrue(store.reopened(s.id(), ItemNo.of(1), 2));
        assertFalse(store.reopened(s.id(), ItemNo.of(1), 1));
        assertFalse(store.reopened(s.id(), ItemNo.of(2), 2));
        assertEquals(List.of(made), store.corrections(s.id(), ItemNo.of(1)));
        assertEquals(List.of(), store.corrections(s.id(), ItemNo.of(2)));
        assertEquals(at(5), store.findSession(s.id()).orElseThrow().updatedAt());
    }

    @Test
    void aCorrectedPositionReplacesOrTakesAwayTheVoteAndEachCorrectionIsKeptInOrder() {
        Session s = session();
        ParticipantId anouk = store.addParticipant(s.id(), "Anouk de Vries", at(1)).id();
        store.castVote(s.id(), new Vote(anouk, ItemNo.of(1), 1, Position.step(2), at(2), VoteMethod.IN_TURN));

        Vote after = new Vote(anouk, ItemNo.of(1), 1, Position.step(4), at(6), VoteMethod.NAMED);
        Correction changed = store.correctPosition(s.id(), new Correction(0, ItemNo.of(1), Correction.Kind.POSITION, 1, anouk, null,
                null, 0, "2", "4", "Verkeerd verstaan", at(6)), after);
        assertEquals(Optional.of(after), store.vote(s.id(), ItemNo.of(1), 1, anouk));

        Correction removed = store.correctPosition(s.id(), new Correction(0, ItemNo.of(1), Correction.Kind.POSITION, 1, anouk, null,
                null, 0, "4", null, "Was afwezig", at(7)), null);
        assertEquals(Optional.empty(), store.vote(s.id(), ItemNo.of(1), 1, anouk));
        assertEquals(List.of(), store.votes(s.id(), ItemNo.of(1), 1));

        assertTrue(changed.id() > 0 && removed.id() > 0);
        assertEquals(List.of(changed, removed), store.corrections(s.id(), ItemNo.of(1)));
        assertEquals(anouk, removed.participantId());
    }

    @Test
    void correctedHandsReplaceTheCountWithTheirCorrection() {
        Session s = session();
        store.countHands(s.id(), new HandCount(ItemNo.of(1), 1, 2, 5, at(1)));
        HandCount after = new HandCount(ItemNo.of(1), 1, 2, 7, at(8));
        Correction made = store.correctHands(s.id(), new Correction(0, ItemNo.of(1), Correction.Kind.HANDS, 1, null, null, null, 2,
                "5", "7", "Twee handen gemist", at(8)), after);

        assertEquals(List.of(after), store.record(s.id()).handCounts());
        assertEquals(List.of(made), store.corrections(s.id(), ItemNo.of(1)));
        assertEquals(2, made.handPosition());
    }

    @Test
    void anEditedArgumentHasItsNewTextAndWhenItWasEditedAndKeepsWhenItWasMade() {
        Session s = session();
        ParticipantId anouk = store.addParticipant(s.id(), "Anouk de Vries", at(1)).id();
        Argument made = store.addArgument(s.id(), ItemNo.of(1), anouk, Side.A, "Mantelzorgers doen al veel.", at(2));
        Correction edit = store.editArgument(s.id(), new Correction(0, ItemNo.of(1), Correction.Kind.ARGUMENT_EDITED, 0, anouk,
                made.id(), Side.A, 0, made.text(), "Mantelzorgers doen al heel veel.", "Verschrijving", at(9)));

        assertEquals(Optional.of(new Argument(made.id(), ItemNo.of(1), anouk, Side.A, "Mantelzorgers doen al heel veel.", at(2),
                at(9))), store.argument(s.id(), made.id()));
        assertEquals(List.of(edit), store.corrections(s.id(), ItemNo.of(1)));
        assertEquals("Mantelzorgers doen al veel.", edit.before());
    }

    @Test
    void aDeletedArgumentLeavesNoTextBehindNotEvenInItsEarlierEdits() throws SQLException {
        Session s = session();
        ParticipantId anouk = store.addParticipant(s.id(), "Anouk de Vries", at(1)).id();
        Argument personal = store.addArgument(s.id(), ItemNo.of(1), anouk, Side.A, "Mijn diagnose kwam pas na een jaar.", at(2));
        Argument other = store.addArgument(s.id(), ItemNo.of(1), anouk, Side.B, "Wachttijden moeten omlaag.", at(3));
        Correction edited = store.editArgument(s.id(), new Correction(0, ItemNo.of(1), Correction.Kind.ARGUMENT_EDITED, 0, anouk,
                personal.id(), Side.A, 0, personal.text(), "Mijn behandeling kwam pas na een jaar.", "", at(4)));
        Correction otherEdited = store.editArgument(s.id(), new Correction(0, ItemNo.of(1), Correction.Kind.ARGUMENT_EDITED, 0, anouk,
                other.id(), Side.B, 0, other.text(), "Wachttijden moeten fors omlaag.", "", at(5)));
        Correction deletion = store.deleteArgument(s.id(), new Correction(0, ItemNo.of(1), Correction.Kind.ARGUMENT_DELETED, 0, anouk,
                personal.id(), Side.A, 0, null, null, "Op verzoek van het lid (AVG)", at(6)));

        assertEquals(Optional.empty(), store.argument(s.id(), personal.id()));
        assertEquals(List.of(other.id()), store.arguments(s.id(), ItemNo.of(1)).stream().map(Argument::id).toList());
        assertEquals(List.of(withTexts(edited, null, null), otherEdited, deletion), store.corrections(s.id(), ItemNo.of(1)));
        Connection c = db.newConnection();
        assertEquals(0, count(c, "SELECT COUNT(*) FROM correction WHERE before_value LIKE '%na een jaar%' "
                + "OR after_value LIKE '%na een jaar%' OR reason LIKE '%na een jaar%'"));
        assertEquals(0, count(c, "SELECT COUNT(*) FROM argument WHERE text LIKE '%na een jaar%'"));
    }

    // --- erasing names (issue 15) --------------------------------------------------------------------

    /** A meeting of three members who name each other in their texts, with a proposal from a phone. */
    private SessionId namingEachOther() {
        SessionId id = session().id();
        ParticipantId zoe = store.addParticipant(id, "Zoë Öztürk", at(1)).id();
        ParticipantId bram = store.addParticipant(id, "Bram Jansen", at(1)).id();
        store.addParticipant(id, "Cor van Dam", at(1));
        store.castVote(id, new Vote(zoe, ItemNo.of(1), 1, Position.step(1), at(2), VoteMethod.IN_TURN));
        store.castVote(id, new Vote(bram, ItemNo.of(1), 1, Position.step(4), at(2), VoteMethod.IN_TURN));
        Argument a = store.addArgument(id, ItemNo.of(1), zoe, Side.A, "Bram heeft gelijk over de wachttijd.", at(3));
        store.editArgument(id, new Correction(0, ItemNo.of(1), Correction.Kind.ARGUMENT_EDITED, 0, zoe, a.id(), Side.A, 0,
                a.text(), "Jansen heeft gelijk over de wachttijd.", "Op verzoek van Cor van Dam", at(4)));
        store.setConclusion(id, new Conclusion(ItemNo.of(1), "De raad volgt Zoë en Cor van Dam.", "Bram Jansen twijfelt.",
                "ZOË ÖZTÜRK belt de wethouder", at(5)));
        Device phone = store.addDevice(id, "a".repeat(64), at(6));
        store.addProposal(id, ItemNo.of(1), phone.id(), bram, Side.B, "Zoals Öztürk zei: dichtbij huis.", at(7));
        return id;
    }

    /** The names of the meeting in any spelling, in every text a session keeps and in its log. */
    private static final java.util.regex.Pattern NAMES = java.util.regex.Pattern.compile("\\b(zoe|ozturk|bram|jansen|cor|dam)\\b");

    private static boolean named(String text) {
        return NAMES.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)).find();
    }

    @Test
    void erasingTheNamesOfAllMembersOfASessionKeepsTheirTextsAndTheLogStillHolds() throws SQLException {
        SessionId id = namingEachOther();
        SessionId other = store.createSession("Een andere avond", SCP, DETAILS, AMSTERDAM, T0).id();
        store.addParticipant(other, "Bram Jansen", at(1));
        List<Vote> votes = store.votes(id, ItemNo.of(1), 1);

        nl.beraad.domain.Forgetting.Done done = new nl.beraad.app.Erasure(store, "Deelnemer", "(tekst verwijderd op verzoek)",
                java.time.Clock.fixed(at(9), ZoneOffset.UTC))
                .eraseParticipantNames(id);

        assertEquals(3, done.renamed());
        assertEquals(List.of("Deelnemer 1", "Deelnemer 2", "Deelnemer 3"), names(store.participants(id)));
        assertEquals(List.of("Deelnemer 2 heeft gelijk over de wachttijd."),
                store.arguments(id, ItemNo.of(1)).stream().map(Argument::text).toList());
        Correction edit = store.corrections(id, ItemNo.of(1)).get(0);
        assertEquals(List.of("Deelnemer 2 heeft gelijk over de wachttijd.", "Deelnemer 2 heeft gelijk over de wachttijd.",
                "Op verzoek van Deelnemer 3"), List.of(edit.before(), edit.after(), edit.reason()));
        Conclusion c = store.conclusion(id, ItemNo.of(1)).orElseThrow();
        assertEquals(List.of("De raad volgt Deelnemer 1 en Deelnemer 3.", "Deelnemer 2 twijfelt.", "Deelnemer 1 belt de wethouder"),
                List.of(c.text(), c.minority(), c.actions()));
        assertEquals(List.of("Zoals Deelnemer 1 zei: dichtbij huis."),
                store.proposals(id, ItemNo.of(1)).stream().map(Proposal::text).toList());
        assertEquals(votes, store.votes(id, ItemNo.of(1), 1), "positions stay");
        assertEquals(List.of("Bram Jansen"), names(store.participants(other)), "other sessions stay");

        SessionStore.Logged logged = store.logged(id);
        assertTrue(logged.verdict() instanceof nl.beraad.domain.SessionLog.Intact, logged.verdict().toString());
        assertEquals(nl.beraad.domain.LogEntry.Kind.ERASURE, logged.log().get(logged.log().size() - 1).kind());
        for (nl.beraad.domain.LogEntry e : logged.log()) {
            assertFalse(named(e.content()), e.content());
        }
        Connection conn = db.newConnection();
        for (String table : List.of("participant", "argument", "correction", "conclusion", "proposal", "session_log")) {
            for (String row : Rows.of(conn, "SELECT * FROM " + table + " WHERE session_id = " + id.value())) {
                assertFalse(named(row), table + ": " + row);
            }
        }
    }

    @Test
    void forgettingOneMemberWithRemovedTextsDeletesTheirArgumentsAndProposalsAndNamesNoOneElse() {
        SessionId id = namingEachOther();
        nl.beraad.domain.NameMatch zoe = nl.beraad.domain.NameMatch.of("zoe ozturk").orElseThrow();
        ParticipantId her = store.participants(id).get(0).id();
        nl.beraad.domain.Forgetting forgetting = new nl.beraad.domain.Forgetting(Map.of(her, "Deelnemer 1"),
                nl.beraad.domain.Forgetting.OwnTexts.REMOVE, "(weg)", List.of(new nl.beraad.domain.NameMatch.Label(zoe, "Deelnemer 1")),
                at(9));

        nl.beraad.domain.Forgetting.Done would = store.forget(id, forgetting, false);
        assertEquals(List.of("Zoë Öztürk", "Bram Jansen", "Cor van Dam"), names(store.participants(id)), "a count changes nothing");
        nl.beraad.domain.Forgetting.Done done = store.forget(id, forgetting, true);

        assertEquals(would, done);
        assertEquals(new nl.beraad.domain.Forgetting.Done(1, 1, 3, done.logEntries()), done);
        assertEquals(List.of("Deelnemer 1", "Bram Jansen", "Cor van Dam"), names(store.participants(id)));
        assertEquals(List.of(), store.arguments(id, ItemNo.of(1)));
        List<Correction> corrections = store.corrections(id, ItemNo.of(1));
        Correction edit = corrections.get(0);
        assertEquals(java.util.Arrays.asList(null, null, "Op verzoek van Cor van Dam"), java.util.Arrays.asList(edit.before(),
                edit.after(), edit.reason()));
        // Her argument deleted is a correction the report shows, not a silent rewrite.
        Correction deletion = corrections.get(corrections.size() - 1);
        assertEquals(List.of(Correction.Kind.ARGUMENT_DELETED, her, "(weg)", at(9)),
                List.of(deletion.kind(), deletion.participantId(), deletion.reason(), deletion.madeAt()));
        assertEquals("De raad volgt Deelnemer 1 en Cor van Dam.", store.conclusion(id, ItemNo.of(1)).orElseThrow().text());
        assertEquals(List.of("Zoals Deelnemer 1 zei: dichtbij huis."),
                store.proposals(id, ItemNo.of(1)).stream().map(Proposal::text).toList(), "Bram's proposal stays, without her name");
        SessionStore.Logged logged = store.logged(id);
        assertTrue(logged.verdict() instanceof nl.beraad.domain.SessionLog.Intact, logged.verdict().toString());
        assertFalse(logged.log().stream().anyMatch(e -> e.content().contains("wachttijd") || e.content().contains("Zo")),
                logged.log().toString());
    }

    private static Correction withId(Correction k, long id) {
        return new Correction(id, k.itemNo(), k.kind(), k.round(), k.participantId(), k.argumentId(), k.side(),
                k.handPosition(), k.before(), k.after(), k.reason(), k.madeAt());
    }

    private static Correction withTexts(Correction k, String before, String after) {
        return new Correction(k.id(), k.itemNo(), k.kind(), k.round(), k.participantId(), k.argumentId(), k.side(),
                k.handPosition(), before, after, k.reason(), k.madeAt());
    }

    // --- units of work -------------------------------------------------------------------------------

    @Test
    void aUnitOfWorkGivesItsResultAndAUnitInsideItJoinsIt() {
        SessionId id = session().id();
        String result = store.atomically(() -> {
            store.addParticipant(id, "Anouk de Vries", at(1));
            Participant jose = store.atomically(() -> store.addParticipant(id, "José Öztürk", at(2)));
            assertEquals(2, store.participants(id).size(), "a unit reads what it wrote");
            store.castVote(id, new Vote(jose.id(), ItemNo.of(1), 1, Position.step(3), at(3), VoteMethod.IN_TURN));
            return "klaar";
        });
        assertEquals("klaar", result);
        assertEquals(List.of("Anouk de Vries", "José Öztürk"), names(store.participants(id)));
        assertEquals(1, store.votes(id, ItemNo.of(1), 1).size());
    }

    @Test
    void unitsOfTwoSessionsRunSideBySideEachInATransactionOfItsOwn() throws Exception {
        SessionId first = session().id();
        SessionId second = session().id();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Void> slow = unitLeftOpen(first, "Anouk de Vries", release);

        // The first session's unit is still open: the second's is not kept waiting for it.
        java.util.concurrent.CompletableFuture<Participant> quick = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                store.atomically(second, () -> store.addParticipant(second, "José Öztürk", at(2))));
        assertEquals("José Öztürk", quick.get(10, java.util.concurrent.TimeUnit.SECONDS).name());
        assertEquals(List.of("José Öztürk"), names(store.participants(second)));
        // What the open unit wrote is not there for anyone else until it commits; a report does not wait for it.
        assertEquals(List.of(), names(store.participants(first)));
        assertEquals(List.of(), store.record(first).participants());

        release.countDown();
        slow.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(List.of("Anouk de Vries"), names(store.participants(first)));
    }

    @Test
    void unitsOfOneSessionRunOneAfterTheOtherSoACheckSeesWhatTheOtherWrote() throws Exception {
        SessionId id = session().id();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Void> first = unitLeftOpen(id, "Anouk de Vries", release);
        // A check-then-act of the same session: "add Sjoerd as the second member only".
        java.util.concurrent.CompletableFuture<Integer> then = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                store.atomically(id, () -> {
                    int before = store.participants(id).size();
                    store.addParticipant(id, "Sjoerd Bakker", at(2));
                    return before;
                }));
        Thread.sleep(200); // time for the second unit to run, if it wrongly could
        assertFalse(then.isDone(), "the second unit ran while the first was open");
        release.countDown();
        first.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(1, then.get(10, java.util.concurrent.TimeUnit.SECONDS), "the second unit saw the first one's member");
        assertEquals(List.of("Anouk de Vries", "Sjoerd Bakker"), names(store.participants(id)));
    }

    /** Starts a unit in session {@code id} that adds {@code name} and stays open until {@code release}; returns once it added. */
    private java.util.concurrent.CompletableFuture<Void> unitLeftOpen(SessionId id, String name,
                                                                      java.util.concurrent.CountDownLatch release)
            throws InterruptedException {
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Void> unit = java.util.concurrent.CompletableFuture.runAsync(() ->
                store.atomically(id, () -> {
                    store.addParticipant(id, name, at(1));
                    inside.countDown();
                    awaitQuietly(release);
                    return null;
                }));
        assertTrue(inside.await(10, java.util.concurrent.TimeUnit.SECONDS));
        return unit;
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, java.util.concurrent.TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aUnitThatFailsLeavesNothingNotEvenWhatTheUnitsInsideItWrote() {
        SessionId id = session().id();
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> store.atomically(() -> {
            Participant anouk = store.addParticipant(id, "Anouk de Vries", at(1));
            store.atomically(() -> {
                store.castVote(id, new Vote(anouk.id(), ItemNo.of(1), 1, Position.step(2), at(2), VoteMethod.IN_TURN));
                store.addArgument(id, ItemNo.of(1), anouk.id(), Side.A, "Eigen regie.", at(3));
                return null;
            });
            store.setStatus(id, SessionStatus.FINISHED, at(4));
            throw new IllegalStateException("de ronde was al gesloten");
        }));
        assertEquals("de ronde was al gesloten", failure.getMessage());

        assertEquals(List.of(), store.participants(id));
        assertEquals(List.of(), store.votes(id, ItemNo.of(1), 1));
        assertEquals(List.of(), store.arguments(id, ItemNo.of(1)));
        assertEquals(SessionStatus.OPEN, store.findSession(id).orElseThrow().status());
        assertEquals(List.of(new SessionEvent(SessionEvent.Kind.START, T0)), store.events(id));
        assertEquals("Anouk de Vries", store.atomically(() -> store.addParticipant(id, "Anouk de Vries", at(5))).name(),
                "the store works on after a failed unit");
    }

    @Test
    void aChangeTheStoreRefusesInsideAUnitFailsTheUnitAndLeavesNothingOfIt() {
        SessionId id = session().id();
        BeraadException refused = assertThrows(BeraadException.class, () -> store.atomically(() -> {
            store.addParticipant(id, "José Öztürk", at(1));
            return store.addParticipant(id, "jose ozturk", at(2)); // the engine refuses the repeated name
        }));
        assertEquals("participant.exists", refused.problems().get(0).key());
        assertEquals(List.of(), store.participants(id));
        assertEquals("José Öztürk", store.addParticipant(id, "José Öztürk", at(3)).name(), "the store works on");
    }

    @Test
    void timesAreKeptToTheMillisecondRoundedAlike() {
        Session s = store.createSession("Tijden", SCP, DETAILS, AMSTERDAM, T0.plusNanos(999_600_000L));
        Argument early = store.addArgument(s.id(), ItemNo.of(1), null, Side.A, "Vroeg.", T0.plusNanos(1_600_000L));
        Argument late = store.addArgument(s.id(), ItemNo.of(1), null, Side.B, "Laat.", T0.plusNanos(59_999_999_700L));

        assertEquals(T0.plusSeconds(1), store.findSession(s.id()).orElseThrow().createdAt());
        assertEquals(T0.plusMillis(2), store.argument(s.id(), early.id()).orElseThrow().createdAt());
        assertEquals(at(1), store.argument(s.id(), late.id()).orElseThrow().createdAt());
    }

    // --- texts as typed ------------------------------------------------------------------------------

    @Test
    void dutchDiacriticsAndEmojiComeBackAsTyped() {
        SessionDetails details = new SessionDetails("Adviesraad Súdwest-Fryslân 🇳🇱", "Café ’t Hoekje", "Noël Ĳsselmeer",
                "Zoë Öztürk 🙂", NameKeeping.NAMED);
        Session s = store.createSession(DUTCH, EVERY_KIND, details, AMSTERDAM, T0);
        Participant member = store.addParticipant(s.id(), "Noël Ĳsselmeer-Öztürk 😀", at(1));
        Argument argument = store.addArgument(s.id(), ItemNo.of(1), member.id(), Side.A, DUTCH, at(2));
        Conclusion conclusion = new Conclusion(ItemNo.of(1), DUTCH, "Minderheid: " + DUTCH, "Actie: " + DUTCH + "\nNóg één 🚲", at(3));
        store.setConclusion(s.id(), conclusion);
        Correction edit = store.editArgument(s.id(), new Correction(0, ItemNo.of(1), Correction.Kind.ARGUMENT_EDITED, 0, member.id(),
                argument.id(), Side.A, 0, DUTCH, DUTCH + "!", "Reden: " + DUTCH, at(4)));
        Device phone = store.addDevice(s.id(), "c".repeat(64), at(5));
        Proposal proposal = store.addProposal(s.id(), ItemNo.of(1), phone.id(), member.id(), Side.B, "Voorstel: " + DUTCH, at(6));

        Session found = store.findSession(s.id()).orElseThrow();
        assertEquals(DUTCH, found.title());
        assertEquals(details, found.details());
        assertEquals("Noël Ĳsselmeer-Öztürk 😀", store.participant(s.id(), member.id()).orElseThrow().name());
        assertEquals(DUTCH + "!", store.argument(s.id(), argument.id()).orElseThrow().text());
        assertEquals(Optional.of(conclusion), store.conclusion(s.id(), ItemNo.of(1)));
        assertEquals(List.of(edit), store.corrections(s.id(), ItemNo.of(1)));
        assertEquals(Optional.of(proposal), store.proposal(s.id(), proposal.id()));
        assertEquals("Voorstel: " + DUTCH, proposal.text());
        assertEquals(EVERY_KIND.items(), store.items(s.id()).stream().map(SessionItem::item).toList(), "één, ruïne");
        assertEquals(List.of(DUTCH), store.listSessions(new SessionQuery(null, null, null, null, details.body()), 0, 5)
                .stream().map(x -> x.session().title()).toList());
    }

    @Test
    void theLongestTextOfEachKindIsStoredWhole() {
        // Each as long as the program lets it be, counted as the program counts (UTF-16 units or
        // characters), with a character outside the BMP at the end, where a cut would show.
        String title = "é".repeat(Session.MAX_TITLE - 2) + "😀";
        String detail = "😀".repeat(SessionDetails.MAX_LENGTH);
        String name = "Ö".repeat(Participant.MAX_NAME_LENGTH - 1) + "😀";
        String argumentText = "ë".repeat(Argument.MAX_LENGTH - 2) + "😀";
        String conclusionText = "ï".repeat(Conclusion.MAX_LENGTH - 2) + "😀";
        String reason = "ü".repeat(Correction.MAX_REASON - 2) + "😀";
        String proposalText = "à".repeat(Proposal.MAX_LENGTH - 2) + "😀";
        assertEquals(Session.MAX_TITLE, title.length());

        SessionDetails details = new SessionDetails(detail, detail, detail, detail, NameKeeping.ANONYMOUS);
        Session s = store.createSession(title, EVERY_KIND, details, AMSTERDAM, T0);
        Participant member = store.addParticipant(s.id(), name, at(1));
        Argument argument = store.addArgument(s.id(), ItemNo.of(1), member.id(), Side.A, argumentText, at(2));
        Conclusion conclusion = new Conclusion(ItemNo.of(1), conclusionText, conclusionText, conclusionText, at(3));
        store.setConclusion(s.id(), conclusion);
        Correction reopened = store.reopenRound(s.id(), new Correction(0, ItemNo.of(1), Correction.Kind.ROUND_REOPENED, 1, null, null,
                null, 0, null, null, reason, at(4)), 0);
        Proposal proposal = store.addProposal(s.id(), ItemNo.of(1), store.addDevice(s.id(), "d".repeat(64), at(5)).id(), null, Side.NONE,
                proposalText, at(6));

        assertEquals(title, store.findSession(s.id()).orElseThrow().title());
        assertEquals(details, store.findSession(s.id()).orElseThrow().details());
        assertEquals(name, store.participants(s.id()).get(0).name());
        assertEquals(argumentText, store.argument(s.id(), argument.id()).orElseThrow().text());
        assertEquals(Optional.of(conclusion), store.conclusion(s.id(), ItemNo.of(1)));
        assertEquals(List.of(reopened), store.corrections(s.id(), ItemNo.of(1)));
        assertEquals(reason, store.corrections(s.id(), ItemNo.of(1)).get(0).reason());
        assertEquals(proposalText, store.proposal(s.id(), proposal.id()).orElseThrow().text());
    }

    @Test
    void aSetWithEveryTextAtItsLongestAndListsOfManyEntriesComesBackWhole() {
        String emoji = "😀";
        List<String> options = IntStream.rangeClosed(1, ItemForm.MAX_OPTIONS)
                .mapToObj(i -> "Optie " + i + ", met komma's; “aanhalingstekens” en één " + emoji).toList();
        List<String> questions = IntStream.rangeClosed(1, 20)
                .mapToObj(i -> "Vraag " + i + ": wat betekent dit voor ouderen, jongeren, en mantelzorgers? " + emoji).toList();
        String pole = "ë".repeat(ItemForm.MAX_TEXT - 2) + emoji;
        String context = ("Eerste alinea over de Wmo 2015, café en ruïne. " + emoji + "\n").repeat(100)
                + "\nTweede alinea, na een witregel.";
        List<Item> items = List.of(
                new Item("a".repeat(60), "ï".repeat(Item.MAX_TITLE - 2) + emoji, context,
                        ItemForm.dilemma(pole, "B" + pole.substring(1), new Scale(7)),
                        questions, List.of("Let op: één", "Let op: twee " + emoji), "ü".repeat(Item.MAX_SOURCE - 2) + emoji),
                new Item("keuze", "Keuze", "", ItemForm.choice(options, 3), List.of(), List.of(), ""),
                new Item("verdeling", "Verdeling", "", ItemForm.allocation(options,
                        ItemForm.MAX_POINTS), List.of(), List.of(), ""),
                new Item("rangorde", "Rangorde", "", ItemForm.ranking(options), List.of(),
                        List.of(), ""),
                new Item("stelling", "Stelling", "", ItemForm.statement(pole,
                        new Scale(3)), List.of(), List.of(), ""),
                new Item("vraag", "Vraag", "", ItemForm.question(pole), List.of(), List.of(), ""));
        DilemmaSet longest = new DilemmaSet("s".repeat(DilemmaSet.MAX_ID), "Ĳ".repeat(DilemmaSet.MAX_TITLE - 2) + emoji,
                "", items);

        Session s = store.createSession("Lange teksten", longest, DETAILS, AMSTERDAM, T0);

        assertEquals(longest.id(), store.findSession(s.id()).orElseThrow().setId());
        assertEquals(longest.title(), store.findSession(s.id()).orElseThrow().setTitle());
        assertEquals(items, store.items(s.id()).stream().map(SessionItem::item).toList());
        assertEquals(questions, store.item(s.id(), ItemNo.of(1)).orElseThrow().item().questions());
        assertEquals(options, store.item(s.id(), ItemNo.of(2)).orElseThrow().item().form().options());
    }

    // --- phones --------------------------------------------------------------------------------------

    @Test
    void devicesJoinInOrderAreNamedAndReleasedOnceAndStayKnownByTheirToken() {
        Session s = session();
        ParticipantId anouk = store.addParticipant(s.id(), "Anouk de Vries", at(1)).id();
        Device first = store.addDevice(s.id(), "1".repeat(64), at(2));
        Device second = store.addDevice(s.id(), "2".repeat(64), at(3));
        assertEquals(new Device(first.id(), s.id(), null, at(2), null), first);
        assertEquals(List.of(first, second), store.devices(s.id()));
        assertEquals(Optional.of(second), store.deviceByToken("2".repeat(64)));
        assertEquals(Optional.of(first), store.device(s.id(), first.id()));

        store.nameDevice(first.id(), anouk);
        store.releaseDevice(first.id(), at(5));
        store.releaseDevice(first.id(), at(9)); // released already: the first release stands
        Device released = new Device(first.id(), s.id(), anouk, at(2), at(5));
        assertEquals(Optional.of(released), store.device(s.id(), first.id()));
        assertEquals(Optional.of(released), store.deviceByToken("1".repeat(64)));
        assertEquals(List.of(released, second), store.devices(s.id()));
    }

    @Test
    void phonesMayAnswerOnlyTheRoundOfTheItemThatIsOpenedToThem() {
        Session s = session();
        assertEquals(0, store.deviceRound(s.id(), ItemNo.of(1)));
        assertFalse(store.anonymousProposals(s.id(), ItemNo.of(1)));
        store.setDeviceRound(s.id(), ItemNo.of(1), 2, true);
        assertEquals(2, store.deviceRound(s.id(), ItemNo.of(1)));
        assertTrue(store.anonymousProposals(s.id(), ItemNo.of(1)));
        assertEquals(0, store.deviceRound(s.id(), ItemNo.of(2)));
        assertFalse(store.anonymousProposals(s.id(), ItemNo.of(2)));
        store.setDeviceRound(s.id(), ItemNo.of(1), 0, false);
        assertEquals(0, store.deviceRound(s.id(), ItemNo.of(1)));
        assertFalse(store.anonymousProposals(s.id(), ItemNo.of(1)));
    }

    @Test
    void proposalsWaitOldestFirstUntilTheFacilitatorAcceptsOrDropsThem() {
        Session s = session();
        ParticipantId anouk = store.addParticipant(s.id(), "Anouk de Vries", at(1)).id();
        Device phone = store.addDevice(s.id(), "3".repeat(64), at(2));
        Device other = store.addDevice(s.id(), "4".repeat(64), at(2));
        Proposal named = store.addProposal(s.id(), ItemNo.of(1), phone.id(), anouk, Side.A, "Regie bij de inwoner.", at(3));
        Proposal unnamed = store.addProposal(s.id(), ItemNo.of(1), phone.id(), null, Side.B, "Meer respijtzorg.", at(4));
        Proposal onTwo = store.addProposal(s.id(), ItemNo.of(2), phone.id(), anouk, Side.NONE, "Eerst cijfers.", at(5));
        Proposal fromOther = store.addProposal(s.id(), ItemNo.of(1), other.id(), null, Side.A, "Buren helpen.", at(6));
        assertEquals(new Proposal(named.id(), ItemNo.of(1), anouk, Side.A, "Regie bij de inwoner.", Proposal.State.OPEN, at(3)), named);
        assertNull(unnamed.participantId());

        assertEquals(List.of(named, unnamed, fromOther), store.proposals(s.id(), ItemNo.of(1)));
        assertEquals(List.of(onTwo), store.proposals(s.id(), ItemNo.of(2)));
        assertEquals(Optional.of(onTwo), store.proposal(s.id(), onTwo.id()));
        assertEquals(2, store.openProposals(phone.id(), ItemNo.of(1)));
        assertEquals(1, store.openProposals(phone.id(), ItemNo.of(2)));

        Argument accepted = store.addArgument(s.id(), ItemNo.of(1), anouk, Side.A, named.text(), at(7));
        store.decideProposal(s.id(), named.id(), Proposal.State.ACCEPTED, accepted.id(), at(7));
        store.decideProposal(s.id(), unnamed.id(), Proposal.State.DROPPED, null, at(8));
        assertEquals(Proposal.State.ACCEPTED, store.proposal(s.id(), named.id()).orElseThrow().state());
        assertEquals(Proposal.State.DROPPED, store.proposal(s.id(), unnamed.id()).orElseThrow().state());
        assertEquals(0, store.openProposals(phone.id(), ItemNo.of(1)));
        assertEquals(1, store.openProposals(other.id(), ItemNo.of(1)));
    }
}
