package org.opensabt.dose.source;

import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;

/**
 * The installation's seed library: descriptors contributed to the {@code org.opensabt.dose.sources}
 * extension point, then every *.json in {@code <opensabt.home>/sources} and in the folders of the
 * {@code OPENSABT_SOURCES} environment variable (separated by the path separator).
 */
public final class SourceLibraries {

    public static final String EXTENSION_POINT = "org.opensabt.dose.sources";

    private SourceLibraries() {
    }

    /**
     * A seed model by name or alias from {@link #standard()}, or a descriptor file (relative paths against
     * {@code workingDirectory}); see {@link SourceLibrary#resolve}.
     *
     * @throws SourceDescriptorException one line: the unknown name with the known ones, or the file's problem
     */
    public static SeedSource resolve(String nameOrFile, Path workingDirectory) throws SourceDescriptorException {
        return standard().resolve(nameOrFile, workingDirectory);
    }

    /** A new library read from the extension registry, {@code <opensabt.home>/sources} and {@code OPENSABT_SOURCES}. */
    public static SourceLibrary standard() {
        SourceLibrary library = new SourceLibrary();
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry != null) {
            SourceDescriptorReader reader = new SourceDescriptorReader();
            for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
                String path = element.getAttribute("descriptor");
                String origin = element.getContributor().getName() + "/" + path;
                Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
                URL url = bundle == null || path == null ? null : bundle.getEntry(path);
                if (url == null) {
                    library.addProblem(origin + ": seed descriptor not found in the contributing bundle");
                    continue;
                }
                try (Reader in = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
                    library.add(reader.read(in, origin));
                } catch (SourceDescriptorException e) {
                    library.addProblem(e.getMessage());
                } catch (java.io.IOException e) {
                    library.addProblem(origin + ": cannot read: " + e.getMessage());
                }
            }
        }
        String home = System.getProperty("opensabt.home");
        if (home != null) {
            library.addFolder(Path.of(home, "sources"));
        }
        String extra = System.getenv("OPENSABT_SOURCES");
        if (extra != null) {
            for (String folder : extra.split(java.io.File.pathSeparator)) {
                if (!folder.isBlank()) {
                    library.addFolder(Path.of(folder));
                }
            }
        }
        return library;
    }
}
