package nl.beraad.ui.line;

import java.util.List;
import java.util.function.Supplier;
import nl.beraad.domain.Participant;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** Tab completion: command words first, then participant names (or a side) where a command takes one. */
final class CommandCompleter implements Completer {
    private final String language;
    private final Supplier<List<Participant>> participants;

    CommandCompleter(String language, Supplier<List<Participant>> participants) {
        this.language = language;
        this.participants = participants;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line.wordIndex() == 0) {
            for (Command c : Command.values()) {
                candidates.add(new Candidate(c.word(language)));
            }
            return;
        }
        Command command = Command.find(line.words().get(0)).orElse(null);
        if (command == null) {
            return;
        }
        switch (command.completion()) {
            case COMMAND -> {
                if (line.wordIndex() == 1) {
                    for (Command c : Command.values()) {
                        candidates.add(new Candidate(c.word(language)));
                    }
                }
            }
            case NAME -> {
                if (line.wordIndex() == 1) {
                    names(candidates, "");
                }
            }
            case SIDE_NAME -> {
                if (line.wordIndex() == 1) {
                    for (String side : List.of("A", "B", "N")) {
                        candidates.add(new Candidate(side));
                    }
                } else if (line.wordIndex() == 2) {
                    names(candidates, ":");
                }
            }
            default -> {
            }
        }
    }

    private void names(List<Candidate> candidates, String suffix) {
        for (Participant p : participants.get()) {
            candidates.add(new Candidate(p.name() + suffix, p.name(), null, null, null, null, true));
        }
    }
}
