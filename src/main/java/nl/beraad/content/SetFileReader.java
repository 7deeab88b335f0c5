package nl.beraad.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.beraad.domain.CleanText;
import nl.beraad.domain.DilemmaSet;
import nl.beraad.domain.Item;
import nl.beraad.domain.ItemForm;
import nl.beraad.domain.ItemKind;
import nl.beraad.domain.Problem;
import nl.beraad.domain.Scale;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads one dilemma set file. SnakeYAML only composes the node tree (no objects are built from
 * it); the tree is then walked here so every problem, however many, is reported with its
 * file:line:column, and values are read as the text they are (YAML 1.1's "no" stays "no").
 */
public final class SetFileReader {
    /** Larger than any real set; a bigger file is a mistake or an attack. */
    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_QUESTIONS = 10;

    private static final List<String> SET_KEYS = List.of("titel", "beschrijving", "bron", "items");
    private static final List<String> COMMON_KEYS = List.of(
            "id", "soort", "titel", "context", "vragen", "aandachtspunten", "bron");
    /** The keys only one or some kinds use, in the order a template shows them. */
    private static final Map<ItemKind, List<String>> KIND_KEYS = new EnumMap<>(Map.of(
            ItemKind.DILEMMA, List.of("pool_a", "pool_b", "schaal"),
            ItemKind.STATEMENT, List.of("stelling", "schaal"),
            ItemKind.CHOICE, List.of("opties", "max"),
            ItemKind.ALLOCATION, List.of("opties", "punten"),
            ItemKind.RANKING, List.of("opties"),
            ItemKind.QUESTION, List.of("vraag")));
    private static final List<String> ITEM_KEYS = allItemKeys();

    /** The outcome of reading a file: the set, or the problems that keep it from being one. */
    public record Result(DilemmaSet set, List<Problem> problems) {
        public boolean ok() {
            return set != null;
        }
    }

    /** Reads the file at {@code file}; {@code shownAs} is how its name appears in messages. */
    public Result read(Path file, String shownAs) {
        String id = SetIds.idOf(file);
        String text;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                return fail(Problem.at(shownAs, "set.file.directory"));
            }
            // A pipe waits for a writer and a device never ends (/dev/zero): neither may be opened.
            if (!attributes.isRegularFile()) {
                return fail(Problem.at(shownAs, "set.file.special"));
            }
            byte[] bytes = readAtMost(file, MAX_BYTES + 1);
            if (attributes.size() > MAX_BYTES || bytes.length > MAX_BYTES) {
                return fail(Problem.at(shownAs, "set.file.large", MAX_BYTES / 1024));
            }
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            return fail(Problem.at(shownAs, "set.file.missing"));
        } catch (CharacterCodingException e) {
            return fail(Problem.at(shownAs, "set.file.encoding"));
        } catch (IOException | SecurityException e) {
            return fail(Problem.at(shownAs, "set.file.unreadable"));
        }
        return parse(id, text, shownAs);
    }

    /** At most {@code limit} bytes, however long the file has grown since its size was asked. */
    private static byte[] readAtMost(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit);
        }
    }

    /** Parses set text; public so tests and the fuzzer can feed text without a file. */
    public Result parse(String id, String text, String shownAs) {
        Node root;
        try (Reader reader = new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            root = yaml().compose(reader);
        } catch (MarkedYAMLException e) {
            return fail(Problem.at(position(shownAs, e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark()),
                    YamlErrors.key(e.getProblem()), YamlErrors.detail(e.getProblem())));
        } catch (YAMLException | IOException | IllegalArgumentException | IllegalStateException | StackOverflowError e) {
            return fail(Problem.at(shownAs + ":1:1", YamlErrors.key(e.getMessage()), YamlErrors.detail(e.getMessage())));
        }
        NodeReader nodes = new NodeReader(shownAs);
        if (root == null) {
            return fail(Problem.at(shownAs + ":1:1", "set.empty"));
        }
        MappingNode top = nodes.mapping(root, "set");
        if (top == null) {
            return new Result(null, nodes.problemsInFileOrder());
        }
        NodeReader.Fields set = nodes.fields(top, SET_KEYS);
        if (id.length() > DilemmaSet.MAX_ID) {
            // The id is the file name, which the database keeps with every session on this set.
            nodes.problems().add(Problem.at(shownAs + ":1:1", "set.id.long", id.length(), DilemmaSet.MAX_ID));
        }
        String title = set.text("titel", true, DilemmaSet.MAX_TITLE);
        String description = set.text("beschrijving", false);
        // The set's source becomes the source of every item without one, so it must fit there.
        int beforeSource = nodes.problems().size();
        String defaultSource = set.text("bron", false, Item.MAX_SOURCE);
        // A set source that is there but refused still counts as given: its items are not also
        // reported as lacking one.
        boolean sourceGiven = defaultSource != null || nodes.problems().size() > beforeSource;
        List<Item> items = new ArrayList<>();
        // A set, not a list: with thousands of items, looking each id up in a list made reading quadratic.
        Set<String> seenIds = new HashSet<>();
        List<Node> itemNodes = set.sequence("items", true);
        if (itemNodes != null && itemNodes.isEmpty()) {
            nodes.problem(set.valueNode("items"), "set.items.empty");
        }
        for (Node node : itemNodes == null ? List.<Node>of() : itemNodes) {
            Item item = item(nodes, node, defaultSource, sourceGiven, seenIds);
            if (item != null) {
                items.add(item);
            }
        }
        if (!nodes.problems().isEmpty() || title == null) {
            return new Result(null, nodes.problemsInFileOrder());
        }
        return new Result(new DilemmaSet(id, title, description == null ? "" : description, items), List.of());
    }

    private Item item(NodeReader nodes, Node node, String defaultSource, boolean sourceGiven, Set<String> seenIds) {
        int problemsBefore = nodes.problems().size();
        MappingNode map = nodes.mapping(node, "item");
        if (map == null) {
            return null;
        }
        NodeReader.Fields f = nodes.fields(map, ITEM_KEYS);
        String key = f.text("id", true);
        if (key != null) {
            if (key.length() > SetIds.MAX_ITEM_ID) {
                nodes.problem(f.valueNode("id"), "item.id.long", SetIds.MAX_ITEM_ID);
            } else if (!SetIds.isValidItemId(key)) {
                nodes.problem(f.valueNode("id"), "item.id.pattern", key);
            } else if (seenIds.contains(key)) {
                nodes.problem(f.valueNode("id"), "item.id.duplicate", key);
            }
            seenIds.add(key);
        }
        ItemKind kind = ItemKind.DILEMMA;
        String kindWord = f.text("soort", false);
        if (kindWord != null) {
            kind = ItemKind.fromWord(kindWord.strip()).orElse(null);
            if (kind == null) {
                List<String> words = java.util.Arrays.stream(ItemKind.values()).map(ItemKind::word).toList();
                String suggestion = Suggestions.closest(kindWord.strip(), words);
                if (suggestion != null) {
                    nodes.problem(f.valueNode("soort"), "item.kind.unknown.suggest", kindWord, suggestion);
                } else {
                    nodes.problem(f.valueNode("soort"), "item.kind.unknown", kindWord, String.join(", ", words));
                }
            }
        }
        String title = f.text("titel", true, Item.MAX_TITLE);
        String context = f.text("context", true);
        List<String> questions = f.textList("vragen", false);
        if (questions != null && f.entriesFine("vragen") && (questions.isEmpty() || questions.size() > MAX_QUESTIONS)) {
            nodes.problem(f.valueNode("vragen"), "item.questions.count", questions.size(), MAX_QUESTIONS);
        }
        List<String> attention = f.textList("aandachtspunten", false);
        String source = f.text("bron", !sourceGiven, Item.MAX_SOURCE);
        ItemForm form = kind == null ? null : form(nodes, f, kind);
        if (key == null || form == null || title == null || context == null
                || nodes.problems().size() > problemsBefore) {
            return null;
        }
        return new Item(key, title, context, form, questions == null ? List.of() : questions,
                attention == null ? List.of() : attention, source == null ? defaultSource : source);
    }

    /** Reads the keys of the item's kind; keys of other kinds are problems, since the kind may be wrong. */
    private ItemForm form(NodeReader nodes, NodeReader.Fields f, ItemKind kind) {
        List<String> own = KIND_KEYS.get(kind);
        for (String present : f.keys()) {
            if (!COMMON_KEYS.contains(present) && !own.contains(present) && ITEM_KEYS.contains(present)) {
                nodes.problem(f.keyNode(present), "item.key.kind", present, kind.word(), String.join(", ", own));
            }
        }
        int before = nodes.problems().size();
        ItemForm form = switch (kind) {
            case DILEMMA -> {
                String a = f.text("pool_a", true, ItemForm.MAX_TEXT);
                String b = f.text("pool_b", true, ItemForm.MAX_TEXT);
                Scale scale = scale(nodes, f);
                yield a == null || b == null || scale == null ? null : ItemForm.dilemma(a, b, scale);
            }
            case STATEMENT -> {
                String statement = f.text("stelling", true, ItemForm.MAX_TEXT);
                Scale scale = scale(nodes, f);
                yield statement == null || scale == null ? null : ItemForm.statement(statement, scale);
            }
            case CHOICE -> {
                List<String> options = options(nodes, f, kind);
                Integer max = optionalInteger(nodes, f, "max", 1);
                if (max != null && options != null && (max < 1 || max > options.size())) {
                    nodes.problem(f.valueNode("max"), "item.max.range", max, options.size());
                    max = null;
                }
                yield options == null || max == null ? null : ItemForm.choice(options, max);
            }
            case ALLOCATION -> {
                List<String> options = options(nodes, f, kind);
                int problemsSoFar = nodes.problems().size();
                Integer points = f.integer("punten");
                if (points == null && nodes.problems().size() == problemsSoFar) {
                    // Absent or empty: either way nobody would know how many points to divide.
                    nodes.problem(f.keys().contains("punten") ? f.valueNode("punten") : f.mapNode(),
                            "item.points.missing");
                } else if (points != null && (points < ItemForm.MIN_POINTS || points > ItemForm.MAX_POINTS)) {
                    nodes.problem(f.valueNode("punten"), "item.points.range", points, ItemForm.MIN_POINTS,
                            ItemForm.MAX_POINTS);
                    points = null;
                }
                yield options == null || points == null ? null : ItemForm.allocation(options, points);
            }
            case RANKING -> {
                List<String> options = options(nodes, f, kind);
                yield options == null ? null : ItemForm.ranking(options);
            }
            case QUESTION -> {
                String question = f.text("vraag", true, ItemForm.MAX_TEXT);
                yield question == null ? null : ItemForm.question(question);
            }
        };
        return nodes.problems().size() > before ? null : form;
    }

    /** An optional whole number: its default when absent or empty, null (with a problem) when not a number. */
    private static Integer optionalInteger(NodeReader nodes, NodeReader.Fields f, String key, int fallback) {
        int before = nodes.problems().size();
        Integer value = f.integer(key);
        if (value == null) {
            return nodes.problems().size() > before ? null : fallback;
        }
        return value;
    }

    private static Scale scale(NodeReader nodes, NodeReader.Fields f) {
        Integer steps = optionalInteger(nodes, f, "schaal", Scale.DEFAULT.steps());
        if (steps == null) {
            return null;
        }
        if (steps < Scale.MIN_STEPS || steps > Scale.MAX_STEPS) {
            nodes.problem(f.valueNode("schaal"), "item.scale.range", steps, Scale.MIN_STEPS, Scale.MAX_STEPS);
            return null;
        }
        return new Scale(steps);
    }

    /** The options of a choice, allocation or ranking: 2 to 12, each different from the others. */
    private static List<String> options(NodeReader nodes, NodeReader.Fields f, ItemKind kind) {
        if (!f.keys().contains("opties")) {
            nodes.problem(f.mapNode(), "item.options.missing", kind.word(), ItemForm.MIN_OPTIONS, ItemForm.MAX_OPTIONS);
            return null;
        }
        List<String> options = f.textList("opties", true);
        if (options == null || !f.entriesFine("opties")) {
            return null;
        }
        if (options.size() < ItemForm.MIN_OPTIONS || options.size() > ItemForm.MAX_OPTIONS) {
            nodes.problem(f.valueNode("opties"), "item.options.count", options.size(), ItemForm.MIN_OPTIONS,
                    ItemForm.MAX_OPTIONS);
            return null;
        }
        List<Node> entries = f.sequence("opties", false);
        Map<String, Integer> firstLine = new HashMap<>();
        boolean distinct = true;
        for (int i = 0; i < options.size(); i++) {
            // Compared as they look: "Wo\u200Bnen" is "Wonen" to anyone reading the results.
            String same = CleanText.visibleLine(options.get(i)).toLowerCase(Locale.ROOT);
            Integer line = firstLine.putIfAbsent(same, entries.get(i).getStartMark().getLine() + 1);
            if (line != null) {
                nodes.problem(entries.get(i), "item.options.duplicate", CleanText.line(options.get(i)), line);
                distinct = false;
            }
        }
        return distinct ? options : null;
    }

    private static List<String> allItemKeys() {
        List<String> keys = new ArrayList<>(COMMON_KEYS);
        for (ItemKind kind : ItemKind.values()) {
            KIND_KEYS.get(kind).stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        }
        return List.copyOf(keys);
    }

    /** The keys an item of this kind may have, common ones first: for templates and documentation. */
    public static List<String> keysOf(ItemKind kind) {
        List<String> keys = new ArrayList<>(COMMON_KEYS);
        keys.addAll(KIND_KEYS.get(kind));
        return keys;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
    }

    static String position(String shownAs, Mark mark) {
        if (mark == null) {
            return shownAs + ":1:1";
        }
        return shownAs + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }

    private static Result fail(Problem problem) {
        return new Result(null, List.of(problem));
    }
}
