package nl.beraad.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.beraad.app.SetCatalog;
import nl.beraad.app.SetEntry;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.DilemmaSet;
import nl.beraad.domain.ExitCode;
import nl.beraad.domain.Problem;

/** The dilemma sets in one folder, each file a set whose id is its name without ".yaml". */
public final class SetDirectory implements SetCatalog {
    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml");

    private final Path dir;
    /** The folder of the sets that ship with Beraad, whose ids no other set may take; null: not checked. */
    private final Path shipped;
    private final SetFileReader reader = new SetFileReader();

    public SetDirectory(Path dir) {
        this(dir, null);
    }

    /**
     * The sets in {@code dir}; a set elsewhere (another folder, or a file given by path) whose id is
     * that of a set in {@code shipped} with other content is refused, so that two different sets
     * never share an id in the sessions and comparisons that name them.
     */
    public SetDirectory(Path dir, Path shipped) {
        this.dir = dir;
        this.shipped = shipped;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public List<SetEntry> list() {
        List<SetEntry> out = new ArrayList<>();
        for (Path file : files(dir)) {
            SetFileReader.Result r = read(file);
            out.add(new SetEntry(SetIds.idOf(file), shown(file), r.set(), r.problems()));
        }
        return out;
    }

    @Override
    public DilemmaSet load(String idOrPath) {
        Path file = resolve(idOrPath);
        SetFileReader.Result r = read(file);
        if (!r.ok()) {
            throw new BeraadException(ExitCode.INVALID_INPUT, r.problems(), null);
        }
        return r.set();
    }

    /** A set id names a file in the folder; anything that looks like a path is taken as one. */
    Path resolve(String idOrPath) {
        boolean looksLikePath = idOrPath.contains("/") || idOrPath.contains("\\") || idOrPath.endsWith(".yaml")
                || idOrPath.endsWith(".yml");
        if (looksLikePath) {
            Path path = Path.of(idOrPath);
            if (!Files.exists(path)) {
                throw BeraadException.invalid("set.file.notfound", idOrPath);
            }
            return path;
        }
        for (String ext : EXTENSIONS) {
            Path candidate = dir.resolve(idOrPath + ext);
            // Not only regular files: a pipe or device named like a set is found, and then refused
            // by the reader with a reason, rather than reported as a set that does not exist.
            if (Files.exists(candidate) && !Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        List<String> ids = files(dir).stream().map(SetIds::idOf).toList();
        throw BeraadException.invalid("set.unknown", idOrPath, ids.isEmpty() ? "-" : String.join(", ", ids));
    }

    /** What checking some paths found: how many set files were read, and every problem in them. */
    public record Validation(int files, List<Problem> problems) {
    }

    /** Checks files and folders (every set file in them); every problem of every file is returned. */
    public Validation validate(List<Path> paths) {
        List<Problem> problems = new ArrayList<>();
        int read = 0;
        for (Path path : paths.isEmpty() ? List.of(dir) : paths) {
            if (!Files.exists(path)) {
                problems.add(Problem.at(path.toString(), "set.file.missing"));
                continue;
            }
            List<Path> files = Files.isDirectory(path) ? files(path) : List.of(path);
            if (Files.isDirectory(path) && files.isEmpty()) {
                problems.add(Problem.at(path.toString(), "set.dir.empty"));
            }
            for (Path file : files) {
                problems.addAll(read(file).problems());
                read++;
            }
        }
        return new Validation(read, problems);
    }

    /** The file read as a set, with what its name means beside it: a twin, or a shipped set's id taken. */
    private SetFileReader.Result read(Path file) {
        SetFileReader.Result r = reader.read(file, shown(file));
        List<Problem> problems = new ArrayList<>(r.problems());
        String id = SetIds.idOf(file);
        String at = shown(file) + ":1:1";
        Path twin = twin(file);
        if (twin != null) {
            // Today's x.yaml could be tomorrow's x.yml: which one 'start --set x' takes must never be a guess.
            problems.add(Problem.at(at, "set.id.twin", id, twin.getFileName()));
        }
        Path taken = shippedWithOtherContent(file, id);
        if (taken != null) {
            problems.add(Problem.at(at, "set.id.shipped", id, shown(taken)));
        }
        return problems.size() == r.problems().size() ? r : new SetFileReader.Result(null, problems);
    }

    /** The file beside this one with the same id and the other extension (x.yml beside x.yaml), or null. */
    private static Path twin(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        String id = SetIds.idOf(file);
        String name = file.getFileName().toString();
        for (String ext : EXTENSIONS) {
            Path other = parent.resolve(id + ext);
            if (!name.equals(id + ext) && Files.exists(other) && !Files.isDirectory(other)) {
                return other;
            }
        }
        return null;
    }

    /**
     * The shipped set with this id when {@code file} is not that set: outside the shipped folder and
     * different in content. A copy that is byte for byte the same is the same set, and fine.
     */
    private Path shippedWithOtherContent(Path file, String id) {
        if (shipped == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(shipped) || Files.isSameFile(parent, shipped)
                    || Files.size(file) > SetFileReader.MAX_BYTES) {
                return null;
            }
            for (String ext : EXTENSIONS) {
                Path same = shipped.resolve(id + ext);
                // Only regular files are compared: a pipe among the shipped sets must not make this wait.
                if (Files.isRegularFile(same) && Files.mismatch(file, same) >= 0) {
                    return same;
                }
            }
        } catch (IOException | SecurityException e) {
            // Unreadable: reading the file itself reports that; nothing to add here.
        }
        return null;
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            // Everything named like a set but a folder: a pipe or a device is listed, so the reader
            // can say why it is refused instead of leaving it out without a word.
            return s.filter(p -> !Files.isDirectory(p)).filter(SetIds::isSetFile).sorted().toList();
        } catch (IOException e) {
            throw new BeraadException(ExitCode.ERROR, "set.dir.unreadable", dir);
        }
    }

    /** A path as a person would type it: relative to the working folder when it lies inside it. */
    private static String shown(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
