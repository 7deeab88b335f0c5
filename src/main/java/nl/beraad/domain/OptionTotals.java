package nl.beraad.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The result of an item with options in one round. Per option a total: how often it was chosen
 * (keuze), the points it received (verdeling), or its Borda score (rangorde: with n options a first
 * place is worth n-1 points, a last place 0), which gives the board's combined ranking.
 */
public final class OptionTotals {
    /** An option's place in the combined order; options with the same total share a place. */
    public record Place(int rank, int option, long total) {
    }

    private final ItemForm form;
    private final long[] totals;
    private final long[] firstPlaces;
    private final long responders;
    private final long abstentions;

    private OptionTotals(ItemForm form, long[] totals, long[] firstPlaces, long responders, long abstentions) {
        this.form = form;
        this.totals = totals;
        this.firstPlaces = firstPlaces;
        this.responders = responders;
        this.abstentions = abstentions;
    }

    /** Adds up responses that {@link ItemForm#check} accepted. */
    public static OptionTotals of(ItemForm form, Collection<Position> positions) {
        if (!(form.rules() instanceof KindRules.WithOptions rules)) {
            throw new IllegalArgumentException("not an item with options: " + form.kind());
        }
        int n = form.options().size();
        long[] totals = new long[n];
        long[] firsts = new long[n];
        long responders = 0;
        long abstentions = 0;
        for (Position p : positions) {
            if (p.isAbstain()) {
                abstentions++;
                continue;
            }
            responders++;
            rules.add(p.numbers(), totals, firsts);
        }
        return new OptionTotals(form, totals, firsts, responders, abstentions);
    }

    public ItemForm form() {
        return form;
    }

    /** The rules of the form's kind, one with options (as {@link #of} made sure). */
    public KindRules.WithOptions rules() {
        return (KindRules.WithOptions) form.rules();
    }

    /** The total of option {@code option} (1-based). */
    public long total(int option) {
        return totals[option - 1];
    }

    public long[] totals() {
        return totals.clone();
    }

    /** How many members put this option (1-based) first; only meaningful for a ranking. */
    public long firstPlaces(int option) {
        return firstPlaces[option - 1];
    }

    /** Members who responded, abstentions not included. */
    public long responders() {
        return responders;
    }

    public long abstentions() {
        return abstentions;
    }

    public long total() {
        return responders + abstentions;
    }

    /** Every option from the highest total down; equal totals share a rank and keep the set's order. */
    public List<Place> order() {
        List<Integer> options = new ArrayList<>();
        for (int o = 1; o <= totals.length; o++) {
            options.add(o);
        }
        options.sort(Comparator.comparingLong((Integer o) -> -totals[o - 1]));
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            int option = options.get(i);
            int rank = i > 0 && totals[options.get(i - 1) - 1] == totals[option - 1] ? places.get(i - 1).rank() : i + 1;
            places.add(new Place(rank, option, totals[option - 1]));
        }
        return places;
    }

    /** The share of all points (allocation) or of all Borda points (ranking), 0 to 1; 0 when nobody responded. */
    public double share(int option) {
        long all = 0;
        for (long t : totals) {
            all += t;
        }
        return all == 0 ? 0 : (double) totals[option - 1] / all;
    }
}
