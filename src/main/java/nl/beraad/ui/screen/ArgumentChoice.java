package nl.beraad.ui.screen;

import static nl.beraad.ui.screen.Keys.control;
import static nl.beraad.ui.screen.Keys.letter;
import static nl.beraad.ui.screen.Keys.type;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.beraad.domain.Argument;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.SessionId;
import nl.beraad.text.TextWrap;

/**
 * Choosing an argument (or answer) already recorded on a page that lists them, to edit or delete
 * it: ↑ starts choosing, E puts the chosen text in the page's field (Enter stores the change, Esc
 * keeps it as it was), D deletes it after J. Both are stored as corrections. While choosing, letters
 * are keys; while editing, they are text. The discussion page and the answers in turn share this.
 */
final class ArgumentChoice {
    private final ScreenContext ui;
    private final SessionId sessionId;
    private final ItemNo itemNo;
    private final Page page;
    private final TextInput field;
    /** The argument chosen with ↑ ↓; null while the page is used as it is without choosing. */
    private Long chosen;
    /** The argument whose text is in the field; null when none is edited. */
    private Long editing;
    /** What the field held before editing began, given back afterwards (a half-typed answer). */
    private String typed = "";
    private final Question question = new Question();
    private KeyTable choosingKeys;
    private KeyTable editingKeys;
    /** How many lines of the list are scrolled back from the newest, and how many fit at the last draw. */
    private int scrolledBack;
    private int room = 1;

    ArgumentChoice(ScreenContext ui, SessionId sessionId, ItemNo itemNo, Page page, TextInput field) {
        this.ui = ui;
        this.sessionId = sessionId;
        this.itemNo = itemNo;
        this.page = page;
        this.field = field;
    }

    /** Whether an argument is chosen or edited, so that the page's keys are this one's. */
    boolean active() {
        return chosen != null || editing != null;
    }

    boolean editing() {
        return editing != null;
    }

    /** The keys while active: those for the chosen argument, or those of its text being edited. */
    KeyTable keys() {
        if (editing != null) {
            return editingKeys == null ? editingKeys = editingTable() : editingKeys;
        }
        return choosingKeys == null ? choosingKeys = choosingTable() : choosingKeys;
    }

    /** The field's label while an argument is edited. */
    String editLabel() {
        return "[" + ui.get("screen.argument.editing") + "] ";
    }

    /**
     * Draws the arguments from {@code row} to {@code last}: the newest in view unless scrolled back
     * (with "meer ↑" / "meer" marks beside the edges), or the chosen one (marked with '>' and shown as
     * a chosen row) wherever it is.
     */
    void draw(Canvas c, int row, int last, int width, List<Argument> arguments, Function<Argument, String> line,
              String empty) {
        question.show(ui);
        List<String> lines = new ArrayList<>();
        int chosenFirst = -1;
        int chosenLast = -1;
        for (Argument a : arguments) {
            String edited = a.isEdited() ? " (" + ui.get("report.edited") + ")" : "";
            if (Long.valueOf(a.id()).equals(chosen)) {
                chosenFirst = lines.size();
            }
            lines.addAll(TextWrap.lines(line.apply(a) + edited, width - 2, "      "));
            if (chosenFirst >= 0 && chosenLast < 0) {
                chosenLast = lines.size() - 1;
            }
        }
        if (lines.isEmpty()) {
            lines.add(empty);
        }
        room = Math.max(1, last - row + 1);
        scrolledBack = Math.max(0, Math.min(scrolledBack, lines.size() - room));
        int end = lines.size() - scrolledBack;
        int first = Math.max(0, end - room);
        if (chosenFirst >= 0 && (chosenFirst < first || chosenLast >= end)) {
            first = Math.max(0, Math.min(chosenFirst, lines.size() - room));
            end = Math.min(lines.size(), first + room);
            scrolledBack = lines.size() - end;
        }
        if (first > 0) {
            c.text(c.width() - Canvas.MARGIN - 10, row - 1, ui.get("screen.more.up"));
        }
        if (end < lines.size()) {
            c.text(c.width() - Canvas.MARGIN - 10, last + 1, ui.get("screen.more"));
        }
        for (int i = first; i < end; i++) {
            boolean mark = i >= chosenFirst && i <= chosenLast;
            c.row(Canvas.MARGIN, row++, (mark && i == chosenFirst ? "> " : "  ") + lines.get(i), mark);
        }
    }

    /** PgUp scrolls back to earlier lines of the list, PgDn towards the newest. */
    void scroll(KeyStroke key) {
        int step = Math.max(1, room - 1);
        scrolledBack = Math.max(0, scrolledBack + (key.getKeyType() == KeyType.PageUp ? step : -step));
    }

    /** Brings the newest lines back in view (after something was added). */
    void toNewest() {
        scrolledBack = 0;
    }

    /** ↑ ↓ go through the arguments; ↓ past the newest ends choosing. */
    void choose(KeyStroke key) {
        List<Argument> all = ui.service.arguments(sessionId, itemNo);
        int at = -1;
        for (int i = 0; i < all.size(); i++) {
            if (Long.valueOf(all.get(i).id()).equals(chosen)) {
                at = i;
            }
        }
        int next = at < 0 ? all.size() - 1 : key.getKeyType() == KeyType.ArrowUp ? Math.max(0, at - 1) : at + 1;
        chosen = next < 0 || next >= all.size() ? null : all.get(next).id();
    }

    private void edit() {
        Argument a = ui.service.argument(sessionId, chosen);
        editing = a.id();
        typed = field.shown();
        field.set(a.text());
    }

    /** Stores the edited text; the page then takes typing again, with what was typed before restored. */
    private void save() {
        ui.service.editArgument(sessionId, editing, field.value(), "");
        ui.status(ui.get("screen.argument.edited"));
        stopEditing();
        chosen = null;
    }

    private void stopEditing() {
        editing = null;
        field.set(typed);
    }

    private void askToDelete() {
        Argument a = ui.service.argument(sessionId, chosen);
        question.ask(new Confirmation(ui.get("screen.argument.delete.confirm", Canvas.clip(a.text(), 40)), () -> {
            ui.service.deleteArgument(sessionId, a.id(), "");
            chosen = null;
            ui.status(ui.get("screen.argument.deleted"));
            return page;
        }));
    }

    private KeyTable choosingTable() {
        return new KeyTable(page).asking(question)
                .on(letter('e'), "E", "screen.key.argument.edit", this::edit)
                .on(letter('d').or(type(KeyType.Delete)), "D", "screen.key.argument.delete", this::askToDelete)
                .on(type(KeyType.ArrowUp, KeyType.ArrowDown), "↑ ↓", "screen.key.choose", this::choose)
                .on(type(KeyType.Escape), "Esc", "screen.key.argument.done", () -> chosen = null);
    }

    private KeyTable editingTable() {
        return new KeyTable(page)
                .on(type(KeyType.Enter), "Enter", "screen.key.argument.save", this::save)
                .on(control('u'), "^U", "screen.key.clear", field::clear)
                .on(type(KeyType.Escape), "Esc", "screen.key.argument.cancel", this::stopEditing)
                .text(field::handle);
    }
}
