package nl.beraad.text;

import java.util.List;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.KindRules;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Scale;
import nl.beraad.domain.SessionItem;

/**
 * An item as put before someone answering it, in words: one model for the screen, line mode and the web page.
 * Each of them renders it, so none words an item's poles, options or scale its own way.
 *
 * @param item the item in the session (its context, questions, points of attention and source too)
 * @param itemCount how many items the session has, for "Item 2 van 5"
 * @param poles "Pool A: …" and "Pool B: …" on a dilemma, else empty
 * @param prompt "Stelling: …" or "Vraag: …", else empty
 * @param options the options' texts in order (numbered from 1), else empty
 * @param instruction how to respond to the options ("Kies één optie."), else empty
 * @param scaleLabels one label per step of the scale ("1 sterk A", … "5 sterk B"), else empty
 * @param scaleLegend the steps and abstaining on one line ("1 sterk A · … · o onthouding"), else empty
 * @param abstainAllowed whether "o" (onthouding) is an answer: on every kind that takes positions
 * @param hint how to type a response, without command words ("Typ 1 tot 5, A+, …")
 * @param stillToAnswer the members present who have no position in the current round (or no answer to
 *                      an open question) yet, in the order they were added
 */
public record AnswerSheet(SessionItem item, int itemCount, List<String> poles, String prompt,
                          List<String> options, String instruction, List<String> scaleLabels, String scaleLegend,
                          boolean abstainAllowed, String hint, List<Participant> stillToAnswer) {
    public AnswerSheet {
        poles = List.copyOf(poles);
        options = List.copyOf(options);
        scaleLabels = List.copyOf(scaleLabels);
        stillToAnswer = List.copyOf(stillToAnswer);
    }

    /**
     * The sheet for an item. Who still has to answer comes from the service
     * ({@code SessionService.stillToAnswer}), which this layer cannot reach; outside a session (a set
     * shown before it is used) nobody is waiting.
     */
    public static AnswerSheet of(Messages msg, SessionItem item, int itemCount, List<Participant> stillToAnswer) {
        Form form = item.item().form().rules().accept(new KindRules.FormCases<>() {
            @Override
            public Form dilemma(KindRules.Dilemma d) {
                return new Form(List.of(msg.get("item.pole", "A", d.poleA()), msg.get("item.pole", "B", d.poleB())),
                        "", List.of(), "", d.scale());
            }

            @Override
            public Form statement(KindRules.Statement s) {
                return new Form(List.of(), msg.get("item.statement", s.statement()), List.of(), "", s.scale());
            }

            @Override
            public Form question(KindRules.Question q) {
                return new Form(List.of(), msg.get("item.question", q.question()), List.of(), "", null);
            }

            @Override
            public Form options(KindRules.WithOptions o) {
                return new Form(List.of(), "", o.options(), ResponseWords.instruction(msg, o), null);
            }
        });
        ScaleLabels labels = new ScaleLabels(msg, item.item().kind());
        return new AnswerSheet(item, itemCount, form.poles, form.prompt, form.options, form.instruction,
                form.scale == null ? List.of() : labels.rowLabels(form.scale),
                form.scale == null ? "" : labels.legend(form.scale),
                item.item().kind().takesPositions(), ResponseWords.hint(msg, item.item().form(), "", ""),
                stillToAnswer);
    }

    /** What differs per kind, before it is put together. */
    private record Form(List<String> poles, String prompt, List<String> options, String instruction, Scale scale) {
    }

    public ItemNo number() {
        return item.number();
    }

    public String title() {
        return item.item().title();
    }

    public ItemKind kind() {
        return item.item().kind();
    }

    /** The item's rules, for an adapter that builds its own input per kind (a radio button per step). */
    public KindRules rules() {
        return item.item().form().rules();
    }
}
