package nl.beraad.report;

import java.util.List;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.Position;

/**
 * A position as both exports show it: an abstention said outright; on a dilemma or statement the
 * scale step and the side it leans to; on an item with options the numbers (chosen options,
 * points per option, or options best first). What does not apply is null.
 */
record ExportedPosition(boolean abstain, Integer step, String side, List<Integer> numbers) {

    static ExportedPosition of(ItemForm form, Position p) {
        if (p.isAbstain()) {
            return new ExportedPosition(true, null, null, null);
        }
        if (form.kind().isScaled()) {
            return new ExportedPosition(false, p.step(), form.scale().sideOf(p.step()).name(), null);
        }
        return new ExportedPosition(false, null, null, p.numbers());
    }

    /** A counted hand for one position (a step, an option number, 0 abstain) stands for this position. */
    static ExportedPosition ofHands(ItemForm form, int position) {
        return of(form, form.handPosition(position));
    }
}
