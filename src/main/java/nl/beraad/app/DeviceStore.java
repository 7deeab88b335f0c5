package nl.beraad.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.beraad.domain.Device;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Proposal;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.Side;

/** Where the phones of a session are kept: the devices that joined, their proposals, which round they may answer. */
public interface DeviceStore {

    /** A new device of a session, known by the hash of its token, not yet named. */
    Device addDevice(SessionId sessionId, String tokenHash, Instant now);

    /** The device with this token hash, released or not. */
    Optional<Device> deviceByToken(String tokenHash);

    /** One device of a session, released or not. */
    Optional<Device> device(SessionId sessionId, long deviceId);

    /** The devices that joined a session, in the order they joined. */
    List<Device> devices(SessionId sessionId);

    /** Lets a device answer for a participant. */
    void nameDevice(long deviceId, ParticipantId participantId);

    /** Ends a device's part in the session: its token is refused from now on. */
    void releaseDevice(long deviceId, Instant now);

    /** The round of an item that phones may answer, 0 when none. */
    int deviceRound(SessionId sessionId, ItemNo itemNo);

    /** Opens ({@code round} > 0) or closes (0) an item to phones; with whether they may propose without a name. */
    void setDeviceRound(SessionId sessionId, ItemNo itemNo, int round, boolean anonymousProposals);

    /** Whether phones may send proposals without their name on this item. */
    boolean anonymousProposals(SessionId sessionId, ItemNo itemNo);

    Proposal addProposal(SessionId sessionId, ItemNo itemNo, long deviceId, ParticipantId participantId, Side side, String text,
            Instant now);

    /** One proposal of a session, on whichever item. */
    Optional<Proposal> proposal(SessionId sessionId, long proposalId);

    /** The proposals on an item, oldest first. */
    List<Proposal> proposals(SessionId sessionId, ItemNo itemNo);

    /** How many proposals of one device on one item are still waiting for the facilitator. */
    int openProposals(long deviceId, ItemNo itemNo);

    /** Marks a proposal accepted (as that argument) or dropped. */
    void decideProposal(SessionId sessionId, long proposalId, Proposal.State state, Long argumentId, Instant now);
}
