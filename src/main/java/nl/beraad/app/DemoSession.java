package nl.beraad.app;

import java.util.List;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.Side;
import nl.beraad.domain.VoteMethod;

/**
 * A sample meeting, the same every time: seven members, positions, arguments and conclusions on
 * the four SCP dilemmas, played through the real use cases so it is stored like any session.
 * It shows a newcomer what Beraad produces without typing a meeting's worth of input.
 */
public final class DemoSession {
    public static final String SET_ID = "scp-dilemmas-2022";

    static final List<String> NAMES = List.of("Anouk de Vries", "José Öztürk", "Sjoerd Bakker",
            "Fatima el Amrani", "Ingrid Jansen-Smit", "Noël van den Berg", "Priya Ramdin");

    /** One item's script: positions per member in each round (0 = abstain), arguments, conclusion. */
    record Script(int[][] rounds, List<Said> arguments, String conclusion) {
    }

    /** An argument: who (index into NAMES, -1 anonymous), for which side, and what. */
    record Said(int who, Side side, String text) {
    }

    static final List<Script> SCRIPTS = List.of(
            new Script(new int[][] {{2, 4, 3, 1, 2, 5, 0}, {2, 3, 3, 1, 2, 4, 3}}, List.of(
                    new Said(0, Side.A, "Mensen willen zelf de regie houden; de gemeente hoeft niet over te nemen "
                            + "wat iemand met familie en buren kan regelen."),
                    new Said(1, Side.B, "Wie geen netwerk heeft, valt nu tussen wal en schip. Eigen kracht mag "
                            + "geen verkapte bezuiniging worden."),
                    new Said(2, Side.A, "Mantelzorgers doen al heel veel; help ze met respijtzorg zodat ze het "
                            + "volhouden."),
                    new Said(5, Side.B, "Uit eigen ervaring: het duurde maanden voor ik hulp kreeg, omdat werd "
                            + "aangenomen dat mijn familie zou bijspringen.")),
                    "De raad adviseert eigen kracht niet als vast uitgangspunt te nemen, maar per huishouden te "
                            + "bekijken wat redelijk is, en mantelzorgers actief te ondersteunen."),
            new Script(new int[][] {{2, 1, 2, 1, 4, 2, 3}}, List.of(
                    new Said(3, Side.A, "De zwaarste situaties worden het duurst als je te laat ingrijpt; daar "
                            + "moet het geld eerst heen."),
                    new Said(4, Side.B, "Vroeg en eenvoudig helpen voorkomt dat kleine vragen uitgroeien tot dure "
                            + "problemen."),
                    new Said(-1, Side.NONE, "Zonder cijfers over wachttijden kunnen we dit niet goed afwegen.")),
                    "De raad adviseert voorrang te geven aan inwoners in de meest kwetsbare positie, en de "
                            + "wachttijden voor eenvoudige vragen jaarlijks te laten zien."),
            new Script(new int[][] {{1, 2, 1, 1, 2, 2, 1}}, List.of(
                    new Said(2, Side.A, "Eén contactpersoon per huishouden voorkomt dat mensen hun verhaal vijf "
                            + "keer moeten vertellen."),
                    new Said(1, Side.B, "Ontschotten mag de rechtsbescherming per wet niet uithollen.")),
                    "De raad is eensgezind: organiseer de hulp rond het huishouden, met één plan en één "
                            + "vaste contactpersoon."),
            new Script(new int[][] {{1, 5, 2, 5, 1, 4, 5}}, List.of(
                    new Said(5, Side.A, "Professionals kennen de situatie het best; geef ze ruimte en vertrouwen."),
                    new Said(3, Side.B, "Zonder duidelijke regels krijgt de een wel hulp en de ander niet; dat "
                            + "voelt als willekeur.")),
                    "De raad is verdeeld. Een meerderheid wil ruimte om af te wijken, mits elke afwijking wordt "
                            + "vastgelegd en uitgelegd; een minderheid wil eerst duidelijke regels."));

    private DemoSession() {
    }

    /** Plays the sample meeting and returns the finished session. */
    public static Session play(SessionService service, String title) {
        Session session = service.start(SET_ID, title);
        SessionId id = session.id();
        List<Participant> people = NAMES.stream().map(n -> service.addParticipant(id, n)).toList();
        List<SessionItem> items = service.items(id);
        for (int i = 0; i < items.size(); i++) {
            ItemNo no = items.get(i).number();
            Script script = SCRIPTS.get(i % SCRIPTS.size());
            service.moveTo(id, no);
            for (int round = 0; round < script.rounds().length; round++) {
                if (round > 0) {
                    service.startSecondRound(id, no);
                }
                int[] positions = script.rounds()[round];
                for (int p = 0; p < people.size(); p++) {
                    Position position = positions[p] == 0 ? Position.ABSTAIN : Position.step(positions[p]);
                    service.vote(id, no, people.get(p), position, VoteMethod.IN_TURN);
                }
                service.reveal(id, no);
                if (round == 0) {
                    for (Said said : script.arguments()) {
                        service.addArgument(id, no, said.who() < 0 ? null : people.get(said.who()), said.side(),
                                said.text());
                    }
                }
            }
            service.conclude(id, no, script.conclusion());
        }
        return service.finish(id);
    }
}
