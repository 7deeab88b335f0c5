package nl.beraad.ui.line;

import java.util.List;
import java.util.Set;
import nl.beraad.domain.Participant;
import nl.beraad.domain.SessionItem;

/** Line mode's commands about who takes part. */
final class PeopleCommands {
    private PeopleCommands() {
    }

    /** "deelnemer Anouk, Bram": adds one or more participants. */
    static void add(LineContext line, Command command, String rest) {
        line.requireArgument(rest, command);
        for (String name : rest.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            Participant p = line.service.addParticipant(line.sessionId, name);
            line.out.println(line.msg.get("participant.added", p.name(), p.seq()));
        }
    }

    static void list(LineContext line, Command command, String rest) {
        List<Participant> people = line.service.participants(line.sessionId);
        if (people.isEmpty()) {
            line.out.println(line.msg.get("participants.none", line.word(Command.PARTICIPANT)));
            return;
        }
        SessionItem item = line.current();
        Set<Long> voted = VotingCommands.votedIds(line, item);
        line.out.println(line.msg.get("participants.heading", people.size()));
        for (Participant p : people) {
            String mark = voted.contains(p.id()) ? line.msg.get("participants.voted", item.round()) : "";
            line.out.println("  " + p.seq() + ". " + p.name() + ParticipantMarks.of(line.msg, p) + mark);
        }
    }
}
