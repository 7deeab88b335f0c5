package nl.beraad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Item;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Position;
import nl.beraad.domain.Scale;
import nl.beraad.domain.SessionItem;
import nl.beraad.text.Messages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;

/**
 * The phone's answer form per kind, read as a browser reads it (jsoup): what it sends when filled in
 * is the position the domain accepts, a stored answer comes back unchanged when sent again, a
 * malformed form is refused in one sentence, and an item's text can never become markup.
 */
class AnswerFormTest {
    private static final Messages NL = Messages.forLanguage("nl");
    private static final List<String> THREE = List.of("Wonen", "Jeugd", "Bestaanszekerheid");

    private static final SessionItem DILEMMA = item(ItemForm.dilemma("De gemeente belt aan.", "De inwoner vraagt zelf.",
            Scale.DEFAULT));
    private static final SessionItem STATEMENT = item(ItemForm.statement("Eén plan per huishouden.", new Scale(7)));
    private static final SessionItem ONE_CHOICE = item(ItemForm.choice(THREE, 1));
    private static final SessionItem TWO_CHOICES = item(ItemForm.choice(THREE, 2));
    private static final SessionItem POINTS = item(ItemForm.allocation(THREE, 100));
    private static final SessionItem RANKING = item(ItemForm.ranking(List.of("Wonen", "Jeugd", "Gezond leven", "Inclusie")));
    private static final SessionItem QUESTION = item(ItemForm.question("Waar loopt u tegenaan?"));

    private static SessionItem item(ItemForm form) {
        return new SessionItem(ItemNo.of(1), new Item("x", "Titel", "Context.", form, List.of(), List.of(), ""), 1, 0);
    }

    /** The form as the server sends it: the inner HTML in a form element. */
    private static FormElement page(SessionItem item, Optional<Position> own, String error) {
        Document doc = Jsoup.parse("<!doctype html><html lang=nl><body><form method=post action=/answer>"
                + AnswerForm.html(item, own, NL, error) + "</form></body></html>");
        return (FormElement) doc.selectFirst("form");
    }

    private static FormElement page(SessionItem item, Optional<Position> own) {
        return page(item, own, "");
    }

    /** What the browser sends: the fields (without the pressed button), plus the button if one is given. */
    private static Map<String, List<String>> sent(FormElement form, String button, String value) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        form.formData().forEach(kv -> fields.computeIfAbsent(kv.key(), k -> new ArrayList<>()).add(kv.value()));
        if (button != null) {
            assertFalse(form.select("button[name=" + button + "][value=" + value + "]:not([disabled])").isEmpty(),
                    "the page has the button " + button + "=" + value);
            fields.computeIfAbsent(button, k -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    private static Map<String, List<String>> sent(FormElement form) {
        return sent(form, null, null);
    }

    private static void check(FormElement form, String selector) {
        Element input = form.selectFirst(selector);
        input.attr("checked", true);
    }

    /** Fills in a form, sends it, and returns the position the domain stores from it. */
    private static Position stored(SessionItem item, Map<String, List<String>> fields) {
        return item.item().form().check(AnswerForm.parse(item, fields));
    }

    private static String refusal(SessionItem item, Map<String, List<String>> fields) {
        BeraadException e = assertThrows(BeraadException.class, () -> AnswerForm.read(item, fields));
        return e.problems().get(0).key();
    }

    // --- each kind, filled in on an empty form

    @Test
    void aDilemmaIsAStepBetweenItsPolesOrAnAbstention() {
        FormElement form = page(DILEMMA, Optional.empty());
        assertEquals(List.of("Pool A: De gemeente belt aan.", "Pool B: De inwoner vraagt zelf."),
                form.select(".pole").eachText());
        assertEquals(List.of("1 sterk A", "2 A", "3 midden", "4 B", "5 sterk B", "onthouding"),
                form.select("input[name=step] + span").eachText());
        check(form, "input[name=step][value=2]");
        assertEquals(Position.step(2), stored(DILEMMA, sent(form)));

        FormElement again = page(DILEMMA, Optional.empty());
        check(again, "input[name=step][value=0]");
        assertEquals(Position.ABSTAIN, stored(DILEMMA, sent(again)));
    }

    @Test
    void aStatementIsAStepOnItsOwnScale() {
        FormElement form = page(STATEMENT, Optional.empty());
        assertEquals("Stelling: Eén plan per huishouden.", form.selectFirst("legend").text());
        assertEquals(8, form.select("input[name=step]").size(), "seven steps and an abstention");
        assertEquals("1 helemaal oneens", form.selectFirst("input[name=step][value=1] + span").text());
        check(form, "input[name=step][value=7]");
        assertEquals(Position.step(7), stored(STATEMENT, sent(form)));
    }

    @Test
    void aChoiceOfOneIsARadioAndOfMoreCheckboxesUpToTheMaximum() {
        FormElement one = page(ONE_CHOICE, Optional.empty());
        assertEquals(3, one.select("input[type=radio][name=option]").size());
        check(one, "input[name=option][value=3]");
        assertEquals(Position.numbers(List.of(3)), stored(ONE_CHOICE, sent(one)));

        FormElement two = page(TWO_CHOICES, Optional.empty());
        assertEquals("Kies hoogstens 2 opties.", two.selectFirst("legend").text());
        check(two, "input[name=option][value=3]");
        check(two, "input[name=option][value=1]");
        assertEquals(Position.numbers(List.of(1, 3)), stored(TWO_CHOICES, sent(two)));

        check(two, "input[name=option][value=2]");
        BeraadException tooMany = assertThrows(BeraadException.class, () -> stored(TWO_CHOICES, sent(two)));
        assertEquals("vote.choice.max", tooMany.problems().get(0).key(), "the domain judges the maximum");

        assertEquals(Position.ABSTAIN, stored(TWO_CHOICES, sent(page(TWO_CHOICES, Optional.empty()), "abstain", "1")));
    }

    @Test
    void anAllocationIsPointsPerOptionThatMustAddUpEmptyCountingAsNone() {
        FormElement form = page(POINTS, Optional.empty());
        assertEquals("Samen 0 van de 100 punten verdeeld.", form.selectFirst("#answer-total").text());
        form.selectFirst("input[name=points-1]").val("60");
        form.selectFirst("input[name=points-3]").val("40");
        assertEquals(Position.numbers(List.of(60, 0, 40)), stored(POINTS, sent(form)));

        form.selectFirst("input[name=points-2]").val("5");
        Position refused = AnswerForm.parse(POINTS, sent(form));
        BeraadException sum = assertThrows(BeraadException.class, () -> POINTS.item().form().check(refused));
        assertEquals("vote.points.sum", sum.problems().get(0).key());
        // Shown again with the refused points kept and the sentence tied to the fields.
        FormElement shown = page(POINTS, Optional.of(refused), NL.problem(sum.problems().get(0)));
        assertEquals("De punten tellen op tot 105; samen moeten ze precies 100 zijn.", shown.selectFirst("#answer-error").text());
        assertEquals("answer-error", shown.selectFirst("fieldset").attr("aria-describedby"));
        assertEquals("answer-total answer-error", shown.selectFirst("input[name=points-2]").attr("aria-describedby"));
        assertEquals("Samen 105 van de 100 punten verdeeld.", shown.selectFirst("#answer-total").text());
        assertEquals("5", shown.selectFirst("input[name=points-2]").val());
    }

    @Test
    void aRankingMovesOptionsUpAndDownWithoutStoringAndIsStoredWhenRecorded() {
        FormElement form = page(RANKING, Optional.empty());
        assertEquals(List.of("Wonen", "Jeugd", "Gezond leven", "Inclusie"), form.select("ol.ranking .option").eachText());
        assertTrue(form.selectFirst("button[value=up-1]").hasAttr("disabled"), "the first cannot go up");

        AnswerForm.Submitted moved = AnswerForm.read(RANKING, sent(form, "move", "up-3"));
        assertEquals(AnswerForm.Submitted.Action.SHOW_ORDER, moved.action());
        assertEquals(Position.numbers(List.of(1, 3, 2, 4)), moved.position());
        BeraadException notStored = assertThrows(BeraadException.class,
                () -> AnswerForm.parse(RANKING, sent(form, "move", "up-3")));
        assertEquals("web.answer.malformed", notStored.problems().get(0).key());

        FormElement shown = page(RANKING, Optional.of(moved.position()));
        assertEquals(List.of("Wonen", "Gezond leven", "Jeugd", "Inclusie"), shown.select("ol.ranking .option").eachText());
        Position down = AnswerForm.read(RANKING, sent(shown, "move", "down-1")).position();
        assertEquals(Position.numbers(List.of(3, 1, 2, 4)), down);
        assertEquals(Position.numbers(List.of(3, 1, 2, 4)), stored(RANKING, sent(page(RANKING, Optional.of(down)))));
        assertEquals("Omhoog Gezond leven", shown.selectFirst("button[value=up-3]").text());
    }

    @Test
    void anOpenQuestionIsATextarea() {
        FormElement form = page(QUESTION, Optional.empty());
        Element text = form.selectFirst("textarea[name=text]");
        assertEquals("Vraag: Waar loopt u tegenaan?", form.selectFirst("label[for=" + text.id() + "]").text());
        text.text("De regels van het Rijk.");
        AnswerForm.Submitted answer = AnswerForm.read(QUESTION, sent(form));
        assertEquals(AnswerForm.Submitted.Action.STORE_TEXT, answer.action());
        assertEquals("De regels van het Rijk.", answer.text());
        assertEquals("web.answer.text.missing", refusal(QUESTION, sent(page(QUESTION, Optional.empty()))));
    }

    // --- the participant's own answer, filled in

    @Test
    void theOwnAnswerIsFilledInAndSentBackUnchanged() {
        Map<SessionItem, List<Position>> answers = new LinkedHashMap<>();
        answers.put(DILEMMA, List.of(Position.step(1), Position.step(5), Position.ABSTAIN));
        answers.put(STATEMENT, List.of(Position.step(4), Position.ABSTAIN));
        answers.put(ONE_CHOICE, List.of(Position.numbers(List.of(2))));
        answers.put(TWO_CHOICES, List.of(Position.numbers(List.of(1, 3))));
        answers.put(POINTS, List.of(Position.numbers(List.of(20, 30, 50))));
        answers.put(RANKING, List.of(Position.numbers(List.of(4, 2, 1, 3))));
        answers.forEach((item, positions) -> positions.forEach(own ->
                assertEquals(own, stored(item, sent(page(item, Optional.of(own)))), item.item().kind() + " " + own)));

        FormElement abstained = page(TWO_CHOICES, Optional.of(Position.ABSTAIN));
        assertEquals("U onthoudt zich nu. Kies hieronder en leg vast om toch te antwoorden.",
                abstained.selectFirst(".note").text());
    }

    // --- malformed forms: one sentence, nothing stored

    @Test
    void aMalformedFormIsRefusedInOneSentence() {
        assertEquals("web.answer.step.missing", refusal(DILEMMA, Map.of()));
        assertEquals("web.answer.malformed", refusal(DILEMMA, Map.of("step", List.of("-1"))));
        assertEquals("web.answer.malformed", refusal(DILEMMA, Map.of("step", List.of("1", "2"))));
        assertEquals("web.answer.malformed", refusal(STATEMENT, Map.of("step", List.of("1e3"))));
        assertEquals("web.answer.option.missing", refusal(ONE_CHOICE, Map.of()));
        assertEquals("web.answer.malformed", refusal(TWO_CHOICES, Map.of("option", List.of("1", "<b>"))));
        assertEquals("web.answer.points.number", refusal(POINTS, Map.of("points-1", List.of("veel"))));
        assertEquals("web.answer.points.number", refusal(POINTS, Map.of("points-2", List.of("-5"))));
        assertEquals("web.answer.malformed", refusal(RANKING, Map.of()));
        assertEquals("web.answer.malformed", refusal(RANKING, Map.of("order", List.of("1,1,2,3"))));
        assertEquals("web.answer.malformed", refusal(RANKING, Map.of("order", List.of("1,2,3"))));
        assertEquals("web.answer.malformed", refusal(RANKING, Map.of("order", List.of("1,2,3,4"), "move", List.of("left-1"))));
        assertEquals("web.answer.malformed", refusal(RANKING, Map.of("order", List.of("1,2,3,4"), "move", List.of("up-9"))));
        assertEquals("Bij Jeugd staat 'veel'; vul een heel getal in van 0 of meer.",
                NL.problem(assertThrows(BeraadException.class,
                        () -> AnswerForm.read(POINTS, Map.of("points-2", List.of("veel")))).problems().get(0)));
        // A step beyond the scale is well formed: the domain refuses it, as a typed one.
        Position beyond = AnswerForm.parse(DILEMMA, Map.of("step", List.of("9")));
        assertThrows(BeraadException.class, () -> DILEMMA.item().form().check(beyond));
    }

    // --- what the page may never do

    @Test
    void anItemsTextNeverBecomesMarkupOrATerminalEscape() {
        String hostile = "<script>alert('x')</script>\u001b[31m\" onfocus=\"x";
        List<SessionItem> items = List.of(
                item(ItemForm.dilemma(hostile, "B" + hostile, Scale.DEFAULT)),
                item(ItemForm.statement(hostile, Scale.DEFAULT)),
                item(ItemForm.choice(List.of(hostile, "b" + hostile), 2)),
                item(ItemForm.allocation(List.of(hostile, "b" + hostile), 10)),
                item(ItemForm.ranking(List.of(hostile, "b" + hostile))),
                item(ItemForm.question(hostile)));
        for (SessionItem item : items) {
            String html = AnswerForm.html(item, Optional.empty(), NL, hostile);
            assertFalse(html.contains("<script"), html);
            assertFalse(html.contains("\u001b"), html);
            assertFalse(html.contains("\" onfocus"), html);
            Document doc = Jsoup.parse("<form>" + html + "</form>");
            assertTrue(doc.select("script, [onfocus]").isEmpty(), html);
            assertTrue(doc.text().contains("<script>alert('x')</script>"), "shown as text: " + doc.text());
        }
    }

    @Test
    void everyFieldIsLabelledAndEveryGroupHasALegend() {
        for (SessionItem item : List.of(DILEMMA, STATEMENT, ONE_CHOICE, TWO_CHOICES, POINTS, RANKING, QUESTION)) {
            FormElement form = page(item, Optional.empty(), "Fout.");
            for (Element input : form.select("input:not([type=hidden]), textarea")) {
                assertFalse(input.id().isEmpty(), item.item().kind() + ": " + input);
                assertEquals(1, form.select("label[for=" + input.id() + "]").size(), input.toString());
            }
            form.select("fieldset").forEach(f -> assertEquals("legend", f.child(0).tagName()));
            form.select("button").forEach(b -> assertFalse(b.text().isBlank(), b.toString()));
            assertEquals(1, form.select("#answer-error").size());
            assertFalse(form.select("fieldset[aria-describedby=answer-error], textarea[aria-describedby=answer-error]")
                    .isEmpty(), item.item().kind() + ": the group or the field names the error");
        }
    }

    @Test
    void theFormSpeaksTheSessionsLanguage() {
        String html = AnswerForm.html(POINTS, Optional.empty(), Messages.forLanguage("en"));
        assertTrue(html.contains("Divide 100 points over the options."), html);
        assertTrue(html.contains("Record my answer"), html);
        assertTrue(html.contains("I abstain"), html);
    }
}
