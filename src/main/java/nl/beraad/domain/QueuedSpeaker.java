package nl.beraad.domain;

import java.time.Instant;

/** A participant waiting to speak on an item, and since when; a session's queue holds them first in line first. */
public record QueuedSpeaker(ItemNo itemNo, ParticipantId participantId, Instant addedAt) {
}
