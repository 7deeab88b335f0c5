package nl.beraad.ui.line;

import java.util.List;
import java.util.Map;
import nl.beraad.domain.Participant;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.LineReader;
import org.jline.reader.impl.CompletionMatcherImpl;

/**
 * Tab completion that matches what was typed as the start of a candidate the way names are compared
 * ({@link Participant#matchKey}): case and accents do not count, so "jose" completes to "José Öztürk".
 * JLine's own matchers also accept typos and letters out of order, so "stem an" could complete to
 * "Noël": a vote for the wrong person. Here only a true prefix matches.
 */
final class FoldingCompletionMatcher extends CompletionMatcherImpl {
    @Override
    protected void defaultMatchers(Map<LineReader.Option, Boolean> options, boolean prefix, CompletingParsedLine line,
                                   boolean caseInsensitive, int errors, String originalGroupName) {
        String typed = line.word().substring(0, line.wordCursor());
        String key = Participant.matchKey(typed);
        exact = candidate -> candidate.equals(typed);
        matchers = List.of(simpleMatcher(candidate -> Participant.matchKey(candidate).startsWith(key)));
    }
}
