package nl.beraad.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.function.Supplier;

/**
 * A question a page asks on its status line before an action that is hard to undo (quit, delete,
 * reveal a half round, finish, reopen): J (or Y) leads to the page {@code yes} gives, any other key
 * cancels and leaves the page as it was. The question is worded again at every draw, so one that
 * counts (how many have answered) follows phones that answer while it waits.
 */
record Confirmation(Supplier<String> question, Supplier<Page> yes) {
    /** A question whose words stay as they are while it waits. */
    Confirmation(String question, Supplier<Page> yes) {
        this(() -> question, yes);
    }

    /** The page after {@code key}: the answer's page for J or Y, else {@code stay}. */
    Page answer(KeyStroke key, Page stay) {
        return Keys.is(key, 'j') || Keys.is(key, 'y') ? yes.get() : stay;
    }
}
