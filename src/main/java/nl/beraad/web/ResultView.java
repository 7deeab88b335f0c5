package nl.beraad.web;

import nl.beraad.domain.SessionRecord;
import nl.beraad.text.Messages;
import nl.beraad.text.ResultText;

/** PLACEHOLDER until helper "forms" lands the real result view: the tally sentence and bars as text. */
public final class ResultView {
    private ResultView() {
    }

    /** The revealed round's bars and tally sentence. */
    public static String html(SessionRecord record, int itemNo, Messages msg) {
        int round = record.item(itemNo).revealedRound();
        ResultText.Lines lines = new ResultText(msg).of(record, itemNo, round, msg.get("scale.abstain"), 20);
        StringBuilder out = new StringBuilder("<p>").append(Html.escape(lines.sentence())).append("</p><pre>");
        lines.bars().forEach(b -> out.append(Html.escape(b)).append('\n'));
        return out.append("</pre>").toString();
    }
}
