package nl.beraad.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A change made after the fact to what a meeting recorded, kept beside the data it changed so the
 * report can say what changed, from what to what, when and why. What the fields hold depends on
 * the kind (fields a kind does not use are 0 or null):
 * <ul>
 * <li>ROUND_REOPENED: a revealed round was hidden again so positions can be taken anew (round);</li>
 * <li>POSITION: one member's position in a round (round, participantId; before/after as
 *     {@link #encode(Position)}, null for no position);</li>
 * <li>HANDS: the hands for one position of a show of hands (round, handPosition; before/after the
 *     counts);</li>
 * <li>ARGUMENT_EDITED: an argument's or answer's text (argumentId, participantId, side; before/after
 *     the texts);</li>
 * <li>ARGUMENT_DELETED: an argument or answer was deleted (argumentId, participantId, side). Its text
 *     is kept nowhere, not even in its earlier edits: a member may ask for a personal remark to be
 *     removed (AVG), and a deletion must then remove it.</li>
 * </ul>
 */
public record Correction(long id, ItemNo itemNo, Kind kind, int round, ParticipantId participantId, Long argumentId, Side side,
                         int handPosition, String before, String after, String reason, Instant madeAt) {
    /** The longest reason stored, as the database counts. */
    public static final int MAX_REASON = 1000;

    /** What was corrected. */
    public enum Kind {
        ROUND_REOPENED, POSITION, HANDS, ARGUMENT_EDITED, ARGUMENT_DELETED
    }

    public Correction {
        reason = reason == null ? "" : reason;
    }

    /** A reason as typed: one clean line, possibly empty. */
    public static String validReason(String raw) {
        String reason = raw == null ? "" : CleanText.line(raw);
        if (reason.length() > MAX_REASON) {
            throw BeraadException.invalid("text.long", MAX_REASON);
        }
        return reason;
    }

    /**
     * Whether this changed a round's positions or hands, so that its tally is a corrected one. A
     * reopened round whose positions then stayed as they were is not corrected (the appendix still
     * lists the reopening).
     */
    public boolean changesRound(int r) {
        return switch (kind) {
            case POSITION, HANDS -> round == r;
            case ROUND_REOPENED, ARGUMENT_EDITED, ARGUMENT_DELETED -> false;
        };
    }

    /** The position before (POSITION only); null when the member had none. */
    public Position positionBefore() {
        return decode(before);
    }

    /** The position after (POSITION only); null when the position was taken away. */
    public Position positionAfter() {
        return decode(after);
    }

    /** A position as stored in before/after: "3", "0" (abstain), or "1:2,1,3" with the numbers; null for none. */
    public static String encode(Position p) {
        if (p == null) {
            return null;
        }
        return p.numbers().isEmpty() ? Integer.toString(p.step())
                : p.step() + ":" + p.numbers().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static Position decode(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        if (colon < 0) {
            return new Position(Integer.parseInt(stored), List.of());
        }
        return new Position(Integer.parseInt(stored.substring(0, colon)),
                Arrays.stream(stored.substring(colon + 1).split(",")).map(Integer::valueOf).toList());
    }
}
