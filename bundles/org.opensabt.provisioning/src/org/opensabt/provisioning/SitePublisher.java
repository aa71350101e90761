package org.opensabt.provisioning;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.publisher.IPublisherAction;
import org.eclipse.equinox.p2.publisher.IPublisherInfo;
import org.eclipse.equinox.p2.publisher.Publisher;
import org.eclipse.equinox.p2.publisher.PublisherInfo;
import org.eclipse.equinox.p2.publisher.eclipse.BundlesAction;
import org.eclipse.equinox.p2.publisher.eclipse.FeaturesAction;

/**
 * Makes a p2 update site from a folder holding {@code features/} (folders with a feature.xml, or
 * feature jars) and {@code plugins/} (bundle jars), with p2's own publisher (the same actions as its
 * FeaturesAndBundlesPublisher application). Jars are published as they are: sign them first.
 */
public final class SitePublisher {

    /** What was published. */
    public record Published(Path site, List<String> features, List<String> bundles) {
    }

    private SitePublisher() {
    }

    public static Published publish(IProvisioningAgent agent, Path source, Path site, String name) throws ProvisioningException {
        List<File> features = list(source.resolve("features"), p -> Files.isDirectory(p) && Files.isRegularFile(p.resolve("feature.xml"))
                || p.toString().endsWith(".jar"));
        List<File> bundles = list(source.resolve("plugins"), p -> p.toString().endsWith(".jar") || Files.isDirectory(p));
        if (features.isEmpty() && bundles.isEmpty()) {
            throw new ProvisioningException(source + " has no features/ (folders with feature.xml) and no plugins/ (bundle jars) to publish");
        }
        PublisherInfo info = new PublisherInfo();
        info.setArtifactOptions(IPublisherInfo.A_INDEX | IPublisherInfo.A_PUBLISH | IPublisherInfo.A_OVERWRITE);
        try {
            Files.createDirectories(site);
            info.setMetadataRepository(Publisher.createMetadataRepository(agent, site.toUri(), name, true, false));
            info.setArtifactRepository(Publisher.createArtifactRepository(agent, site.toUri(), name, false));
        } catch (IOException | ProvisionException e) {
            throw new ProvisioningException("cannot create the update site " + site + ": " + e.getMessage(), e);
        }
        IPublisherAction[] actions = { new FeaturesAction(features.toArray(File[]::new)), new BundlesAction(bundles.toArray(File[]::new)) };
        IStatus status = new Publisher(info).publish(actions, new NullProgressMonitor());
        if (status.getSeverity() >= IStatus.ERROR) {
            throw new ProvisioningException("publishing " + source + " failed: " + Provisioner.describe(status));
        }
        return new Published(site, features.stream().map(File::getName).toList(), bundles.stream().map(File::getName).toList());
    }

    private static List<File> list(Path folder, java.util.function.Predicate<Path> accept) throws ProvisioningException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<File> files = new ArrayList<>(entries.filter(accept).sorted().map(Path::toFile).toList());
            return files;
        } catch (IOException e) {
            throw new ProvisioningException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }
}
