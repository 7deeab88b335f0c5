package nl.beraad.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;

/**
 * The question a page is asking on its status line, if any (see {@link Confirmation}): while one is
 * open, the next key answers it and does nothing else.
 */
final class Question {
    private Confirmation pending;

    void ask(Confirmation question) {
        pending = question;
    }

    boolean isOpen() {
        return pending != null;
    }

    /** Puts the question on the status line again, where the page is drawn while it waits. */
    void show(ScreenContext ui) {
        if (pending != null) {
            ui.status(pending.question().get());
        }
    }

    /** The page after the answer: the question's page for J or Y, else {@code stay}; the question is then closed. */
    Page answer(KeyStroke key, Page stay) {
        Confirmation asked = pending;
        pending = null;
        return asked.answer(key, stay);
    }
}
