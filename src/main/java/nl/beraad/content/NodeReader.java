package nl.beraad.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.beraad.domain.CleanText;
import nl.beraad.domain.Problem;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Walks a composed YAML tree, collecting every problem with the position of the node it concerns. */
final class NodeReader {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    NodeReader(String file) {
        this.file = file;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The problems in the order of the file, as an author reads it top to bottom. */
    List<Problem> problemsInFileOrder() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparingInt((Problem p) -> coordinate(p, 1))
                .thenComparingInt(p -> coordinate(p, 2)));
        return sorted;
    }

    private static int coordinate(Problem p, int index) {
        String[] parts = p.location().split(":");
        try {
            return Integer.parseInt(parts[parts.length - 3 + index]);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    void problem(Node node, String key, Object... args) {
        problems.add(Problem.at(SetFileReader.position(file, node.getStartMark()), key, args));
    }

    /** The node as a mapping, or null (with a problem) when it is something else. */
    MappingNode mapping(Node node, String what) {
        if (node instanceof MappingNode map) {
            return map;
        }
        problem(node, "yaml.expected.mapping", new Problem.Term("yaml.what." + what), typeOf(node));
        return null;
    }

    Fields fields(MappingNode map, List<String> allowed) {
        return new Fields(map, allowed);
    }

    static Problem.Term typeOf(Node node) {
        if (node instanceof MappingNode) {
            return new Problem.Term("yaml.type.mapping");
        }
        if (node instanceof SequenceNode) {
            return new Problem.Term("yaml.type.list");
        }
        if (isNull(node)) {
            return new Problem.Term("yaml.type.nothing");
        }
        return new Problem.Term("yaml.type.text");
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag())
                && (scalar.getValue().isEmpty() || scalar.getValue().equals("~") || scalar.getValue().equals("null"));
    }

    /** A list entry that is text with something visible in it. */
    static boolean isUsableText(Node node) {
        return node instanceof ScalarNode scalar && !isNull(node) && CleanText.hasVisible(scalar.getValue());
    }

    /** The keys of one mapping, checked against the keys it may have. */
    final class Fields {
        private final MappingNode map;
        private final Map<String, NodeTuple> byKey = new LinkedHashMap<>();

        Fields(MappingNode map, List<String> allowed) {
            this.map = map;
            for (NodeTuple tuple : map.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode scalar)) {
                    problem(keyNode, "yaml.key.not.text");
                    continue;
                }
                String key = scalar.getValue();
                NodeTuple first = byKey.get(key);
                if (first != null) {
                    problem(keyNode, "yaml.key.duplicate", key, first.getKeyNode().getStartMark().getLine() + 1);
                } else if (!allowed.contains(key)) {
                    String suggestion = Suggestions.closest(key, allowed);
                    if (suggestion != null) {
                        problem(keyNode, "yaml.key.unknown.suggest", key, suggestion);
                    } else {
                        problem(keyNode, "yaml.key.unknown", key, String.join(", ", allowed));
                    }
                    byKey.put(key, tuple);
                } else {
                    byKey.put(key, tuple);
                }
            }
        }

        /** The keys present (text keys only), in file order. */
        java.util.Set<String> keys() {
            return byKey.keySet();
        }

        Node keyNode(String key) {
            NodeTuple tuple = byKey.get(key);
            return tuple == null ? map : tuple.getKeyNode();
        }

        MappingNode mapNode() {
            return map;
        }

        /** Whether every entry of a list-valued key was usable text (so a count check means something). */
        boolean entriesFine(String key) {
            NodeTuple tuple = byKey.get(key);
            return tuple != null && tuple.getValueNode() instanceof SequenceNode seq
                    && seq.getValue().stream().allMatch(NodeReader::isUsableText);
        }

        Node valueNode(String key) {
            NodeTuple tuple = byKey.get(key);
            return tuple == null ? map : tuple.getValueNode();
        }

        private Node present(String key, boolean required) {
            NodeTuple tuple = byKey.get(key);
            if (tuple == null) {
                if (required) {
                    problem(map, "yaml.field.missing", key);
                }
                return null;
            }
            Node value = tuple.getValueNode();
            if (isNull(value)) {
                if (required) {
                    problem(value, "yaml.field.empty", key);
                }
                return null;
            }
            return value;
        }

        /** A text value; null when absent (a problem when required) or of another type. */
        String text(String key, boolean required) {
            return text(key, required, Integer.MAX_VALUE);
        }

        /**
         * A text value that must fit in {@code max} characters once cleaned, measured as the
         * database measures the column it goes to; null (with a problem) when it does not.
         */
        String text(String key, boolean required, int max) {
            Node value = present(key, required);
            if (value == null) {
                return null;
            }
            if (!(value instanceof ScalarNode scalar)) {
                problem(value, "yaml.field.type", key, new Problem.Term("yaml.type.text"), typeOf(value));
                return null;
            }
            // Judged after cleaning: a value of only invisible characters is as empty as a blank one.
            if (!CleanText.hasVisible(scalar.getValue())) {
                if (required) {
                    problem(value, "yaml.field.empty", key);
                }
                return null;
            }
            int length = CleanText.line(scalar.getValue()).length();
            if (length > max) {
                problem(value, "yaml.field.long", key, length, max);
                return null;
            }
            return scalar.getValue();
        }

        List<Node> sequence(String key, boolean required) {
            Node value = present(key, required);
            if (value == null) {
                return null;
            }
            if (!(value instanceof SequenceNode seq)) {
                problem(value, "yaml.field.type", key, new Problem.Term("yaml.type.list"), typeOf(value));
                return null;
            }
            return seq.getValue();
        }

        /** A list of texts; an entry of another type is a problem. */
        List<String> textList(String key, boolean required) {
            List<Node> entries = sequence(key, required);
            if (entries == null) {
                return null;
            }
            List<String> out = new ArrayList<>();
            for (Node entry : entries) {
                if (isUsableText(entry)) {
                    out.add(((ScalarNode) entry).getValue());
                } else if (entry instanceof ScalarNode && !isNull(entry)) {
                    problem(entry, "yaml.list.entry.empty", key);
                } else {
                    problem(entry, "yaml.list.entry.type", key, typeOf(entry));
                }
            }
            return out;
        }

        Integer integer(String key) {
            Node value = present(key, false);
            if (value == null) {
                return null;
            }
            // A whole number, negative included, so a range check can say what range is meant.
            if (value instanceof ScalarNode scalar && scalar.getValue().strip().matches("-?[0-9]{1,6}")) {
                return Integer.parseInt(scalar.getValue().strip());
            }
            problem(value, "yaml.field.type", key, new Problem.Term("yaml.type.number"), typeOf(value));
            return null;
        }
    }
}
