package nl.beraad.report;

import nl.beraad.domain.ItemForm;
import nl.beraad.domain.KindRules;
import nl.beraad.text.Messages;
import nl.beraad.text.ResponseWords;

/** The part of an item that members respond to, in Markdown: the report and the comparison both show it. */
final class ItemPrompt {
    private ItemPrompt() {
    }

    /**
     * What members responded to: the poles, the statement or the question, and with
     * {@code withOptions} the numbered options of a keuze, verdeling or rangorde.
     */
    static void appendTo(StringBuilder md, Messages msg, ItemForm form, boolean withOptions) {
        form.rules().accept(new KindRules.FormCases<Void>() {
            @Override
            public Void dilemma(KindRules.Dilemma d) {
                md.append("- **").append(msg.get("report.pole", "A")).append("** ")
                        .append(MarkdownText.inline(d.poleA())).append('\n');
                md.append("- **").append(msg.get("report.pole", "B")).append("** ")
                        .append(MarkdownText.inline(d.poleB())).append("\n\n");
                return null;
            }

            @Override
            public Void statement(KindRules.Statement s) {
                return prompt("report.statement", s.statement());
            }

            @Override
            public Void question(KindRules.Question q) {
                return prompt("report.question", q.question());
            }

            private Void prompt(String labelKey, String text) {
                md.append("**").append(msg.get(labelKey)).append("** ")
                        .append(MarkdownText.inline(text)).append("\n\n");
                return null;
            }

            @Override
            public Void options(KindRules.WithOptions rules) {
                if (!withOptions) {
                    return null; // a comparison names the options in its table rows
                }
                md.append("**").append(msg.get("report.options")).append("**\n\n");
                for (int i = 0; i < rules.options().size(); i++) {
                    md.append(i + 1).append(". ").append(MarkdownText.inline(rules.options().get(i))).append('\n');
                }
                md.append('\n').append(ResponseWords.instruction(msg, rules)).append("\n\n");
                return null;
            }
        });
    }
}
