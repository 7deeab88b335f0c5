package nl.beraad.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.beraad.domain.Argument;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.KindRules;
import nl.beraad.domain.Position;
import nl.beraad.domain.Scale;
import nl.beraad.domain.SessionItem;
import nl.beraad.text.Messages;
import nl.beraad.text.ResponseWords;
import nl.beraad.text.ScaleLabels;

/**
 * The phone's answer to the item on the table, as plain HTML form fields that work without
 * JavaScript, one way per kind, and the reading of what such a form sends back.
 *
 * <p>{@link #html} gives the inside of the answer form: a fieldset with a legend, the fields, and the
 * submit buttons. The server wraps it in {@code <form method="post" action="/answer">} with its own
 * hidden fields (CSRF token, item number). The fields:
 * <ul>
 *   <li>dilemma, statement: {@code step}, one radio per step of the scale, 0 = abstaining;</li>
 *   <li>choice: {@code option}, a radio (one option) or a checkbox per option (up to the maximum);</li>
 *   <li>allocation: {@code points-1} ... {@code points-n}, a number per option (empty counts as 0);</li>
 *   <li>ranking: {@code order}, the option numbers best first, comma-separated (hidden), and the
 *       submit buttons {@code move=up-N} / {@code move=down-N} that move option N one place;</li>
 *   <li>the kinds with options: a submit button {@code abstain=1} to abstain;</li>
 *   <li>open question: {@code text}, a textarea.</li>
 * </ul>
 *
 * <p>{@link #read} tells the server what was asked (see {@link Submitted}): store a position, show a
 * ranking in its new order without storing anything, or store an open answer. Whether the position
 * fits the item (the scale, the maximum, the total of the points) is judged by the domain when the
 * server stores it ({@code PhoneService.answer}), exactly as a typed answer is; this class only
 * refuses a form that is malformed. When the domain refuses, the server renders the form again with
 * the refused position as {@code own} and the sentence as {@code error}, so the phone keeps what was
 * entered and nothing is stored.
 */
public final class AnswerForm {
    /** The id of the error sentence, which the fieldset and the fields refer to. */
    static final String ERROR_ID = "answer-error";
    /** The id of the running total of an allocation. */
    static final String TOTAL_ID = "answer-total";

    private AnswerForm() {
    }

    /**
     * What a submitted answer form asks the server to do.
     *
     * @param action what to do
     * @param position the position to store ({@link Action#STORE_POSITION}), or the ranking in its new
     *                 order to show again ({@link Action#SHOW_ORDER}); null for an open answer
     * @param text the open answer to store ({@link Action#STORE_TEXT}); empty otherwise
     */
    public record Submitted(Action action, Position position, String text) {
        /** What the server does with a submitted form. */
        public enum Action {
            /** Store {@code position} (it may still be refused by the domain's rules). */
            STORE_POSITION,
            /** A ranking's move button: render {@code html(item, Optional.of(position), msg)}, store nothing. */
            SHOW_ORDER,
            /** Store {@code text} as the participant's answer to the open question. */
            STORE_TEXT
        }
    }

    /** The inside of the answer form, with the participant's current answer filled in. */
    public static String html(SessionItem item, Optional<Position> own, Messages msg) {
        return html(item, own, msg, "");
    }

    /**
     * The inside of the answer form with an error sentence (empty: none) shown in it and tied to its
     * fields, and {@code own} filled in (the stored answer, or the one just refused).
     */
    public static String html(SessionItem item, Optional<Position> own, Messages msg, String error) {
        ItemForm form = item.item().form();
        Position filled = own.orElse(null);
        return form.rules().accept(new KindRules.Cases<>() {
            @Override
            public String dilemma(KindRules.Dilemma d) {
                return scale(msg.get("web.answer.legend.dilemma"),
                        List.of(msg.get("item.pole", "A", d.poleA()), msg.get("item.pole", "B", d.poleB())),
                        d.scale(), form, filled, msg, error);
            }

            @Override
            public String statement(KindRules.Statement s) {
                return scale(msg.get("item.statement", s.statement()), List.of(), s.scale(), form, filled, msg, error);
            }

            @Override
            public String choice(KindRules.Choice c) {
                return choices(c, filled, msg, error);
            }

            @Override
            public String allocation(KindRules.Allocation a) {
                return points(a, filled, msg, error);
            }

            @Override
            public String ranking(KindRules.Ranking r) {
                return rankingHtml(r, filled, msg, error);
            }

            @Override
            public String question(KindRules.Question q) {
                return questionHtml(q, msg, error);
            }
        });
    }

    /**
     * The position a form asks to store; throws an invalid-input exception (key web.answer.*) when the
     * form is malformed or asks for something else (a ranking's move, an open answer).
     */
    public static Position parse(SessionItem item, Map<String, List<String>> fields) {
        Submitted submitted = read(item, fields);
        return switch (submitted.action()) {
            case STORE_POSITION -> submitted.position();
            case SHOW_ORDER, STORE_TEXT -> throw BeraadException.invalid("web.answer.malformed");
        };
    }

    /** What a submitted answer form asks for; throws an invalid-input exception when it is malformed. */
    public static Submitted read(SessionItem item, Map<String, List<String>> fields) {
        KindRules rules = item.item().form().rules();
        if (item.item().kind().takesPositions() && one(fields, "abstain").isPresent()) {
            return store(Position.ABSTAIN);
        }
        return rules.accept(new KindRules.Cases<>() {
            @Override
            public Submitted dilemma(KindRules.Dilemma d) {
                return store(step(fields));
            }

            @Override
            public Submitted statement(KindRules.Statement s) {
                return store(step(fields));
            }

            @Override
            public Submitted choice(KindRules.Choice c) {
                List<String> chosen = fields.getOrDefault("option", List.of());
                if (chosen.isEmpty()) {
                    throw BeraadException.invalid("web.answer.option.missing");
                }
                List<Integer> numbers = new ArrayList<>();
                for (String value : chosen) {
                    numbers.add(number(value));
                }
                return store(Position.numbers(numbers));
            }

            @Override
            public Submitted allocation(KindRules.Allocation a) {
                List<Integer> numbers = new ArrayList<>();
                for (int o = 1; o <= a.options().size(); o++) {
                    String value = one(fields, "points-" + o).orElse("").strip();
                    if (value.isEmpty()) {
                        numbers.add(0); // an option left empty gets no points
                    } else if (value.matches("[0-9]{1,6}")) {
                        numbers.add(Integer.parseInt(value));
                    } else {
                        throw BeraadException.invalid("web.answer.points.number", a.options().get(o - 1), value);
                    }
                }
                return store(Position.numbers(numbers));
            }

            @Override
            public Submitted ranking(KindRules.Ranking r) {
                List<Integer> order = order(fields, r.options().size());
                Optional<String> move = one(fields, "move");
                if (move.isEmpty()) {
                    return store(Position.numbers(order));
                }
                return new Submitted(Submitted.Action.SHOW_ORDER, Position.numbers(moved(order, move.get())), "");
            }

            @Override
            public Submitted question(KindRules.Question q) {
                String text = one(fields, "text").orElse("");
                if (text.isBlank()) {
                    throw BeraadException.invalid("web.answer.text.missing");
                }
                return new Submitted(Submitted.Action.STORE_TEXT, null, text);
            }
        });
    }

    private static Submitted store(Position position) {
        return new Submitted(Submitted.Action.STORE_POSITION, position, "");
    }

    /** A field sent once, or not at all; a field sent twice is a form nobody filled in by hand. */
    private static Optional<String> one(Map<String, List<String>> fields, String name) {
        List<String> values = fields.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw BeraadException.invalid("web.answer.malformed");
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static int number(String value) {
        if (!value.matches("[0-9]{1,4}")) {
            throw BeraadException.invalid("web.answer.malformed");
        }
        return Integer.parseInt(value);
    }

    private static Position step(Map<String, List<String>> fields) {
        int step = number(one(fields, "step").orElseThrow(() -> BeraadException.invalid("web.answer.step.missing")));
        return step == 0 ? Position.ABSTAIN : Position.step(step);
    }

    /** The ranking as sent: every option number once, or the form did not come from this page. */
    private static List<Integer> order(Map<String, List<String>> fields, int options) {
        String value = one(fields, "order").orElseThrow(() -> BeraadException.invalid("web.answer.malformed"));
        List<Integer> order = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            order.add(number(part.strip()));
        }
        List<Integer> sorted = new ArrayList<>(order);
        Collections.sort(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i) != i + 1) {
                throw BeraadException.invalid("web.answer.malformed");
            }
        }
        if (order.size() != options) {
            throw BeraadException.invalid("web.answer.malformed");
        }
        return order;
    }

    /** The order after "up-N" or "down-N": option N one place up or down (at the end it stays). */
    private static List<Integer> moved(List<Integer> order, String move) {
        String[] parts = move.split("-", 2);
        if (parts.length != 2 || !(parts[0].equals("up") || parts[0].equals("down"))) {
            throw BeraadException.invalid("web.answer.malformed");
        }
        int at = order.indexOf(number(parts[1]));
        if (at < 0) {
            throw BeraadException.invalid("web.answer.malformed");
        }
        int to = parts[0].equals("up") ? at - 1 : at + 1;
        List<Integer> out = new ArrayList<>(order);
        if (to >= 0 && to < out.size()) {
            Collections.swap(out, at, to);
        }
        return out;
    }

    // ---- the HTML of each kind

    private static String scale(String legend, List<String> poles, Scale scale, ItemForm form, Position filled,
                                Messages msg, String error) {
        ScaleLabels labels = new ScaleLabels(msg, form.kind());
        StringBuilder out = fieldset(legend, error, "scale");
        if (!poles.isEmpty()) {
            out.append("<p class=\"pole\">").append(Html.escape(poles.get(0))).append("</p>\n");
        }
        out.append("<div class=\"choices\">\n");
        List<String> rows = labels.rowLabels(scale);
        for (int step = 1; step <= scale.steps(); step++) {
            out.append(choice("radio", "step", step, rows.get(step - 1), filled != null && filled.step() == step));
        }
        out.append("</div>\n");
        if (poles.size() > 1) {
            out.append("<p class=\"pole\">").append(Html.escape(poles.get(1))).append("</p>\n");
        }
        out.append("<div class=\"choices abstain\">\n")
                .append(choice("radio", "step", 0, msg.get("scale.abstain"), filled != null && filled.isAbstain()))
                .append("</div>\n</fieldset>\n");
        return out.append(buttons(msg, false)).toString();
    }

    private static String choices(KindRules.Choice c, Position filled, Messages msg, String error) {
        StringBuilder out = fieldset(ResponseWords.instruction(msg, c), error, "options");
        out.append(abstaining(filled, msg)).append("<div class=\"choices\">\n");
        String type = c.maxChoices() == 1 ? "radio" : "checkbox";
        for (int o = 1; o <= c.options().size(); o++) {
            boolean on = filled != null && filled.numbers().contains(o);
            out.append(choice(type, "option", o, c.options().get(o - 1), on));
        }
        out.append("</div>\n</fieldset>\n");
        return out.append(buttons(msg, true)).toString();
    }

    private static String points(KindRules.Allocation a, Position filled, Messages msg, String error) {
        StringBuilder out = fieldset(ResponseWords.instruction(msg, a), error, "points");
        out.append(abstaining(filled, msg));
        boolean given = filled != null && filled.numbers().size() == a.options().size();
        long sum = 0;
        String describedBy = TOTAL_ID + (error.isEmpty() ? "" : " " + ERROR_ID);
        for (int o = 1; o <= a.options().size(); o++) {
            String value = given ? String.valueOf(filled.numbers().get(o - 1)) : "";
            sum += given ? filled.numbers().get(o - 1) : 0;
            String id = "answer-points-" + o;
            out.append("<div class=\"points\"><label for=\"").append(id).append("\">")
                    .append(Html.escape(a.options().get(o - 1))).append("</label>")
                    .append("<input type=\"number\" inputmode=\"numeric\" min=\"0\" max=\"").append(a.points())
                    .append("\" step=\"1\" id=\"").append(id).append("\" name=\"points-").append(o)
                    .append("\" value=\"").append(value).append("\" aria-describedby=\"").append(describedBy)
                    .append("\"></div>\n");
        }
        out.append("<p class=\"total\" id=\"").append(TOTAL_ID).append("\" aria-live=\"polite\" data-points=\"")
                .append(a.points()).append("\" data-template=\"").append(Html.escape(msg.get("web.answer.total", "{0}",
                        a.points()))).append("\">")
                .append(Html.escape(msg.get("web.answer.total", sum, a.points()))).append("</p>\n</fieldset>\n");
        return out.append(buttons(msg, true)).toString();
    }

    private static String rankingHtml(KindRules.Ranking r, Position filled, Messages msg, String error) {
        int n = r.options().size();
        List<Integer> order = new ArrayList<>();
        if (filled != null && filled.numbers().size() == n) {
            order.addAll(filled.numbers());
        } else {
            for (int o = 1; o <= n; o++) {
                order.add(o);
            }
        }
        StringBuilder out = fieldset(ResponseWords.instruction(msg, r), error, "ranking");
        out.append(abstaining(filled, msg));
        out.append("<input type=\"hidden\" name=\"order\" value=\"")
                .append(String.join(",", order.stream().map(String::valueOf).toList())).append("\">\n<ol class=\"ranking\">\n");
        for (int place = 0; place < n; place++) {
            int option = order.get(place);
            String text = Html.escape(r.options().get(option - 1));
            out.append("<li><span class=\"option\">").append(text).append("</span><span class=\"moves\">")
                    .append(move("up", option, text, place == 0, msg))
                    .append(move("down", option, text, place == n - 1, msg))
                    .append("</span></li>\n");
        }
        out.append("</ol>\n</fieldset>\n");
        return out.append(buttons(msg, true)).toString();
    }

    private static String move(String way, int option, String escapedText, boolean disabled, Messages msg) {
        // The visible word comes first in the name, so a voice command "omhoog" finds it (WCAG 2.5.3).
        return "<button type=\"submit\" class=\"move\" name=\"move\" value=\"" + way + "-" + option + "\""
                + (disabled ? " disabled" : "") + ">" + Html.escape(msg.get("web.answer." + way))
                + "<span class=\"visually-hidden\"> " + escapedText + "</span></button>";
    }

    private static String questionHtml(KindRules.Question q, Messages msg, String error) {
        StringBuilder out = new StringBuilder();
        out.append("<div class=\"answer question\">\n<label for=\"answer-text\">")
                .append(Html.escape(msg.get("item.question", q.question()))).append("</label>\n");
        out.append(errorLine(error));
        out.append("<textarea id=\"answer-text\" name=\"text\" rows=\"5\" maxlength=\"").append(Argument.MAX_LENGTH)
                .append('"').append(error.isEmpty() ? "" : " aria-describedby=\"" + ERROR_ID + "\" aria-invalid=\"true\"")
                .append("></textarea>\n</div>\n");
        return out.append("<div class=\"actions\"><button type=\"submit\" class=\"primary\">")
                .append(Html.escape(msg.get("web.answer.send"))).append("</button></div>\n").toString();
    }

    private static StringBuilder fieldset(String legend, String error, String kindClass) {
        StringBuilder out = new StringBuilder();
        out.append("<fieldset class=\"answer ").append(kindClass).append('"')
                .append(error.isEmpty() ? "" : " aria-describedby=\"" + ERROR_ID + "\"").append(">\n<legend>")
                .append(Html.escape(legend)).append("</legend>\n").append(errorLine(error));
        return out;
    }

    private static String errorLine(String error) {
        return error.isEmpty() ? ""
                : "<p class=\"error\" id=\"" + ERROR_ID + "\" role=\"alert\">" + Html.escape(error) + "</p>\n";
    }

    /** On the kinds with options abstaining is a button, so a stored abstention is said in words. */
    private static String abstaining(Position filled, Messages msg) {
        return filled != null && filled.isAbstain()
                ? "<p class=\"note\">" + Html.escape(msg.get("web.answer.abstaining")) + "</p>\n" : "";
    }

    private static String choice(String type, String name, int value, String label, boolean checked) {
        String id = "answer-" + name + "-" + value;
        // The whole row is the label, so the target is the row (44 px high), not the small round button.
        return "<label class=\"choice\" for=\"" + id + "\"><input type=\"" + type + "\" name=\"" + name
                + "\" value=\"" + value + "\" id=\"" + id + "\"" + (checked ? " checked" : "") + "><span>"
                + Html.escape(label) + "</span></label>\n";
    }

    private static String buttons(Messages msg, boolean abstainButton) {
        StringBuilder out = new StringBuilder("<div class=\"actions\"><button type=\"submit\" class=\"primary\">")
                .append(Html.escape(msg.get("web.answer.submit"))).append("</button>");
        if (abstainButton) {
            out.append("<button type=\"submit\" name=\"abstain\" value=\"1\">")
                    .append(Html.escape(msg.get("web.answer.abstain"))).append("</button>");
        }
        return out.append("</div>\n").toString();
    }
}
