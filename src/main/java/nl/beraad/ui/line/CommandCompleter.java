package nl.beraad.ui.line;

import java.util.List;
import java.util.function.Supplier;
import nl.beraad.domain.Participant;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** Tab completion: command words first, then what each command takes (a name, a side, a word of its own). */
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
            commands(candidates);
            return;
        }
        Command command = Command.find(line.words().get(0)).orElse(null);
        if (command == null) {
            return;
        }
        int index = line.wordIndex();
        switch (command.completion()) {
            case NONE -> {
            }
            case COMMAND -> {
                if (index == 1) {
                    commands(candidates);
                }
            }
            case NAME -> {
                if (index == 1) {
                    names(candidates, "");
                }
            }
            case NAME_COLON -> {
                if (index == 1) {
                    names(candidates, ":");
                }
            }
            case SIDE_NAME -> {
                if (index == 1) {
                    words(candidates, List.of("A", "B", "N"));
                } else if (index == 2) {
                    names(candidates, ":");
                }
            }
            case SPEAKER -> {
                if (index == 1) {
                    words(candidates, DiscussionCommands.speakerWords(language));
                    names(candidates, "");
                } else if (index == 2 && Command.isWord(line.words().get(1), DiscussionCommands.SPEAKER_REMOVE)) {
                    names(candidates, "");
                }
            }
            case TIMER -> {
                if (index == 1) {
                    words(candidates, DiscussionCommands.timerWords(language));
                }
            }
            case DETAILS -> {
                if (index == 1) {
                    words(candidates, DetailField.words(language));
                }
            }
            case YES -> {
                if (index == 1) {
                    words(candidates, List.of(Command.text(CorrectionCommands.YES, language)));
                }
            }
            case HANDS_NAME -> {
                if (index == 1) {
                    words(candidates, List.of(Command.HANDS.word(language)));
                    names(candidates, "");
                }
            }
            case PHONES -> {
                if (index == 1) {
                    words(candidates, PhoneCommands.phoneWords(language));
                }
            }
            case ANONYMOUS -> {
                if (index == 1) {
                    words(candidates, PhoneCommands.openWords(language));
                }
            }
            case ON_OFF -> {
                if (index == 1) {
                    words(candidates, SessionCommands.onOffWords(language));
                }
            }
        }
    }

    private void commands(List<Candidate> candidates) {
        for (Command c : Command.values()) {
            candidates.add(new Candidate(c.word(language)));
        }
    }

    private static void words(List<Candidate> candidates, List<String> words) {
        for (String word : words) {
            candidates.add(new Candidate(word));
        }
    }

    private void names(List<Candidate> candidates, String suffix) {
        for (Participant p : participants.get()) {
            candidates.add(new Candidate(p.name() + suffix, p.name(), null, null, null, null, true));
        }
    }
}
