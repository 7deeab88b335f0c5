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
    private final Path dir;
    private final SetFileReader reader = new SetFileReader();

    public SetDirectory(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public List<SetEntry> list() {
        List<SetEntry> out = new ArrayList<>();
        for (Path file : files(dir)) {
            SetFileReader.Result r = reader.read(file, shown(file));
            out.add(new SetEntry(SetIds.idOf(file), shown(file), r.set(), r.problems()));
        }
        return out;
    }

    @Override
    public DilemmaSet load(String idOrPath) {
        Path file = resolve(idOrPath);
        SetFileReader.Result r = reader.read(file, shown(file));
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
        for (String ext : List.of(".yaml", ".yml")) {
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
                problems.addAll(reader.read(file, shown(file)).problems());
                read++;
            }
        }
        return new Validation(read, problems);
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
