package nl.beraad.content;

import java.nio.file.Path;

/** How sets and items are named: a set by its file name, an item by a short lowercase id. */
final class SetIds {
    static final int MAX_ITEM_ID = 60;

    private SetIds() {
    }

    static String idOf(Path file) {
        String name = file.getFileName() == null ? "set" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static boolean isValidItemId(String id) {
        return id.length() <= MAX_ITEM_ID && id.matches("[a-z0-9][a-z0-9-]*");
    }

    static boolean isSetFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
