package nl.beraad.ui.line;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.beraad.app.PhonePage;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Device;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Proposal;
import nl.beraad.domain.SessionItem;
import nl.beraad.text.SideKeys;
import nl.beraad.ui.screen.QrBlock;

/**
 * Line mode's commands for participants' phones: starting and stopping the vote page (its address
 * and join code, the QR code on request), the devices that joined and releasing one, opening and
 * closing the current round to phones, and the arguments phones propose, which the facilitator
 * accepts (as sent or in other words) or drops. Everything goes through the phone service; line
 * mode keeps only the running page.
 */
final class PhoneCommands {
    private static final String ON = "cmd.phones.on";
    private static final String OFF = "cmd.phones.off";
    private static final String QR = "cmd.phones.qr";
    /** Key of the word after 'openen' that lets phones send arguments without their name. */
    private static final String ANONYMOUS = "cmd.phone.open.anonymous";

    private PhoneCommands() {
    }

    static List<String> phoneWords(String language) {
        return List.of(Command.text(ON, language), Command.text(OFF, language), Command.text(QR, language));
    }

    static List<String> openWords(String language) {
        return List.of(Command.text(ANONYMOUS, language));
    }

    /**
     * 'telefoons' tells whether the vote page runs and where; 'telefoons aan' starts it and shows its
     * address and join code, 'telefoons uit' stops it, 'telefoons qr' prints the QR code of its address.
     */
    static void phones(LineContext line, Command command, String rest) {
        if (rest.isEmpty()) {
            line.phones.serving().ifPresentOrElse(s -> address(line, s),
                    () -> line.out.println(line.msg.get("line.phones.off", line.word(command) + " " + word(line, ON))));
        } else if (Command.isWord(rest, ON)) {
            boolean running = line.phones.serving().isPresent();
            PhonePage.Serving serving = line.phones.start(line.sessionId);
            line.out.println(line.msg.get(running ? "line.phones.already" : "line.phones.started"));
            address(line, serving);
            line.wrap(line.msg.get("line.phones.next", line.word(Command.PHONE_OPEN),
                    line.word(command) + " " + word(line, QR)));
        } else if (Command.isWord(rest, OFF)) {
            line.out.println(line.msg.get(line.phones.stop() ? "line.phones.stopped" : "line.phones.off",
                    line.word(command) + " " + word(line, ON)));
        } else if (Command.isWord(rest, QR)) {
            qr(line, command);
        } else {
            throw line.usage(command);
        }
    }

    private static void address(LineContext line, PhonePage.Serving serving) {
        line.out.println(line.msg.get("line.phones.address", serving.address()));
        line.out.println(line.msg.get("line.phones.code", serving.joinCode()));
    }

    private static void qr(LineContext line, Command command) {
        PhonePage.Serving serving = line.phones.serving().orElseThrow(() -> BeraadException.conflict("line.phones.qr.off",
                line.word(command) + " " + word(line, ON)));
        line.out.flush();
        // The coloured form is made of escape sequences, which the session's own writer would show as
        // text: the lines go to the terminal as they are (the address is the page's own, not typed).
        java.io.PrintWriter raw = line.reader.getTerminal().writer();
        for (String row : QrBlock.lines(serving.address(),
                QrBlock.colours(line.interactive, line.reader.getTerminal().getType()))) {
            raw.println(row);
        }
        raw.flush();
        address(line, serving);
    }

    private static String word(LineContext line, String key) {
        return Command.text(key, line.msg.language());
    }

    /** 'toestellen': every device that joined and was not released, with its number, its name and whether it is in touch. */
    static void devices(LineContext line, Command command, String rest) {
        List<Device> devices = line.phones.service.devices(line.sessionId);
        Set<Long> connected = line.phones.connected();
        long inTouch = devices.stream().filter(d -> connected.contains(d.id())).count();
        if (devices.isEmpty()) {
            line.wrap(line.msg.get(line.phones.serving().isPresent() ? "line.devices.none" : "line.devices.none.off",
                    line.word(Command.PHONES)));
            return;
        }
        line.out.println(line.msg.get("line.devices.heading", line.msg.counted("count.devices", devices.size()), inTouch));
        Map<ParticipantId, Participant> people = people(line);
        for (Device d : devices) {
            line.out.println("  " + d.id() + ". " + name(line, people, d) + " — "
                    + line.msg.get(connected.contains(d.id()) ? "line.devices.connected" : "line.devices.away"));
        }
        line.wrap(line.msg.get("line.devices.hint", line.word(Command.RELEASE)));
    }

    private static Map<ParticipantId, Participant> people(LineContext line) {
        return line.service.participants(line.sessionId).stream()
                .collect(Collectors.toMap(Participant::id, Function.identity()));
    }

    private static String name(LineContext line, Map<ParticipantId, Participant> people, Device d) {
        Participant p = d.participantId() == null ? null : people.get(d.participantId());
        return p == null ? line.msg.get("line.devices.unnamed") : p.name();
    }

    /**
     * 'loskoppelen 7' says which device it would release and what that means; 'loskoppelen 7 ja'
     * releases it: its token is refused from then on, what it answered stays.
     */
    static void release(LineContext line, Command command, String rest) {
        line.requireArgument(rest, command);
        int space = rest.indexOf(' ');
        String number = space < 0 ? rest : rest.substring(0, space);
        Device device = line.phones.service.devices(line.sessionId).stream()
                .filter(d -> number.matches("[0-9]{1,12}") && d.id() == Long.parseLong(number)).findFirst()
                .orElseThrow(() -> BeraadException.invalid("line.devices.unknown", LineContext.echo(number),
                        line.word(Command.DEVICES)));
        String name = name(line, people(line), device);
        if (CorrectionCommands.confirmed(space < 0 ? "" : rest.substring(space + 1).strip()).isEmpty()) {
            line.wrap(line.msg.get("line.devices.release.ask", number, name,
                    CorrectionCommands.goAhead(line, command, number)));
            return;
        }
        line.phones.service.release(line.sessionId, device.id());
        line.out.println(line.msg.get("line.devices.released", number, name));
    }

    /** 'openen [anoniem]': phones may answer the current round of the item on the table (and send arguments without a name). */
    static void open(LineContext line, Command command, String rest) {
        boolean anonymous = !rest.isEmpty() && Command.isWord(rest, ANONYMOUS);
        if (!rest.isEmpty() && !anonymous) {
            throw line.usage(command);
        }
        SessionItem item = line.phones.service.open(line.sessionId, line.current().number(), anonymous);
        String opened = item.item().kind().takesPositions()
                ? line.msg.get("line.phone.opened", item.number(), item.round())
                : line.msg.get("line.phone.opened.answers", item.number());
        line.wrap(opened + " " + line.msg.get(anonymous ? "line.phone.opened.anonymous" : "line.phone.opened.named")
                + (line.phones.serving().isPresent() ? ""
                : " " + line.msg.get("line.phone.opened.off", line.word(Command.PHONES) + " " + word(line, ON))));
    }

    /** 'sluiten': phones still see the item but can no longer answer it. */
    static void close(LineContext line, Command command, String rest) {
        ItemNo itemNo = line.current().number();
        line.phones.service.close(line.sessionId, itemNo);
        line.out.println(line.msg.get("line.phone.closed", itemNo));
    }

    /** 'voorstellen': the arguments phones sent on this item that wait for the facilitator, numbered. */
    static void proposals(LineContext line, Command command, String rest) {
        SessionItem item = line.current();
        List<Proposal> all = line.phones.service.proposals(line.sessionId, item.number());
        List<Proposal> open = all.stream().filter(Proposal::open).toList();
        if (open.isEmpty()) {
            line.out.println(line.msg.get("line.proposals.none", item.number()));
            return;
        }
        line.out.println(line.msg.get("line.proposals.heading", item.number(), open.size()));
        Map<ParticipantId, Participant> people = people(line);
        for (Proposal p : open) {
            String who = p.participantId() == null || !people.containsKey(p.participantId())
                    ? line.msg.get("arguments.anonymous") : people.get(p.participantId()).name();
            String side = item.item().kind().isScaled()
                    ? " [" + line.msg.get(SideKeys.key("side.", item.item().kind(), p.side())) + "]" : "";
            line.view().wrap(line.out, "  " + (all.indexOf(p) + 1) + "." + side + " " + who + ": " + p.text(), "     ");
        }
        line.wrap(line.msg.get("line.proposals.hint", line.word(Command.ACCEPT), line.word(Command.DROP)));
    }

    /** 'overnemen 2 [andere tekst]': proposal 2 becomes the board's argument, as sent or in the words given. */
    static void accept(LineContext line, Command command, String rest) {
        line.requireArgument(rest, command);
        int space = rest.indexOf(' ');
        String number = space < 0 ? rest : rest.substring(0, space);
        Proposal p = proposal(line, number);
        String text = space < 0 ? null : rest.substring(space + 1).strip();
        line.phones.service.accept(line.sessionId, p.id(), text);
        line.out.println(line.msg.get(text == null ? "line.proposal.accepted" : "line.proposal.accepted.edited", number,
                line.word(Command.ARGUMENTS)));
    }

    /** 'afwijzen 2': proposal 2 is not shown and not stored as an argument. */
    static void drop(LineContext line, Command command, String rest) {
        line.requireArgument(rest, command);
        if (rest.indexOf(' ') >= 0) {
            throw line.usage(command);
        }
        Proposal p = proposal(line, rest);
        line.phones.service.drop(line.sessionId, p.id());
        line.out.println(line.msg.get("line.proposal.dropped", rest));
    }

    /** The proposal with this number on the current item (numbers count every proposal, so they never shift). */
    private static Proposal proposal(LineContext line, String typed) {
        List<Proposal> all = line.phones.service.proposals(line.sessionId, line.current().number());
        int number = typed.matches("[0-9]{1,6}") ? Integer.parseInt(typed) : 0;
        if (number < 1 || number > all.size()) {
            throw BeraadException.invalid("line.proposals.unknown", LineContext.echo(typed), line.word(Command.PROPOSALS));
        }
        Proposal p = all.get(number - 1);
        if (!p.open()) {
            throw BeraadException.conflict("line.proposals.decided", typed);
        }
        return p;
    }
}
