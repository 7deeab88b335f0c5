package nl.beraad.report;

import nl.beraad.domain.ItemForm;
import nl.beraad.text.Messages;

/** The part of an item that members respond to, in Markdown: the report and the comparison both show it. */
final class ItemPrompt {
    private ItemPrompt() {
    }

    /**
     * What members responded to: the poles, the statement or the question, and with
     * {@code withOptions} the numbered options of a keuze, verdeling or rangorde.
     */
    static void appendTo(StringBuilder md, Messages msg, ItemForm form, boolean withOptions) {
        switch (form.kind()) {
            case DILEMMA -> {
                md.append("- **").append(msg.get("report.pole", "A")).append("** ")
                        .append(MarkdownText.inline(form.poleA())).append('\n');
                md.append("- **").append(msg.get("report.pole", "B")).append("** ")
                        .append(MarkdownText.inline(form.poleB())).append("\n\n");
            }
            case STATEMENT -> md.append("**").append(msg.get("report.statement")).append("** ")
                    .append(MarkdownText.inline(form.prompt())).append("\n\n");
            case QUESTION -> md.append("**").append(msg.get("report.question")).append("** ")
                    .append(MarkdownText.inline(form.prompt())).append("\n\n");
            case CHOICE, ALLOCATION, RANKING -> {
                if (!withOptions) {
                    return; // a comparison names the options in its table rows
                }
                md.append("**").append(msg.get("report.options")).append("**\n\n");
                for (int i = 0; i < form.options().size(); i++) {
                    md.append(i + 1).append(". ").append(MarkdownText.inline(form.options().get(i))).append('\n');
                }
                md.append('\n').append(switch (form.kind()) {
                    case CHOICE -> form.maxChoices() == 1 ? msg.get("item.choose.one")
                            : msg.get("item.choose.max", form.maxChoices());
                    case ALLOCATION -> msg.get("item.allocate", form.points());
                    default -> msg.get("item.rank");
                }).append("\n\n");
            }
            default -> throw new IllegalStateException("unhandled kind " + form.kind());
        }
    }
}
