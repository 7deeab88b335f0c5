package nl.beraad.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Conclusion;
import nl.beraad.domain.Item;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.KindRules;
import nl.beraad.domain.OptionTotals;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionRecord;
import nl.beraad.domain.Tally;
import nl.beraad.text.Messages;
import nl.beraad.text.ScaleLabels;

/** Two sessions on the same dilemma set side by side in Markdown, per item: results, agreement, conclusions. */
public final class ComparisonReport {
    /** What a cell shows where a session has nothing to show (no result, no median). */
    private static final String NOTHING = "–";

    private final Messages msg;
    private final ZoneId zone;
    private final String version;
    /** Per session, its names as an anonymous report shows them (made once: finding names compiles a pattern). */
    private final Map<SessionId, ReportNames> names = new HashMap<>();

    public ComparisonReport(Messages msg, ZoneId zone, String version) {
        this.msg = msg;
        this.zone = zone;
        this.version = version;
    }

    /**
     * The comparison of session {@code a} (left column) with session {@code b} (right column).
     * Refuses, with one sentence, two sessions that are not on the same items of the same set.
     * Only revealed rounds are shown, and no participant's name: the comparison is about the groups.
     */
    public String render(SessionRecord a, SessionRecord b, Instant generatedAt) {
        Map<String, SessionItem> itemsOfB = matchedItems(a, b);
        String[] labels = labels(a, b);
        StringBuilder md = new StringBuilder(4096);
        md.append("# ").append(msg.get("compare.title", MarkdownText.inline(names(a).text(a.session().title())),
                MarkdownText.inline(names(b).text(b.session().title())))).append("\n\n");
        meta(md, a, b, labels);
        for (SessionItem itemA : a.items()) {
            item(md, a, itemA, b, itemsOfB.get(itemA.item().key()), labels);
        }
        md.append("---\n\n").append(MarkdownText.paragraph(msg.get("compare.footer", version, dateTime(generatedAt))))
                .append('\n');
        return md.toString();
    }

    /** B's items by key, after checking that both sessions hold the same items of the same set. */
    private static Map<String, SessionItem> matchedItems(SessionRecord a, SessionRecord b) {
        Session sa = a.session();
        Session sb = b.session();
        if (sa.id().equals(sb.id())) {
            throw BeraadException.invalid("compare.same", sa.id());
        }
        if (!sa.setId().equals(sb.setId())) {
            throw BeraadException.invalid("compare.set.differs", sa.id(), sa.setId(), sb.id(), sb.setId());
        }
        Map<String, SessionItem> ofB = new LinkedHashMap<>();
        b.items().forEach(i -> ofB.put(i.item().key(), i));
        Map<String, SessionItem> ofA = new HashMap<>();
        a.items().forEach(i -> ofA.put(i.item().key(), i));
        if (!ofA.keySet().equals(ofB.keySet())) {
            throw BeraadException.invalid("compare.items.differ", sa.id(), sb.id());
        }
        for (SessionItem itemA : a.items()) {
            // The rows of a table are the steps or options: if the set file changed them between
            // the meetings, the two columns would count different things.
            ItemForm fa = itemA.item().form();
            ItemForm fb = ofB.get(itemA.item().key()).item().form();
            if (fa.kind() != fb.kind() || !Objects.equals(fa.scale(), fb.scale())
                    || !fa.options().equals(fb.options())) {
                throw BeraadException.invalid("compare.item.differs", itemA.item().key(), sa.id(), sb.id());
            }
        }
        return ofB;
    }

    /** Column headings: the body that met, or the session number; numbered when both would read the same. */
    private String[] labels(SessionRecord a, SessionRecord b) {
        String la = label(a);
        String lb = label(b);
        if (la.equalsIgnoreCase(lb)) {
            la = msg.get("compare.label.numbered", la, a.session().id());
            lb = msg.get("compare.label.numbered", lb, b.session().id());
        }
        return new String[] {MarkdownText.inline(la), MarkdownText.inline(lb)};
    }

    private String label(SessionRecord r) {
        String body = names(r).text(r.session().details().body());
        return body.isEmpty() ? msg.get("compare.session", r.session().id()) : body;
    }

    private void meta(StringBuilder md, SessionRecord a, SessionRecord b, String[] labels) {
        Session sa = a.session();
        Session sb = b.session();
        header(md, msg.get("report.meta.meeting"), labels, false);
        row(md, msg.get("compare.meta.session"), sa.id() + ": " + MarkdownText.inline(names(a).text(sa.title())),
                sb.id() + ": " + MarkdownText.inline(names(b).text(sb.title())));
        row(md, msg.get("compare.meta.body"), orNothing(names(a).text(sa.details().body())),
                orNothing(names(b).text(sb.details().body())));
        row(md, msg.get("compare.meta.date"), dateTime(sa.createdAt()), dateTime(sb.createdAt()));
        // Both sessions have the same items (checked), and the report words the status the same way.
        row(md, msg.get("compare.meta.status"), MarkdownReport.status(msg, sa, a.items().size()),
                MarkdownReport.status(msg, sb, b.items().size()));
        md.append('\n');
        md.append("**").append(msg.get("compare.set")).append("** ").append(MarkdownText.inline(sa.setTitle()))
                .append("\n\n");
        md.append(MarkdownText.paragraph(msg.get("compare.method"))).append("\n\n");
    }

    private static String orNothing(String text) {
        return text.isEmpty() ? NOTHING : MarkdownText.inline(text);
    }

    private void item(StringBuilder md, SessionRecord a, SessionItem itemA, SessionRecord b, SessionItem itemB,
                      String[] labels) {
        Item item = itemA.item();
        md.append("## ").append(itemA.number()).append(". ").append(MarkdownText.inline(item.title())).append("\n\n");
        ItemPrompt.appendTo(md, msg, item.form(), false);
        item.form().rules().accept(new KindRules.FormCases<Void>() {
            @Override
            public Void dilemma(KindRules.Dilemma d) {
                return scaled();
            }

            @Override
            public Void statement(KindRules.Statement s) {
                return scaled();
            }

            @Override
            public Void question(KindRules.Question q) {
                header(md, "", labels, true);
                row(md, msg.get("compare.answers"), String.valueOf(a.arguments(itemA.number()).size()),
                        String.valueOf(b.arguments(itemB.number()).size()));
                md.append('\n');
                return null;
            }

            private Void scaled() {
                ComparisonReport.this.scaled(md, a, itemA, b, itemB, labels);
                return null;
            }

            @Override
            public Void options(KindRules.WithOptions rules) {
                ComparisonReport.this.options(rules, md, a, itemA, b, itemB, labels);
                return null;
            }
        });
        md.append("### ").append(msg.get("compare.conclusions")).append("\n\n");
        conclusion(md, labels[0], a.conclusion(itemA.number()), names(a));
        conclusion(md, labels[1], b.conclusion(itemB.number()), names(b));
    }

    /** The round a column shows: the last revealed one; 0 when none is, and then the column stays empty. */
    private static int shownRound(SessionItem item) {
        return item.revealedRound();
    }

    private String roundCell(SessionRecord r, SessionItem item) {
        int round = shownRound(item);
        if (round > 0) {
            return String.valueOf(round);
        }
        return r.roundsVoted(item.number()) == 0 ? msg.get("compare.round.none") : msg.get("compare.round.hidden");
    }

    private void scaled(StringBuilder md, SessionRecord a, SessionItem itemA, SessionRecord b, SessionItem itemB,
                        String[] labels) {
        ItemKind kind = itemA.item().kind();
        ScaleLabels scaleLabels = new ScaleLabels(msg, kind);
        Optional<Tally> ta = shownRound(itemA) == 0 ? Optional.empty()
                : Optional.of(a.tally(itemA.number(), shownRound(itemA)));
        Optional<Tally> tb = shownRound(itemB) == 0 ? Optional.empty()
                : Optional.of(b.tally(itemB.number(), shownRound(itemB)));
        header(md, msg.get("compare.position"), labels, true);
        row(md, msg.get("compare.round"), roundCell(a, itemA), roundCell(b, itemB));
        if (ta.isEmpty() && tb.isEmpty()) {
            // Neither session has a result to show: the round row says why, rows of dashes would add nothing.
            md.append('\n');
            return;
        }
        List<String> rows = scaleLabels.rowLabels(itemA.item().form().scale());
        for (int step = 1; step <= rows.size(); step++) {
            int s = step;
            row(md, MarkdownText.inline(rows.get(step - 1)), cell(ta, t -> count(t.count(s), t.total())),
                    cell(tb, t -> count(t.count(s), t.total())));
        }
        row(md, MarkdownText.inline(msg.get("scale.abstain")), cell(ta, t -> count(t.abstentions(), t.total())),
                cell(tb, t -> count(t.abstentions(), t.total())));
        Function<Tally, String> median = t -> t.median().isEmpty() ? NOTHING
                : MarkdownText.inline(scaleLabels.median(t.scale(), t.median().getAsDouble()));
        row(md, msg.get("compare.median"), cell(ta, median), cell(tb, median));
        Function<Tally, String> agreement = t -> t.agreement()
                .map(ag -> MarkdownText.inline(scaleLabels.agreementValue(ag))).orElse(NOTHING);
        row(md, msg.get("compare.agreement"), cell(ta, agreement), cell(tb, agreement));
        md.append('\n');
    }

    private void options(KindRules.WithOptions rules, StringBuilder md, SessionRecord a, SessionItem itemA,
                         SessionRecord b, SessionItem itemB, String[] labels) {
        ItemForm form = itemA.item().form();
        Optional<OptionTotals> ta = shownRound(itemA) == 0 ? Optional.empty()
                : Optional.of(a.optionTotals(itemA.number(), shownRound(itemA)));
        Optional<OptionTotals> tb = shownRound(itemB) == 0 ? Optional.empty()
                : Optional.of(b.optionTotals(itemB.number(), shownRound(itemB)));
        header(md, msg.get("compare.option"), labels, true);
        row(md, msg.get("compare.round"), roundCell(a, itemA), roundCell(b, itemB));
        if (ta.isEmpty() && tb.isEmpty()) {
            // Neither session has a result to show: the round row says why, rows of dashes would add nothing.
            md.append('\n');
            return;
        }
        for (int o = 1; o <= form.options().size(); o++) {
            int option = o;
            Function<OptionTotals, String> value = rules.accept(new KindRules.OptionCases<>() {
                @Override
                public Function<OptionTotals, String> choice(KindRules.Choice c) {
                    return t -> count(t.total(option), t.total());
                }

                @Override
                public Function<OptionTotals, String> allocation(KindRules.Allocation al) {
                    return t -> msg.get("compare.cell.points", t.total(option), Math.round(100 * t.share(option)));
                }

                @Override
                public Function<OptionTotals, String> ranking(KindRules.Ranking r) {
                    return t -> t.responders() == 0 ? NOTHING : msg.get("compare.cell.place",
                            place(t, option), t.total(option));
                }
            });
            row(md, o + " " + MarkdownText.inline(form.options().get(o - 1)), cell(ta, value), cell(tb, value));
        }
        row(md, MarkdownText.inline(msg.get("scale.abstain")), cell(ta, t -> count(t.abstentions(), t.total())),
                cell(tb, t -> count(t.abstentions(), t.total())));
        md.append('\n');
    }

    private static int place(OptionTotals totals, int option) {
        return totals.order().stream().filter(p -> p.option() == option).findFirst().orElseThrow().rank();
    }

    private static <T> String cell(Optional<T> result, Function<T, String> value) {
        return result.map(value).orElse(NOTHING);
    }

    /** "3 (30%)": a count and its share of all responses in the round, abstentions included. */
    private String count(long n, long of) {
        return of == 0 ? String.valueOf(n) : msg.get("compare.cell.count", n, Math.round(100.0 * n / of));
    }

    /**
     * The comparison is about the groups and says it names no participant: a name typed in a title,
     * body or conclusion is replaced as in an anonymous report.
     */
    private ReportNames names(SessionRecord r) {
        return names.computeIfAbsent(r.session().id(), id -> ReportNames.of(r, true, msg));
    }

    private void conclusion(StringBuilder md, String label, Optional<Conclusion> conclusion, ReportNames names) {
        md.append("**").append(label).append(":** ")
                .append(conclusion.filter(c -> !c.text().isEmpty()).map(c -> MarkdownText.paragraph(names.text(c.text())))
                        .orElse("*" + msg.get("compare.no.conclusion") + "*"))
                .append("\n\n");
    }

    /** A table heading: a first column and one column per session, counts aligned to the right. */
    private static void header(StringBuilder md, String first, String[] labels, boolean numbers) {
        md.append("| ").append(first).append(" | ").append(labels[0]).append(" | ").append(labels[1]).append(" |\n")
                .append(numbers ? "|---|---:|---:|\n" : "|---|---|---|\n");
    }

    private static void row(StringBuilder md, String first, String a, String b) {
        md.append("| ").append(first).append(" | ").append(a).append(" | ").append(b).append(" |\n");
    }

    private String dateTime(Instant instant) {
        return MarkdownReport.dateTime(msg, zone, instant);
    }
}
