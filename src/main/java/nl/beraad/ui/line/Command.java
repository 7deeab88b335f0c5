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
    ABSENT(Completion.NAME, go(PeopleCommands::absent)),
    PRESENT(Completion.NAME, go(PeopleCommands::present)),
    OBSERVER(Completion.NAME, go(PeopleCommands::observer)),
    MEMBER(Completion.NAME, go(PeopleCommands::member)),
    RENAME(Completion.NAME_COLON, go(PeopleCommands::rename)),
    REMOVE(Completion.NAME, go(PeopleCommands::remove)),
    SHOW(Completion.NONE, go(SessionCommands::show), "begin", "start"),
    VOTE(Completion.NAME, go(VotingCommands::vote)),
    IN_TURN(Completion.NONE, go(VotingCommands::inTurn)),
    HANDS(Completion.NONE, go(VotingCommands::hands)),
    REVEAL(Completion.NONE, go(VotingCommands::reveal)),
    RESULT(Completion.NONE, go(VotingCommands::result)),
    SECOND_ROUND(Completion.NONE, go(VotingCommands::secondRound)),
    REOPEN(Completion.YES, go(CorrectionCommands::reopen)),
    CORRECT(Completion.HANDS_NAME, go(CorrectionCommands::correct)),
    ARGUMENT(Completion.SIDE_NAME, go(DiscussionCommands::argument), "arg"),
    ANSWER(Completion.NONE, go(DiscussionCommands::answer)),
    ARGUMENTS(Completion.NONE, go(DiscussionCommands::arguments), "antwoorden", "answers"),
    EDIT(Completion.NONE, go(CorrectionCommands::edit)),
    DELETE(Completion.NONE, go(CorrectionCommands::delete)),
    PHONES(Completion.PHONES, go(PhoneCommands::phones)),
    DEVICES(Completion.NONE, go(PhoneCommands::devices)),
    RELEASE(Completion.NONE, go(PhoneCommands::release)),
    PHONE_OPEN(Completion.ANONYMOUS, go(PhoneCommands::open)),
    PHONE_CLOSE(Completion.NONE, go(PhoneCommands::close)),
    PROPOSALS(Completion.NONE, go(PhoneCommands::proposals)),
    ACCEPT(Completion.NONE, go(PhoneCommands::accept)),
    DROP(Completion.NONE, go(PhoneCommands::drop)),
    SPEAKER(Completion.SPEAKER, go(DiscussionCommands::speaker), "sprekers", "speakers"),
    TIMER(Completion.TIMER, go(DiscussionCommands::timer)),
    CONCLUSION(Completion.NONE, go(ConclusionCommands::conclusion), "advies", "advice"),
    MINORITY(Completion.NONE, go(ConclusionCommands::minority)),
    ACTION(Completion.NONE, go(ConclusionCommands::action), "actiepunten", "actions"),
    NEXT(Completion.NONE, go(SessionCommands::next), "v"),
    PREVIOUS(Completion.NONE, go(SessionCommands::previous), "prev"),
    GOTO(Completion.NONE, go(SessionCommands::goTo)),
    OVERVIEW(Completion.NONE, go(SessionCommands::overview), "status"),
    DETAILS(Completion.DETAILS, go(SessionCommands::details)),
    BARS(Completion.ON_OFF, go(SessionCommands::bars)),
    STOP(Completion.NONE, SessionCommands::stop, "pauze", "pause", "exit"),
    FINISH(Completion.NONE, SessionCommands::finish);

    /**
     * What the words after the command are, for tab completion: a command, a name, a name before a
     * colon, a side and a speaker, the speaker queue's words or a name, the timer's words, a field
     * of the report details, on or off, the word for yes, the word for hands or a name, the vote
     * page's words (on, off, qr), the word that lets phones propose without a name.
     */
    enum Completion {
        NONE, COMMAND, NAME, NAME_COLON, SIDE_NAME, SPEAKER, TIMER, DETAILS, ON_OFF, YES, HANDS_NAME, PHONES, ANONYMOUS
    }

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
        return text(helpKey() + ".word", language);
    }

    /** A word under a command ("volgende" in 'spreker volgende'), by its key, in the UI language. */
    static String text(String key, String language) {
        return ("en".equals(language) ? ENGLISH : DUTCH).get(key);
    }

    /** Whether a typed word is the word under this key in either language, whatever its case. */
    static boolean isWord(String typed, String key) {
        return typed.equalsIgnoreCase(DUTCH.get(key)) || typed.equalsIgnoreCase(ENGLISH.get(key));
    }

    Completion completion() {
        return completion;
    }

    /**
     * Whether the command may run in a finished session opened to look at: it only shows (or, as
     * 'heropen', asks before reopening), so merely looking changes nothing. A command that shows
     * when typed alone and stores when given a text looks only when typed alone.
     */
    boolean looks(String rest) {
        return switch (this) {
            case HELP, PARTICIPANTS, SHOW, RESULT, ARGUMENTS, NEXT, PREVIOUS, GOTO, OVERVIEW, BARS, TIMER, STOP,
                 REOPEN, DEVICES, PROPOSALS -> true;
            case CONCLUSION, MINORITY, ACTION, DETAILS, SPEAKER, PHONES -> rest.isEmpty();
            case PARTICIPANT, ABSENT, PRESENT, OBSERVER, MEMBER, RENAME, REMOVE, VOTE, IN_TURN, HANDS, REVEAL,
                 SECOND_ROUND, CORRECT, ARGUMENT, ANSWER, EDIT, DELETE, FINISH, RELEASE, PHONE_OPEN, PHONE_CLOSE,
                 ACCEPT, DROP -> false;
        };
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
