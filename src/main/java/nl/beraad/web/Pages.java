package nl.beraad.web;

import java.util.List;
import java.util.Optional;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.Participant;
import nl.beraad.domain.Position;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.Side;
import nl.beraad.text.AnswerSheet;
import nl.beraad.text.Messages;
import nl.beraad.text.SideKeys;

/**
 * The vote page's HTML: plain forms that work without JavaScript, every text escaped, nothing loaded
 * from elsewhere, no inline script or style (the Content-Security-Policy forbids both).
 */
final class Pages {
    /**
     * Whether a page follows the meeting: live with JavaScript; without it by the "Vernieuwen" link. Never a
     * timed reload: it would move a screen reader's reading position back to the top every few seconds,
     * which WCAG 2.2.1 forbids (axe-core's meta-refresh rule, critical, in the browser test).
     */
    enum Live {
        /** A page for someone not joined: nothing to follow. */
        NONE,
        /** A page of the meeting: live with JavaScript, else the "Vernieuwen" link. */
        STREAM
    }

    /** What the item page shows one phone: all of it is this phone's own or the item's public text. */
    record ItemView(AnswerSheet sheet, String csrf, boolean answering, Optional<Position> own, boolean saved,
                    String resultHtml, String notice, String problem, String ownName) {
    }

    private final Messages msg;

    Pages(Messages msg) {
        this.msg = msg;
    }

    private String t(String key, Object... args) {
        return Html.escape(msg.get(key, args));
    }

    String page(String title, String main, Live live) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(msg.language()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append(" · Beraad</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/app.css\">\n")
                .append("<script src=\"/app.js\" defer></script>\n");
        out.append("</head>\n<body>\n<main id=\"main\"");
        if (live != Live.NONE) {
            out.append(" data-events=\"/events\" data-stale=\"").append(t("web.stale")).append('"');
        }
        out.append(">\n").append(main).append("\n</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private String problem(String problem) {
        return problem == null ? "" : "<p class=\"problem\" role=\"alert\">" + Html.escape(problem) + "</p>\n";
    }

    private String notice(String notice) {
        return notice == null ? "" : "<p class=\"notice\" role=\"status\">" + Html.escape(notice) + "</p>\n";
    }

    private String refreshLink(String href) {
        return "<p><a class=\"refresh\" href=\"" + href + "\">" + t("web.refresh") + "</a></p>\n";
    }

    /** One sentence on a page of its own: an error, a finished session. */
    String message(String heading, String sentence, Live live) {
        return page(heading, "<h1>" + Html.escape(heading) + "</h1>\n" + problem(sentence) + refreshLink("/"), live);
    }

    /** The join form: the code from the facilitator's screen, and a one-time value against replays. */
    String join(String nonce, String problem) {
        String main = "<h1>" + t("web.join.heading") + "</h1>\n" + problem(problem)
                + "<form method=\"post\" action=\"/join\">\n"
                + "<input type=\"hidden\" name=\"nonce\" value=\"" + Html.escape(nonce) + "\">\n"
                + "<p>" + t("web.join.intro") + "</p>\n"
                + "<p><label for=\"code\">" + t("web.join.code") + "</label>\n"
                + "<input id=\"code\" name=\"code\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\""
                + " maxlength=\"6\" pattern=\"[0-9]{6}\" required></p>\n"
                + "<p><button type=\"submit\">" + t("web.join.submit") + "</button></p>\n</form>\n";
        return page(msg.get("web.join.heading"), main, Live.NONE);
    }

    /** The name choice: the members still free, or in an anonymous session no names at all. */
    String names(String csrf, List<Participant> choosable, boolean anonymous, String problem) {
        StringBuilder main = new StringBuilder("<h1>").append(t("web.name.heading")).append("</h1>\n")
                .append(problem(problem));
        if (anonymous) {
            main.append("<form method=\"post\" action=\"/name\">\n").append(csrfField(csrf))
                    .append("<p>").append(t("web.name.anonymous")).append("</p>\n")
                    .append("<p><button type=\"submit\">").append(t("web.name.anonymous.submit"))
                    .append("</button></p>\n</form>\n");
        } else if (choosable.isEmpty()) {
            main.append("<p>").append(t("web.name.none")).append("</p>\n").append(refreshLink("/"));
        } else {
            main.append("<form method=\"post\" action=\"/name\">\n").append(csrfField(csrf))
                    .append("<fieldset>\n<legend>").append(t("web.name.intro")).append("</legend>\n");
            for (Participant p : choosable) {
                String id = "p" + p.id();
                main.append("<p><input type=\"radio\" name=\"participant\" id=\"").append(id).append("\" value=\"")
                        .append(p.id()).append("\" required> <label for=\"").append(id).append("\">")
                        .append(Html.escape(p.name())).append("</label></p>\n");
            }
            main.append("</fieldset>\n<p><button type=\"submit\">").append(t("web.name.submit"))
                    .append("</button></p>\n</form>\n").append(refreshLink("/"));
        }
        return page(msg.get("web.name.heading"), main.toString(), Live.STREAM);
    }

    private static String csrfField(String csrf) {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + Html.escape(csrf) + "\">\n";
    }

    /** The item on the table as one phone sees it: its text, then the form, the waiting sentence or the result. */
    String item(ItemView v) {
        AnswerSheet sheet = v.sheet();
        SessionItem item = sheet.item();
        StringBuilder main = new StringBuilder();
        main.append("<p class=\"progress\">").append(t("web.item.of", item.number(), sheet.itemCount())).append("</p>\n")
                .append("<h1>").append(Html.escape(item.item().title())).append("</h1>\n");
        if (v.ownName() != null) {
            main.append("<p class=\"you\">").append(t("web.you", v.ownName())).append("</p>\n");
        }
        // A refused answer is said inside the form, tied to its fields; any other problem at the top.
        boolean formShown = v.resultHtml() == null && v.answering();
        main.append(notice(v.notice())).append(formShown ? "" : problem(v.problem()));
        for (String paragraph : item.item().context().split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                main.append("<p>").append(Html.escape(paragraph.strip())).append("</p>\n");
            }
        }
        // The form names the poles, the statement and the options itself, each with its field.
        main.append(formShown ? "" : describe(sheet));
        if (v.resultHtml() != null) {
            main.append("<section class=\"result\">\n<h2>").append(t("web.item.revealed")).append("</h2>\n")
                    .append(v.resultHtml()).append("\n</section>\n");
        } else if (v.answering()) {
            if (v.saved()) {
                main.append("<p class=\"saved\" role=\"status\">").append(t("web.answer.saved")).append("</p>\n");
            }
            main.append("<form method=\"post\" action=\"/answer\">\n").append(csrfField(v.csrf()))
                    .append("<input type=\"hidden\" name=\"item\" value=\"").append(item.number()).append("\">\n")
                    .append(AnswerForm.html(item, v.own(), msg, v.problem() == null ? "" : v.problem()))
                    .append("</form>\n");
        } else {
            main.append("<p class=\"waiting\">").append(t("web.item.waiting")).append("</p>\n");
        }
        main.append("<p><a href=\"/argument\">").append(t("web.argument.link")).append("</a></p>\n")
                .append(refreshLink("/"));
        return page(item.item().title(), main.toString(), Live.STREAM);
    }

    /**
     * What members respond to, in the words every way in uses (the shared answer sheet): the poles, the
     * statement or question, and the options (while no form shows them).
     */
    private String describe(AnswerSheet sheet) {
        StringBuilder out = new StringBuilder();
        for (String pole : sheet.poles()) {
            out.append("<p class=\"pole\">").append(Html.escape(pole)).append("</p>\n");
        }
        if (!sheet.prompt().isEmpty()) {
            out.append("<p class=\"prompt\"><strong>").append(Html.escape(sheet.prompt())).append("</strong></p>\n");
        }
        if (!sheet.options().isEmpty()) {
            out.append(options(sheet.options()));
        }
        return out.toString();
    }

    /** A side in the member's terms: on a dilemma with its pole's own words. */
    private String sideLabel(ItemForm form, Side side) {
        String label = t(SideKeys.key("side.", form.kind(), side));
        return switch (side) {
            case A -> form.kind() == ItemKind.DILEMMA ? label + ": " + Html.escape(form.poleA()) : label;
            case B -> form.kind() == ItemKind.DILEMMA ? label + ": " + Html.escape(form.poleB()) : label;
            case NONE -> label;
        };
    }

    private static String options(List<String> options) {
        StringBuilder out = new StringBuilder("<ol class=\"options\">\n");
        options.forEach(o -> out.append("<li>").append(Html.escape(o)).append("</li>\n"));
        return out.append("</ol>\n").toString();
    }

    /** The form for an argument about the item on the table: its text, its side, and without a name when allowed. */
    String argument(SessionItem item, String csrf, boolean anonymousAllowed, String notice, String problem) {
        ItemKind kind = item.item().kind();
        StringBuilder main = new StringBuilder("<h1>").append(t("web.argument.heading")).append("</h1>\n")
                .append("<p>").append(Html.escape(item.item().title())).append("</p>\n")
                .append(notice(notice)).append(problem(problem))
                .append("<form method=\"post\" action=\"/argument\">\n").append(csrfField(csrf))
                .append("<input type=\"hidden\" name=\"item\" value=\"").append(item.number()).append("\">\n")
                .append("<p><label for=\"text\">").append(t("web.argument.text")).append("</label>\n")
                .append("<textarea id=\"text\" name=\"text\" rows=\"4\" maxlength=\"500\" required></textarea></p>\n");
        if (kind.isScaled()) {
            main.append("<fieldset>\n<legend>").append(t("web.argument.side")).append("</legend>\n");
            for (Side side : kind.sideOrder()) {
                String value = side.name().toLowerCase(java.util.Locale.ROOT);
                main.append("<p><input type=\"radio\" name=\"side\" id=\"side-").append(value).append("\" value=\"")
                        .append(value).append('"').append(side == Side.NONE ? " checked" : "").append("> <label for=\"side-")
                        .append(value).append("\">").append(sideLabel(item.item().form(), side)).append("</label></p>\n");
            }
            main.append("</fieldset>\n");
        }
        if (anonymousAllowed) {
            main.append("<p><input type=\"checkbox\" name=\"anonymous\" id=\"anonymous\" value=\"1\"> <label for=\"anonymous\">")
                    .append(t("web.argument.anonymous")).append("</label></p>\n");
        }
        main.append("<p><button type=\"submit\">").append(t("web.argument.submit")).append("</button></p>\n</form>\n")
                .append("<p><a href=\"/\">").append(t("web.argument.back")).append("</a></p>\n");
        return page(msg.get("web.argument.heading"), main.toString(), Live.STREAM);
    }
}
