package nl.beraad.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How positions moved from round 1 to round 2, counted over the participants who took part in both:
 * how many changed, and on a scale how many moved toward pole A (the lower steps) or toward pole B.
 * Abstaining in one round and not in the other counts as a change without a direction.
 */
public record Shift(int compared, int changed, int towardA, int towardB) {

    public static Shift between(List<Vote> first, List<Vote> second, ItemKind kind) {
        Map<Long, Position> before = first.stream().collect(Collectors.toMap(Vote::participantId, Vote::position));
        Map<Long, Position> after = second.stream().collect(Collectors.toMap(Vote::participantId, Vote::position,
                (a, b) -> b));
        int compared = 0;
        int changed = 0;
        int towardA = 0;
        int towardB = 0;
        for (Map.Entry<Long, Position> e : before.entrySet()) {
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
            if (kind.isScaled() && !was.isAbstain() && !now.isAbstain()) {
                if (now.step() < was.step()) {
                    towardA++;
                } else {
                    towardB++;
                }
            }
        }
        return new Shift(compared, changed, towardA, towardB);
    }
}
