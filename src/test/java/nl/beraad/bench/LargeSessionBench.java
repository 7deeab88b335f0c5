package nl.beraad.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.beraad.app.DemoSession;
import nl.beraad.app.SessionService;
import nl.beraad.app.SetCatalog;
import nl.beraad.app.SetEntry;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.DilemmaSet;
import nl.beraad.domain.Item;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.Side;
import nl.beraad.domain.VoteMethod;
import nl.beraad.store.Database;
import nl.beraad.store.StoreCommits;

/**
 * Plays the large session of the targets through the real service, as a facilitator would: 45
 * participants, 25 items taken from the shipped sets (every kind), two rounds of positions with
 * both reveals, 2,000 arguments spread over the items, and a conclusion on each item.
 */
final class LargeSessionBench {
    static final int PARTICIPANTS = 45;
    static final int ITEMS = 25;
    static final int ARGUMENTS = 2000;
    static final String SET_ID = "bench-25";

    private static final String[] FIRST = {"Anouk", "José", "Sjoerd", "Fatima", "Ingrid", "Noël", "Priya", "Daan",
            "Ëlla"};
    private static final String[] LAST = {"de Vries", "Öztürk", "Bakker", "el Amrani", "Jansen-Smit"};
    private static final String[] PHRASES = {
        "Wie geen netwerk heeft, valt nu tussen wal en schip",
        "mantelzorgers doen al heel veel en verdienen respijtzorg",
        "vroeg en eenvoudig helpen voorkomt dure problemen later",
        "zonder cijfers over wachttijden kunnen we dit niet goed afwegen",
        "één contactpersoon per huishouden voorkomt dat mensen hun verhaal vijf keer vertellen",
        "professionals kennen de situatie het best; geef ze ruimte en vertrouwen",
        "zonder duidelijke regels voelt het als willekeur voor inwoners",
        "de gemeente moet uitleggen waarom zij afwijkt van het beleid"};

    private LargeSessionBench() {
    }

    /** The shipped sets' items (the SCP set first), 25 of them in one set; other ids go to the directory. */
    static SetCatalog catalog(Path dilemmas) {
        SetDirectory shipped = new SetDirectory(dilemmas);
        return new SetCatalog() {
            @Override
            public List<SetEntry> list() {
                return shipped.list();
            }

            @Override
            public DilemmaSet load(String idOrPath) {
                return SET_ID.equals(idOrPath) ? mixedSet(shipped) : shipped.load(idOrPath);
            }
        };
    }

    private static DilemmaSet mixedSet(SetDirectory shipped) {
        List<Item> all = new ArrayList<>();
        shipped.list().stream().filter(SetEntry::isValid)
                .sorted(Comparator.comparing((SetEntry e) -> !e.id().equals(DemoSession.SET_ID)).thenComparing(SetEntry::id))
                .forEach(e -> all.addAll(e.set().items()));
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            items.add(all.get(i % all.size()));
        }
        return new DilemmaSet(SET_ID, "Grote sessie: 25 items uit alle sets", "Voor de benchmark.", items);
    }

    /** Plays the session and returns its id; the session stays open, on item 1. */
    static SessionId play(SessionService service) {
        SessionId id = service.start(SET_ID, "Grote sessie (benchmark)").id();
        List<Participant> people = new ArrayList<>();
        for (int p = 0; p < PARTICIPANTS; p++) {
            people.add(service.addParticipant(id, FIRST[p % FIRST.length] + " " + LAST[p / FIRST.length]));
        }
        List<SessionItem> items = service.items(id);
        int argumentsLeft = ARGUMENTS;
        for (int i = 0; i < items.size(); i++) {
            SessionItem item = items.get(i);
            ItemNo no = item.number();
            service.moveTo(id, no);
            if (item.item().kind().takesPositions()) {
                for (int round = 1; round <= 2; round++) {
                    if (round == 2) {
                        service.startSecondRound(id, no);
                    }
                    for (int p = 0; p < people.size(); p++) {
                        service.vote(id, no, people.get(p), position(item.item().form(), p, round, no), VoteMethod.IN_TURN);
                    }
                    service.reveal(id, no);
                }
            }
            int count = argumentsLeft / (items.size() - i);
            argumentsLeft -= count;
            for (int a = 0; a < count; a++) {
                Participant by = a % 9 == 8 ? null : people.get((a * 7 + no.value()) % people.size());
                Side side = a % 3 == 0 ? Side.A : a % 3 == 1 ? Side.B : Side.NONE;
                service.addArgument(id, no, by, side, argument(a, no));
            }
            service.conclude(id, no, "De raad adviseert bij item " + no + " maatwerk, met een jaarlijkse evaluatie "
                            + "van wachttijden en uitgaven.", "Een minderheid wil eerst duidelijke regels.",
                    "Wethouder om cijfers vragen\nNotitie voor de raad in maart");
        }
        service.moveTo(id, ItemNo.of(1));
        return id;
    }

    /**
     * The large session, then arguments without a name on item after item until H2 has committed
     * {@code commits} times since it began: the meeting of the file-size target. Returns the commits made.
     */
    static long playCommits(Database db, SessionService service, long commits) {
        long from = StoreCommits.count(db);
        SessionId id = play(service);
        for (int a = 0; StoreCommits.count(db) - from < commits; a++) {
            service.addArgument(id, ItemNo.of(1 + a % ITEMS), null, Side.NONE, argument(a, ItemNo.of(1)));
        }
        return StoreCommits.count(db) - from;
    }

    private static String argument(int a, ItemNo itemNo) {
        StringBuilder text = new StringBuilder();
        int sentences = 1 + (a + itemNo.value()) % 4;
        for (int s = 0; s < sentences; s++) {
            String phrase = PHRASES[(a * 3 + s + itemNo.value()) % PHRASES.length];
            text.append(Character.toUpperCase(phrase.charAt(0))).append(phrase.substring(1)).append(". ");
        }
        return text.toString().strip();
    }

    /** A valid position of participant p in a round, by the item's kind; some abstain. */
    static Position position(ItemForm form, int p, int round, ItemNo itemNo) {
        if ((p + round + itemNo.value()) % 13 == 0) {
            return Position.ABSTAIN;
        }
        ItemKind kind = form.kind();
        if (kind.isScaled()) {
            return Position.step(1 + (p * 7 + round * 3 + itemNo.value()) % form.scale().steps());
        }
        int n = form.options().size();
        int first = (p + round) % n;
        List<Integer> numbers = new ArrayList<>();
        switch (kind) {
            case CHOICE -> {
                int k = 1 + p % form.maxChoices();
                for (int j = 0; j < k; j++) {
                    numbers.add((first + j) % n + 1);
                }
            }
            case ALLOCATION -> {
                for (int j = 0; j < n; j++) {
                    numbers.add(0);
                }
                numbers.set(first, form.points() / 2);
                numbers.set((first + 1) % n, form.points() - form.points() / 2);
            }
            case RANKING -> {
                for (int j = 0; j < n; j++) {
                    numbers.add((first + j) % n + 1);
                }
            }
            default -> throw new IllegalStateException("no positions on " + kind);
        }
        return Position.numbers(numbers);
    }
}
