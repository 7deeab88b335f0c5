package nl.beraad.domain;

/**
 * How a position was taken, stored with it so the report can say per item how the room answered:
 * in turn on the shared screen (secret until the reveal), named openly and typed by the facilitator,
 * or on the participant's own device (the phone page). Positions stored before this was kept have
 * no method, and the report then claims nothing about how they were taken.
 */
public enum VoteMethod {
    IN_TURN, NAMED, DEVICE
}
