package nl.beraad.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A page's keys in one table: which keys each entry takes, what it does, and how the key bar and the
 * help name it. A page answers keys only through its table, so a key that is shown is handled and a
 * key that is handled is shown. Two things come before or after the entries: an open question (the
 * next key answers it) and, on a page with a text field, typed text (every key no entry takes goes
 * to the field; '?' is then a character and F1 opens the help).
 */
final class KeyTable {
    /** One entry: the keys it takes, their name and meaning (a message key) as shown, what they do. */
    private record Entry(Predicate<KeyStroke> takes, String key, String meaning, Function<KeyStroke, Page> action) {
    }

    private final Page page;
    private final List<Entry> entries = new ArrayList<>();
    private Question question;
    private Consumer<KeyStroke> field;

    KeyTable(Page page) {
        this.page = page;
    }

    /** Keys that lead to the page {@code action} gives: this one, another, or null to leave the screen. */
    KeyTable to(Predicate<KeyStroke> takes, String key, String meaning, Function<KeyStroke, Page> action) {
        entries.add(new Entry(takes, key, meaning, action));
        return this;
    }

    /** Keys that change something on this page, which stays. */
    KeyTable on(Predicate<KeyStroke> takes, String key, String meaning, Runnable action) {
        return to(takes, key, meaning, k -> {
            action.run();
            return page;
        });
    }

    /** Keys that change something on this page, which stays, where what changes depends on the key (↑ or ↓). */
    KeyTable on(Predicate<KeyStroke> takes, String key, String meaning, Consumer<KeyStroke> action) {
        return to(takes, key, meaning, k -> {
            action.accept(k);
            return page;
        });
    }

    /**
     * The keys of a list whose chosen row takes a typed value (positions by name, hands per step):
     * Enter stores it (an empty field goes back to the item), ↑ ↓ choose the row, Esc goes back.
     */
    static KeyTable rowInput(Page page, Page back, TextInput field, Runnable store, Consumer<KeyStroke> choose) {
        return new KeyTable(page)
                .to(Keys.type(KeyType.Enter), "Enter", "screen.key.confirm", k -> {
                    if (field.isEmpty()) {
                        return back;
                    }
                    store.run();
                    return page;
                })
                .on(Keys.type(KeyType.ArrowUp, KeyType.ArrowDown), "↑ ↓", "screen.key.choose", choose)
                .to(Keys.type(KeyType.Escape), "Esc", "screen.key.to.item", k -> back)
                .text(field::handle);
    }

    /** While the question is open, the next key answers it instead of doing what the table says. */
    KeyTable asking(Question open) {
        this.question = open;
        return this;
    }

    /** Every key no entry takes is typed into the page's field. */
    KeyTable text(Consumer<KeyStroke> typed) {
        this.field = typed;
        return this;
    }

    /** Whether keys are typed here, so that '?' is a character and not the help key. */
    boolean typing() {
        return field != null;
    }

    /** The page after the key: the first entry that takes it decides; a key nobody takes changes nothing. */
    Page handle(KeyStroke key) {
        if (question != null && question.isOpen()) {
            return question.answer(key, page);
        }
        for (Entry e : entries) {
            if (e.takes().test(key)) {
                return e.action().apply(key);
            }
        }
        if (field != null) {
            field.accept(key);
        }
        return page;
    }

    /** The entries as the key bar and the help show them, in the table's order. */
    List<Page.Key> shown(ScreenContext ui) {
        return entries.stream().map(e -> new Page.Key(e.key(), ui.get(e.meaning()))).toList();
    }
}
