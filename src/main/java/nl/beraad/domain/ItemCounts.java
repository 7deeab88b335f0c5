package nl.beraad.domain;

/**
 * How far an item has come, counted: responses in its current round (positions and hands),
 * arguments or answers, and whether it has a written conclusion. Enough for an overview.
 */
public record ItemCounts(ItemNo itemNo, long responses, int arguments, boolean concluded) {
}
