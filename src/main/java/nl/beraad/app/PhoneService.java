package nl.beraad.app;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.beraad.domain.Argument;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Device;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Position;
import nl.beraad.domain.Proposal;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionStatus;
import nl.beraad.domain.Side;
import nl.beraad.domain.Vote;
import nl.beraad.domain.VoteMethod;

/**
 * What participants do on their own phones (join, take their name, answer, propose an argument) and
 * what the facilitator does about phones (open a round to them, release a device, accept or drop a
 * proposal). A phone's answer is judged by the same rules as a typed one: it goes through
 * {@link SessionService}, inside one unit of work with the checks that only phones have.
 */
public final class PhoneService {
    /** How many of one device's proposals on one item may wait for the facilitator: nobody floods the screen. */
    public static final int OPEN_PROPOSALS_PER_DEVICE = 3;

    private final SessionService sessions;
    private final DeviceStore devices;
    private final Clock clock;

    public PhoneService(SessionService sessions, DeviceStore devices, Clock clock) {
        this.sessions = sessions;
        this.devices = devices;
        this.clock = clock;
    }

    /** Where the screen and the phones hear of every change, the phones' own included. */
    public SessionChanges changes() {
        return sessions.changes();
    }

    /** A new phone in an open session, known from now on by the hash of the token in its cookie. */
    public Device join(SessionId sessionId, String tokenHash) {
        return sessions.change(sessionId, SessionChanges.What.PEOPLE, () -> {
            requireOpen(sessionId);
            return devices.addDevice(sessionId, tokenHash, clock.instant());
        });
    }

    /** The device with this token hash, also when released (the page then says so). */
    public Optional<Device> device(String tokenHash) {
        return devices.deviceByToken(tokenHash);
    }

    /** The devices of a session that have not been released, in the order they joined. */
    public List<Device> devices(SessionId sessionId) {
        return devices.devices(sessionId).stream().filter(d -> !d.released()).toList();
    }

    /**
     * The members a phone may choose as itself: present, not an observer, and not already answering on
     * another device. Empty in an anonymous session, whose names are never sent to a phone.
     */
    public List<Participant> choosable(SessionId sessionId) {
        if (sessions.session(sessionId).details().isAnonymous()) {
            return List.of();
        }
        List<ParticipantId> taken = devices(sessionId).stream().filter(Device::answers).map(Device::participantId).toList();
        return sessions.voters(sessionId).stream().filter(p -> !taken.contains(p.id())).toList();
    }

    /** A phone takes a member's name (chosen on the phone, or given by the facilitator). */
    public Device name(Device device, ParticipantId participantId) {
        return sessions.change(device.sessionId(), SessionChanges.What.PEOPLE, () -> {
            Device now = current(device);
            requireOpen(now.sessionId());
            Participant p = participant(now.sessionId(), participantId);
            if (!p.votes()) {
                throw BeraadException.invalid(p.observer() ? "participant.observer.vote" : "participant.absent.vote",
                        p.name());
            }
            if (devices(now.sessionId()).stream().anyMatch(d -> d.id() != now.id() && d.answers()
                    && participantId.equals(d.participantId()))) {
                throw BeraadException.conflict("device.name.taken", p.name());
            }
            devices.nameDevice(now.id(), participantId);
            return current(now);
        });
    }

    /**
     * In an anonymous session a phone is nobody by name: it becomes a new participant "Deelnemer n"
     * (the word given, in the meeting's language), numbered as members added on the screen are.
     */
    public Device numbered(Device device, String word) {
        return sessions.change(device.sessionId(), SessionChanges.What.PEOPLE, () -> {
            Device now = current(device);
            if (now.participantId() != null) {
                return now;
            }
            Participant p = sessions.addNumbered(now.sessionId(), word, 1).get(0);
            devices.nameDevice(now.id(), p.id());
            return current(now);
        });
    }

    /** Lets a device go (a lost phone, a wrong name): its token is refused from now on, its answers stay. */
    public void release(SessionId sessionId, long deviceId) {
        sessions.change(sessionId, SessionChanges.What.PEOPLE, () -> {
            Device d = devices.device(sessionId, deviceId).filter(x -> !x.released())
                    .orElseThrow(() -> BeraadException.invalid("device.unknown", deviceId));
            devices.releaseDevice(d.id(), clock.instant());
            return null;
        });
    }

    /**
     * Opens the item's current round to phones (it must be the item on the table and not revealed);
     * on an open question, opens it for answers. {@code anonymousProposals}: phones may send arguments
     * without their name.
     */
    public SessionItem open(SessionId sessionId, ItemNo itemNo, boolean anonymousProposals) {
        return sessions.change(sessionId, SessionChanges.What.ROUND, itemNo, () -> {
            requireOpen(sessionId);
            SessionItem item = onTable(sessionId, itemNo);
            if (item.item().kind().takesPositions() && item.isRevealed(item.round())) {
                throw BeraadException.conflict("vote.revealed", item.round());
            }
            devices.setDeviceRound(sessionId, itemNo, item.round(), anonymousProposals);
            return item;
        });
    }

    /** Closes the item to phones: they see it, but cannot answer it. */
    public void close(SessionId sessionId, ItemNo itemNo) {
        sessions.change(sessionId, SessionChanges.What.ROUND, itemNo, () -> {
            sessions.item(sessionId, itemNo);
            devices.setDeviceRound(sessionId, itemNo, 0, devices.anonymousProposals(sessionId, itemNo));
            return null;
        });
    }

    /** Whether phones may answer the item now: on the table, its current round opened to them and not revealed. */
    public boolean answering(SessionId sessionId, ItemNo itemNo) {
        return answerable(sessionId, itemNo).isPresent();
    }

    /** The item phones may answer now, read once with its session (45 answers wait for the lock this runs under). */
    private Optional<SessionItem> answerable(SessionId sessionId, ItemNo itemNo) {
        Session session = sessions.session(sessionId);
        if (!session.currentItem().equals(itemNo)) {
            return Optional.empty();
        }
        SessionItem item = sessions.item(sessionId, itemNo);
        return answering(session, item) ? Optional.of(item) : Optional.empty();
    }

    /** The same, for a session and item just read (a phone's page reads them once per request). */
    public boolean answering(Session session, SessionItem item) {
        if (session.status() != SessionStatus.OPEN || !session.currentItem().equals(item.number())) {
            return false;
        }
        return devices.deviceRound(session.id(), item.number()) == item.round()
                && !(item.item().kind().takesPositions() && item.isRevealed(item.round()));
    }

    /**
     * Allows arguments from phones without a name on the item, or no longer, whether or not its round
     * is open to phones (the discussion often follows the reveal, when answering is closed).
     */
    public void allowAnonymous(SessionId sessionId, ItemNo itemNo, boolean allowed) {
        sessions.change(sessionId, SessionChanges.What.ROUND, itemNo, () -> {
            sessions.item(sessionId, itemNo);
            devices.setDeviceRound(sessionId, itemNo, devices.deviceRound(sessionId, itemNo), allowed);
            return null;
        });
    }

    /** Whether phones may send arguments without their name on this item. */
    public boolean anonymousProposals(SessionId sessionId, ItemNo itemNo) {
        return devices.anonymousProposals(sessionId, itemNo);
    }

    /** A phone's position on the item on the table, checked as a typed one is, stored before this returns. */
    public Vote answer(Device device, ItemNo itemNo, Position position) {
        return sessions.change(device.sessionId(), SessionChanges.What.POSITIONS, itemNo, () -> {
            Device now = answeringDevice(device);
            SessionItem item = requireAnswering(now.sessionId(), itemNo);
            return sessions.castVote(now.sessionId(), item, participant(now.sessionId(), now.participantId()), position,
                    VoteMethod.DEVICE);
        });
    }

    /** A phone's answer to the open question on the table. */
    public Argument answer(Device device, ItemNo itemNo, String text) {
        return sessions.change(device.sessionId(), SessionChanges.What.WORDS, itemNo, () -> {
            Device now = answeringDevice(device);
            if (requireAnswering(now.sessionId(), itemNo).item().kind().takesPositions()) {
                throw BeraadException.invalid("device.answer.position");
            }
            return sessions.addArgument(now.sessionId(), itemNo, participant(now.sessionId(), now.participantId()),
                    Side.NONE, text);
        });
    }

    /** This phone's own position in the item's current round, if it has one. */
    public Optional<Vote> ownPosition(Device device, SessionItem item) {
        if (device.participantId() == null) {
            return Optional.empty();
        }
        return sessions.votedBy(device.sessionId(), item.number(), item.round(), device.participantId());
    }

    /**
     * An argument sent from a phone about the item on the table, for the facilitator to accept, edit or
     * drop; at most {@link #OPEN_PROPOSALS_PER_DEVICE} of one phone wait at a time.
     */
    public Proposal propose(Device device, ItemNo itemNo, Side side, String text, boolean anonymous) {
        return sessions.change(device.sessionId(), SessionChanges.What.PROPOSALS, itemNo, () -> {
            Device now = answeringDevice(device);
            requireOpen(now.sessionId());
            SessionItem item = onTable(now.sessionId(), itemNo);
            String clean = nl.beraad.domain.Argument.validText(text);
            if (clean.length() > Proposal.MAX_LENGTH) {
                throw BeraadException.invalid("text.long", Proposal.MAX_LENGTH);
            }
            if (anonymous && !devices.anonymousProposals(now.sessionId(), itemNo)) {
                throw BeraadException.invalid("proposal.anonymous.closed");
            }
            if (devices.openProposals(now.id(), itemNo) >= OPEN_PROPOSALS_PER_DEVICE) {
                throw BeraadException.conflict("proposal.too.many", OPEN_PROPOSALS_PER_DEVICE);
            }
            Side stored = item.item().kind().isScaled() ? side : Side.NONE;
            return devices.addProposal(now.sessionId(), itemNo, now.id(), anonymous ? null : now.participantId(),
                    stored, clean, clock.instant());
        });
    }

    /** The proposals on an item, oldest first. */
    public List<Proposal> proposals(SessionId sessionId, ItemNo itemNo) {
        return devices.proposals(sessionId, itemNo);
    }

    /** The proposals on an item still waiting for the facilitator. */
    public List<Proposal> openProposals(SessionId sessionId, ItemNo itemNo) {
        return proposals(sessionId, itemNo).stream().filter(Proposal::open).toList();
    }

    /** Accepts a proposal as the board's argument, in the facilitator's wording if changed ({@code text} null: as sent). */
    public Argument accept(SessionId sessionId, long proposalId, String text) {
        return sessions.change(sessionId, SessionChanges.What.PROPOSALS, () -> {
            Proposal p = openProposal(sessionId, proposalId);
            Participant by = p.participantId() == null ? null : participant(sessionId, p.participantId());
            Argument argument = sessions.addArgument(sessionId, p.itemNo(), by, p.side(), text == null ? p.text() : text);
            devices.decideProposal(sessionId, proposalId, Proposal.State.ACCEPTED, argument.id(), clock.instant());
            return argument;
        });
    }

    /** Drops a proposal: it is not shown and not stored as an argument. */
    public void drop(SessionId sessionId, long proposalId) {
        sessions.change(sessionId, SessionChanges.What.PROPOSALS, () -> {
            openProposal(sessionId, proposalId);
            devices.decideProposal(sessionId, proposalId, Proposal.State.DROPPED, null, clock.instant());
            return null;
        });
    }

    private Proposal openProposal(SessionId sessionId, long proposalId) {
        Proposal p = devices.proposal(sessionId, proposalId)
                .orElseThrow(() -> BeraadException.invalid("proposal.unknown", proposalId));
        if (!p.open()) {
            throw BeraadException.conflict("proposal.decided", proposalId);
        }
        return p;
    }

    /** The device as stored now: released since the phone last asked, or named meanwhile. */
    private Device current(Device device) {
        return devices.device(device.sessionId(), device.id())
                .orElseThrow(() -> BeraadException.invalid("device.unknown", device.id()));
    }

    private Device answeringDevice(Device device) {
        Device now = current(device);
        if (now.released()) {
            throw BeraadException.conflict("device.released");
        }
        if (now.participantId() == null) {
            throw BeraadException.invalid("device.unnamed");
        }
        return now;
    }

    private SessionItem requireAnswering(SessionId sessionId, ItemNo itemNo) {
        return answerable(sessionId, itemNo).orElseThrow(() -> BeraadException.conflict("device.round.closed"));
    }

    private SessionItem onTable(SessionId sessionId, ItemNo itemNo) {
        SessionItem item = sessions.item(sessionId, itemNo);
        if (!sessions.session(sessionId).currentItem().equals(itemNo)) {
            throw BeraadException.conflict("device.item.elsewhere", itemNo);
        }
        return item;
    }

    private Participant participant(SessionId sessionId, ParticipantId participantId) {
        return sessions.participant(sessionId, participantId)
                .orElseThrow(() -> BeraadException.invalid("participant.gone"));
    }

    private void requireOpen(SessionId sessionId) {
        if (sessions.session(sessionId).status() != SessionStatus.OPEN) {
            throw BeraadException.conflict("session.finished", sessionId);
        }
    }
}
