package nl.beraad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.beraad.app.SetEntry;
import nl.beraad.content.SetDirectory;
import nl.beraad.content.SetTemplate;
import nl.beraad.domain.DilemmaSet;
import nl.beraad.domain.Item;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Problem;
import nl.beraad.text.AnswerSheet;
import nl.beraad.ui.line.ItemView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The dilemma sets: list them, show one, check files. */
@Command(name = "sets", description = "Dilemmasets bekijken en controleren.",
        subcommands = {SetsCommand.ListSets.class, SetsCommand.Show.class, SetsCommand.Validate.class,
                SetsCommand.New.class})
final class SetsCommand extends GroupCommand {
    SetsCommand(AppContext context) {
        super(context);
    }

    /** sets list */
    @Command(name = "list", description = "Toont alle dilemmasets: id, aantal items, soorten en titel.")
    static final class ListSets extends BaseCommand {
        ListSets(AppContext context) {
            super(context);
        }

        @Override
        protected int execute() {
            SetDirectory sets = context.sets();
            List<SetEntry> entries = sets.list();
            if (entries.isEmpty()) {
                err().println(msg().get("sets.none", sets.dir()));
                return 1;
            }
            int width = entries.stream().mapToInt(e -> e.id().length()).max().orElse(2);
            int kindsWidth = entries.stream().filter(SetEntry::isValid).mapToInt(e -> kinds(e.set()).length())
                    .max().orElse(0);
            int invalid = 0;
            for (SetEntry e : entries) {
                String id = e.id() + " ".repeat(width - e.id().length());
                if (e.isValid()) {
                    DilemmaSet set = e.set();
                    String kinds = kinds(set) + " ".repeat(kindsWidth - kinds(set).length());
                    out().println(msg().get("sets.row", id, String.format("%2d", set.items().size()), kinds,
                            set.title()));
                } else {
                    invalid++;
                    out().println(msg().counted("sets.row.invalid", e.problems().size(), id));
                }
            }
            if (invalid > 0) {
                err().println(msg().counted("sets.invalid.hint", invalid));
            }
            return 0;
        }

        /** The kinds in a set, in the order of the kinds (not of the items), in the UI language. */
        private String kinds(DilemmaSet set) {
            return Arrays.stream(ItemKind.values())
                    .filter(k -> set.items().stream().anyMatch(i -> i.kind() == k))
                    .map(k -> msg().get("kind." + k.word()))
                    .collect(Collectors.joining(","));
        }
    }

    /** sets show ID */
    @Command(name = "show", description = "Toont een dilemmaset, item voor item.")
    static final class Show extends BaseCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "Id van de set (of een pad naar een .yaml-bestand).")
        String id;

        Show(AppContext context) {
            super(context);
        }

        @Override
        protected int execute() {
            DilemmaSet set = context.sets().load(id);
            ItemView view = new ItemView(msg(), 80);
            out().println(set.title() + " (" + set.id() + ")");
            if (!set.description().isEmpty()) {
                out().println();
                for (String paragraph : set.description().split("\n")) {
                    view.wrap(out(), paragraph, "");
                }
            }
            int n = 1;
            for (Item item : set.items()) {
                // A set shown before any session uses it: nobody is waiting to answer.
                view.present(out(), AnswerSheet.of(msg(), new nl.beraad.domain.SessionItem(ItemNo.of(n), item, 1, 0),
                        set.items().size(), List.of()));
                n++;
            }
            return 0;
        }
    }

    /** sets validate [PATH...] */
    @Command(name = "validate", description = "Controleert dilemmasets en meldt alle problemen als bestand:regel:kolom.")
    static final class Validate extends BaseCommand {
        @Parameters(arity = "0..*", paramLabel = "PAD", description = "Bestanden of mappen (standaard de map met sets).")
        List<Path> paths = new ArrayList<>();

        Validate(AppContext context) {
            super(context);
        }

        @Override
        protected int execute() {
            SetDirectory sets = context.sets();
            SetDirectory.Validation validation = sets.validate(paths);
            List<Problem> problems = validation.problems();
            int files = validation.files();
            for (Problem p : problems) {
                err().println(msg().problem(p));
            }
            if (!problems.isEmpty()) {
                err().println(msg().counted("validate.failed", problems.size(), files));
                return 2;
            }
            out().println(msg().counted("validate.ok", files));
            return 0;
        }
    }

    /** sets new FILE */
    @Command(name = "new", description = "Schrijft een sjabloon voor een nieuwe dilemmaset, met uitleg en een voorbeeld van elke soort item.")
    static final class New extends BaseCommand {
        @Parameters(index = "0", paramLabel = "BESTAND", description = "Het nieuwe bestand, eindigend op .yaml; een bestaand bestand blijft ongemoeid.")
        Path file;

        New(AppContext context) {
            super(context);
        }

        @Override
        protected int execute() {
            SetTemplate.write(file);
            out().println(msg().get("set.new.written", file));
            return 0;
        }
    }
}
