package nl.beraad.support;

import nl.beraad.domain.NameKeeping;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.beraad.app.SessionService;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionDetails;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.VoteMethod;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;

/**
 * Two real sessions on the SCP set, stored through the session service: an advisory board (session
 * 1: named votes, two rounds on item 1, an unrevealed round on items 2 and 3) and a council
 * (session 2: mostly a show of hands). Comparison tests read them back as the CLI would.
 */
public final class TwoSessions {
    public static final String SET = "scp-dilemmas-2022";
    public static final Instant BOARD_MET = Instant.parse("2026-03-03T18:30:00Z");
    public static final Instant COUNCIL_MET = Instant.parse("2026-03-10T19:00:00Z");
    /** Every name typed into either session; none may reach a comparison. */
    public static final List<String> NAMES = List.of("Anouk de Vries", "José Öztürk", "Sjoerd Bakker",
            "Fatima el Amrani", "Willem Smit", "Karin Mulder", "Marleen Jansen", "Pieter de Groot", "Ahmed Yilmaz");

    private TwoSessions() {
    }

    /** Builds both sessions in the database file at {@code db}; the council's conclusion on item 1 is given. */
    public static void build(Path db, String councilConclusionOnItem1) {
        try (Database database = Database.open(db)) {
            build(database, councilConclusionOnItem1);
        }
    }

    /** Builds both sessions in {@code database}, a new one (they become sessions 1 and 2). */
    public static void build(Database database, String councilConclusionOnItem1) {
        JdbcSessionStore store = new JdbcSessionStore(database);
        SetDirectory sets = new SetDirectory(Path.of("dilemmas").toAbsolutePath());
        board(new SessionService(store, sets, Clock.fixed(BOARD_MET, ZoneOffset.UTC)));
        council(new SessionService(store, sets, Clock.fixed(COUNCIL_MET, ZoneOffset.UTC)), councilConclusionOnItem1);
    }

    private static void board(SessionService s) {
        SessionId id = s.start(SET, "Adviesraad over de SCP-dilemma's",
                new SessionDetails("Adviesraad Sociaal Domein", "Raadzaal", "Marleen Jansen", "Pieter de Groot", NameKeeping.NAMED))
                .id();
        Participant anouk = s.addParticipant(id, "Anouk de Vries");
        Participant jose = s.addParticipant(id, "José Öztürk");
        Participant sjoerd = s.addParticipant(id, "Sjoerd Bakker");
        Participant fatima = s.addParticipant(id, "Fatima el Amrani");
        Participant willem = s.addParticipant(id, "Willem Smit");
        List<Participant> all = List.of(anouk, jose, sjoerd, fatima, willem);

        // Item 1: round 1 spread out, round 2 mostly towards A; both revealed.
        votes(s, id, ItemNo.of(1), all, Position.step(1), Position.step(2), Position.step(4), Position.step(5), Position.ABSTAIN);
        s.reveal(id, ItemNo.of(1));
        s.addArgument(id, ItemNo.of(1), anouk, nl.beraad.domain.Side.A, "Mijn buren helpen mij elke week.");
        s.startSecondRound(id, ItemNo.of(1));
        votes(s, id, ItemNo.of(1), all, Position.step(1), Position.step(2), Position.step(2), Position.step(4), Position.step(2));
        s.reveal(id, ItemNo.of(1));
        s.conclude(id, ItemNo.of(1), "Eigen kracht eerst, maar de gemeente steunt mantelzorgers actief.");

        // Item 2: positions taken but never revealed: they must stay hidden.
        votes(s, id, ItemNo.of(2), List.of(anouk, jose, sjoerd), Position.step(1), Position.step(1), Position.step(5));

        // Item 3: round 1 revealed (everyone in the middle), round 2 taken but not revealed.
        votes(s, id, ItemNo.of(3), all, Position.step(3), Position.step(3), Position.step(3), Position.step(3), Position.step(3));
        s.reveal(id, ItemNo.of(3));
        s.startSecondRound(id, ItemNo.of(3));
        votes(s, id, ItemNo.of(3), all, Position.step(5), Position.step(5), Position.step(5), Position.step(5), Position.step(5));
    }

    private static void council(SessionService s, String conclusionOnItem1) {
        SessionId id = s.start(SET, "Raadsleden over de SCP-dilemma's",
                new SessionDetails("Gemeenteraad", "", "Ahmed Yilmaz", "", NameKeeping.NAMED)).id();
        Participant karin = s.addParticipant(id, "Karin Mulder");
        // Nine more council members: a show of hands counts no more hands than members present.
        for (String name : List.of("Bas Jonker", "Carla Peeters", "Dirk de Haan", "Eva Koster", "Frank Vos",
                "Greet Hoekstra", "Hans Dijkman", "Iris van Leeuwen", "Joost Prins")) {
            s.addParticipant(id, name);
        }
        // Item 1: one named vote and a show of hands, one round, revealed.
        s.vote(id, ItemNo.of(1), karin, Position.step(5), VoteMethod.IN_TURN);
        s.countHands(id, ItemNo.of(1), 3, 4);
        s.countHands(id, ItemNo.of(1), 4, 2);
        s.countHands(id, ItemNo.of(1), 5, 2);
        s.countHands(id, ItemNo.of(1), 0, 1);
        s.reveal(id, ItemNo.of(1));
        if (conclusionOnItem1 != null) {
            s.conclude(id, ItemNo.of(1), conclusionOnItem1);
        }
        // Item 2: hands, revealed, with a conclusion.
        s.countHands(id, ItemNo.of(2), 1, 6);
        s.countHands(id, ItemNo.of(2), 2, 3);
        s.reveal(id, ItemNo.of(2));
        s.conclude(id, ItemNo.of(2), "De raad kiest voor de meest kwetsbare inwoners.");
        s.finish(id);
    }

    private static void votes(SessionService s, SessionId id, ItemNo item, List<Participant> who, Position... positions) {
        for (int i = 0; i < positions.length; i++) {
            s.vote(id, item, who.get(i), positions[i], VoteMethod.IN_TURN);
        }
    }
}
