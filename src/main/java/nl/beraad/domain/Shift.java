package nl.beraad.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How named positions moved from round 1 to round 2, so that everyone who changed is accounted for:
 * over the participants who took part in both rounds (compared), how many changed; on a scale how
 * many moved toward pole A (the lower steps) or toward pole B; how many went from a position to
 * abstaining and from abstaining to a position; and how many took a position in one round only.
 * Changed is the sum of the directions, the two abstention moves and any other change (a different
 * option on an item with options).
 */
public record Shift(int compared, int changed, int towardA, int towardB, int toAbstain, int fromAbstain,
                    int onlyFirst, int onlySecond) {

    public static Shift between(List<Vote> first, List<Vote> second, ItemKind kind) {
        Map<ParticipantId, Position> before = first.stream().collect(Collectors.toMap(Vote::participantId, Vote::position,
                (a, b) -> b));
        Map<ParticipantId, Position> after = second.stream().collect(Collectors.toMap(Vote::participantId, Vote::position,
                (a, b) -> b));
        int compared = 0;
        int changed = 0;
        int towardA = 0;
        int towardB = 0;
        int toAbstain = 0;
        int fromAbstain = 0;
        for (Map.Entry<ParticipantId, Position> e : before.entrySet()) {
            Position now = after.get(e.getKey());
            if (now == null) {
                continue;
            }
            compared++;
            Position was = e.getValue();
            if (was.equals(now)) {
                continue;
            }
            changed++;
            if (now.isAbstain()) {
                toAbstain++;
            } else if (was.isAbstain()) {
                fromAbstain++;
            } else if (kind.isScaled()) {
                if (now.step() < was.step()) {
                    towardA++;
                } else {
                    towardB++;
                }
            }
        }
        int onlySecond = (int) after.keySet().stream().filter(id -> !before.containsKey(id)).count();
        return new Shift(compared, changed, towardA, towardB, toAbstain, fromAbstain, before.size() - compared,
                onlySecond);
    }

    /** Changes that are neither a direction on a scale nor to or from abstaining: another option chosen. */
    public int otherChanges() {
        return changed - towardA - towardB - toAbstain - fromAbstain;
    }
}
