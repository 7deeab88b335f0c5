package nl.beraad.ui.line;

import java.util.List;
import java.util.Set;
import nl.beraad.app.SessionService;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.text.NumberedMembers;

/** Line mode's commands about who takes part. */
final class PeopleCommands {
    private PeopleCommands() {
    }

    /**
     * "deelnemer Anouk, Bram": adds one or more participants. In an anonymous session no name is
     * typed: "deelnemer" adds one member, "deelnemer 5" five, each "Deelnemer n"; a name is refused.
     */
    static void add(LineContext line, Command command, String rest) {
        if (line.service.session(line.sessionId).details().isAnonymous()) {
            for (Participant p : line.service.addNumbered(line.sessionId, line.msg.get("device.anonymous.word"),
                    NumberedMembers.count(rest))) {
                line.out.println(line.msg.get("participant.added", p.name(), p.seq()));
            }
            return;
        }
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
        Set<ParticipantId> voted = VotingCommands.votedIds(line, item);
        line.out.println(line.msg.get("participants.heading", people.size()));
        for (Participant p : people) {
            String mark = voted.contains(p.id()) ? line.msg.get("participants.voted", item.round()) : "";
            line.out.println("  " + p.seq() + ". " + p.name() + ParticipantMarks.of(line.msg, p) + mark);
        }
    }

    /** What a command changes about one participant, with the service the participants page uses. */
    @FunctionalInterface
    private interface Change {
        void apply(SessionService service, SessionId sessionId, Participant p);
    }

    /** Finds the named participant, changes them, and says what they are now. */
    private static void change(LineContext line, Command command, String rest, Change change, String doneKey) {
        line.requireArgument(rest, command);
        Participant p = line.service.findParticipant(line.sessionId, rest);
        change.apply(line.service, line.sessionId, p);
        line.out.println(line.msg.get(doneKey, p.name()));
    }

    /** "afwezig Anouk": an absent member takes no positions and is not waited for. */
    static void absent(LineContext line, Command command, String rest) {
        change(line, command, rest, (s, id, p) -> s.setPresent(id, p, false), "line.participant.absent");
    }

    static void present(LineContext line, Command command, String rest) {
        change(line, command, rest, (s, id, p) -> s.setPresent(id, p, true), "line.participant.present");
    }

    /** "toehoorder Anouk": present, without a vote; someone who already voted stays a member (the service says so). */
    static void observer(LineContext line, Command command, String rest) {
        change(line, command, rest, (s, id, p) -> s.setObserver(id, p, true), "line.participant.observer");
    }

    static void member(LineContext line, Command command, String rest) {
        change(line, command, rest, (s, id, p) -> s.setObserver(id, p, false), "line.participant.member");
    }

    /** "verwijder Anouk": only someone added by mistake; who said something stays (the service refuses). */
    static void remove(LineContext line, Command command, String rest) {
        change(line, command, rest, SessionService::removeParticipant, "line.participant.removed");
    }

    /** "hernoem Anouk: Anouk de Vries": a name holds no colon, so the colon parts the old name from the new. */
    static void rename(LineContext line, Command command, String rest) {
        int colon = rest.indexOf(':');
        if (colon <= 0 || rest.substring(colon + 1).isBlank()) {
            throw line.usage(command);
        }
        Participant p = line.service.findParticipant(line.sessionId, rest.substring(0, colon));
        Participant renamed = line.service.renameParticipant(line.sessionId, p, rest.substring(colon + 1));
        line.out.println(line.msg.get("line.participant.renamed", p.name(), renamed.name()));
    }
}
