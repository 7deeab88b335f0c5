package nl.beraad.ui.line;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.beraad.text.Messages;

/**
 * The table of line mode's commands: for each its words, what follows it (for tab completion), and
 * the handler that carries it out. Help, completion and the interpreter all read this one table, so
 * a command can never be listed but not handled, or handled but not listed; a new command is one
 * constant here, its handler, and its texts (word, usage, help) in both message files.
 * Each command has a Dutch and an English word (key {@code cmd.<name>.word}) and both are always
 * understood, so a facilitator can use either whatever the UI language.
 */
enum Command {
    HELP(Completion.COMMAND, go(SessionCommands::help), "?", "hulp"),
    PARTICIPANT(Completion.NONE, go(PeopleCommands::add)),
    PARTICIPANTS(Completion.NONE, go(PeopleCommands::list)),
    SHOW(Completion.NONE, go(SessionCommands::show), "begin", "start"),
    VOTE(Completion.NAME, go(VotingCommands::vote)),
    IN_TURN(Completion.NONE, go(VotingCommands::inTurn)),
    REVEAL(Completion.NONE, go(VotingCommands::reveal)),
    RESULT(Completion.NONE, go(VotingCommands::result)),
    SECOND_ROUND(Completion.NONE, go(VotingCommands::secondRound)),
    ARGUMENT(Completion.SIDE_NAME, go(DiscussionCommands::argument), "arg"),
    ANSWER(Completion.NONE, go(DiscussionCommands::answer)),
    ARGUMENTS(Completion.NONE, go(DiscussionCommands::arguments), "antwoorden", "answers"),
    CONCLUSION(Completion.NONE, go(ConclusionCommands::conclusion), "advies", "advice"),
    NEXT(Completion.NONE, go(SessionCommands::next), "v"),
    PREVIOUS(Completion.NONE, go(SessionCommands::previous), "prev"),
    GOTO(Completion.NONE, go(SessionCommands::goTo)),
    OVERVIEW(Completion.NONE, go(SessionCommands::overview), "status"),
    STOP(Completion.NONE, SessionCommands::stop, "pauze", "pause", "exit"),
    FINISH(Completion.NONE, SessionCommands::finish);

    /** What the words after the command are, for tab completion. */
    enum Completion { NONE, COMMAND, NAME, SIDE_NAME }

    /** Carries out a command with the rest of its line; returns how the session ends, or null to go on. */
    @FunctionalInterface
    interface Handler {
        LineSession.Outcome handle(LineContext line, Command command, String rest);
    }

    /** A command that never ends the session. */
    @FunctionalInterface
    interface Action {
        void run(LineContext line, Command command, String rest);
    }

    private static final Messages DUTCH = Messages.forLanguage("nl");
    private static final Messages ENGLISH = Messages.forLanguage("en");

    private final Completion completion;
    private final Handler handler;
    private final List<String> aliases;

    Command(Completion completion, Handler handler, String... aliases) {
        this.completion = completion;
        this.handler = handler;
        this.aliases = List.of(aliases);
    }

    private static Handler go(Action action) {
        return (line, command, rest) -> {
            action.run(line, command, rest);
            return null;
        };
    }

    /** The command's word in the UI language ("stem", or "vote" under --lang en). */
    String word(String language) {
        return ("en".equals(language) ? ENGLISH : DUTCH).get(helpKey() + ".word");
    }

    Completion completion() {
        return completion;
    }

    LineSession.Outcome run(LineContext line, String rest) {
        return handler.handle(line, this, rest);
    }

    /** Key of the one-line help text; the usage line is under key + ".usage", the word under key + ".word". */
    String helpKey() {
        return "cmd." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    static Optional<Command> find(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(c -> c.word("nl").equals(w) || c.word("en").equals(w) || c.aliases.contains(w))
                .findFirst();
    }
}
