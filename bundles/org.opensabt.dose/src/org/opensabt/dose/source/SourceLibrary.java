package org.opensabt.dose.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The seed models a calculation can use: built-in descriptors (contributed by plug-ins through the
 * {@code org.opensabt.dose.sources} extension point) plus descriptors dropped into source folders.
 * Names and aliases must be unique across the library; a descriptor that breaks this, or that is
 * malformed, is refused and listed in {@link #problems()}.
 */
public final class SourceLibrary {

    private final List<SeedSource> sources = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    /** Adds a source unless its name or an alias is already taken; returns whether it was added. */
    public boolean add(SeedSource source) {
        for (SeedSource known : sources) {
            List<String> keys = new ArrayList<>(source.aliases());
            keys.add(source.name());
            for (String key : keys) {
                if (known.answersTo(key)) {
                    problems.add(source.origin() + ": name or alias \"" + key + "\" is already used by " + known.name() + " ("
                            + known.origin() + "); descriptor ignored");
                    return false;
                }
            }
        }
        sources.add(source);
        return true;
    }

    public void addProblem(String problem) {
        problems.add(problem);
    }

    /** Reads every *.json in a folder (sorted by name); malformed ones go to {@link #problems()}. */
    public void addFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> files;
        try (var stream = Files.list(folder)) {
            files = stream.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().collect(Collectors.toList());
        } catch (java.io.IOException e) {
            problems.add(folder + ": cannot list seed descriptors: " + e.getMessage());
            return;
        }
        SourceDescriptorReader reader = new SourceDescriptorReader();
        for (Path file : files) {
            try {
                add(reader.read(file));
            } catch (SourceDescriptorException e) {
                problems.add(e.getMessage());
            }
        }
    }

    public List<SeedSource> sources() {
        return Collections.unmodifiableList(sources);
    }

    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** The source with this name or alias. */
    public SeedSource find(String nameOrAlias) throws SourceDescriptorException {
        for (SeedSource source : sources) {
            if (source.answersTo(nameOrAlias)) {
                return source;
            }
        }
        StringBuilder message = new StringBuilder("unknown seed source \"" + nameOrAlias + "\"; known: "
                + sources.stream().map(SeedSource::name).collect(Collectors.joining(", ")));
        if (!problems.isEmpty()) {
            message.append(" (refused descriptors: ").append(String.join("; ", problems)).append(')');
        }
        throw new SourceDescriptorException(message.toString());
    }

    /**
     * A name or alias from the library, or the path of a descriptor file (anything ending in .json or
     * naming an existing file), resolved against {@code workingDirectory}.
     */
    public SeedSource resolve(String nameOrFile, Path workingDirectory) throws SourceDescriptorException {
        Path file = workingDirectory.resolve(nameOrFile);
        boolean known = sources.stream().anyMatch(s -> s.answersTo(nameOrFile));
        if (nameOrFile.endsWith(".json") || (Files.isRegularFile(file) && !known)) {
            if (!Files.isRegularFile(file)) {
                throw new SourceDescriptorException(file + ": no such seed descriptor file");
            }
            return new SourceDescriptorReader().read(file);
        }
        return find(nameOrFile);
    }
}
