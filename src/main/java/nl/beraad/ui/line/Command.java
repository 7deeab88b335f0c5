package nl.beraad.ui.line;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words of the line-mode command language. Each command has a Dutch and an English word and
 * both are always understood, so a facilitator can use either whatever the UI language.
 */
enum Command {
    HELP("help", "help", Completion.COMMAND, "?", "hulp"),
    PARTICIPANT("deelnemer", "participant", Completion.NONE),
    PARTICIPANTS("deelnemers", "participants", Completion.NONE),
    SHOW("toon", "show", Completion.NONE, "begin", "start"),
    VOTE("stem", "vote", Completion.NAME),
    IN_TURN("stemmen", "poll", Completion.NONE),
    REVEAL("onthul", "reveal", Completion.NONE),
    RESULT("uitslag", "result", Completion.NONE),
    SECOND_ROUND("ronde2", "round2", Completion.NONE),
    ARGUMENT("argument", "argument", Completion.SIDE_NAME, "arg"),
    ANSWER("antwoord", "answer", Completion.NONE),
    ARGUMENTS("argumenten", "arguments", Completion.NONE, "antwoorden", "answers"),
    CONCLUSION("conclusie", "conclusion", Completion.NONE, "advies", "advice"),
    NEXT("volgende", "next", Completion.NONE, "v"),
    PREVIOUS("vorige", "previous", Completion.NONE, "prev"),
    GOTO("ga", "goto", Completion.NONE),
    OVERVIEW("overzicht", "overview", Completion.NONE, "status"),
    STOP("stop", "quit", Completion.NONE, "pauze", "pause", "exit"),
    FINISH("afronden", "finish", Completion.NONE);

    /** What the word after the command is, for tab completion. */
    enum Completion { NONE, COMMAND, NAME, SIDE_NAME }

    private final String dutch;
    private final String english;
    private final Completion completion;
    private final List<String> aliases;

    Command(String dutch, String english, Completion completion, String... aliases) {
        this.dutch = dutch;
        this.english = english;
        this.completion = completion;
        this.aliases = List.of(aliases);
    }

    String word(String language) {
        return "en".equals(language) ? english : dutch;
    }

    Completion completion() {
        return completion;
    }

    /** Key of the one-line help text; the usage line is under key + ".usage". */
    String helpKey() {
        return "cmd." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    static Optional<Command> find(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(c -> c.dutch.equals(w) || c.english.equals(w) || c.aliases.contains(w))
                .findFirst();
    }
}
