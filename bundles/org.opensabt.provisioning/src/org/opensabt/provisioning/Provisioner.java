package org.opensabt.provisioning;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactDescriptor;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

/**
 * Installs, updates and uninstalls features in the running product with p2's operations API (the
 * same operations the workbench's install and update dialogs run). Before p2 changes anything, every
 * bundle jar the change would add is fetched from the site (p2 checks its checksum) and its signature
 * is verified against the installation's {@link TrustStore}; one refused jar refuses the whole change,
 * and the installation is left as it was.
 */
public final class Provisioner {

    /** A feature: its id without p2's {@code .feature.group} suffix. */
    public record Feature(String id, String version, String name, boolean root, List<String> requires) {
    }

    /** What a change did (or would do). Bundle entries are "id version". */
    public record Change(String action, List<Feature> features, List<String> added, List<String> removed,
            List<String> verifiedJars, boolean nothingToDo) {
    }

    private static final String GROUP_SUFFIX = ".feature.group";

    private final Installation installation;
    private final TrustStore trust;
    private final Consumer<String> progress;
    private final IProgressMonitor monitor = new NullProgressMonitor();

    public Provisioner(Installation installation, TrustStore trust, Consumer<String> progress) {
        this.installation = installation;
        this.trust = trust;
        this.progress = progress;
    }

    /** The features installed in the running product, with whether each was installed by itself (root). */
    public List<Feature> installed() {
        IProfile profile = installation.currentProfile();
        List<IInstallableUnit> groups = profile.query(QueryUtil.createIUGroupQuery(), monitor).toUnmodifiableSet().stream()
                .filter(iu -> iu.getId().endsWith(GROUP_SUFFIX)).toList();
        return describe(groups, groups, iu -> "true".equals(profile.getInstallableUnitProperty(iu, IProfile.PROP_PROFILE_ROOT_IU)));
    }

    /** The newest version of each feature a site offers. */
    public List<Feature> available(URI site) throws ProvisioningException {
        IMetadataRepository repository = loadMetadata(site);
        List<IInstallableUnit> groups = repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), monitor)
                .toUnmodifiableSet().stream().filter(iu -> iu.getId().endsWith(GROUP_SUFFIX)).toList();
        return describe(groups, groups, iu -> false);
    }

    /** Installs features (or single bundles) from a site, with what they require. */
    public Change install(URI site, List<String> ids) throws ProvisioningException {
        IMetadataRepository repository = loadMetadata(site);
        IArtifactRepository artifacts = loadArtifacts(site);
        List<IInstallableUnit> units = new ArrayList<>();
        for (String id : ids) {
            units.add(findLatest(repository, id, "the site " + site));
        }
        InstallOperation operation = new InstallOperation(new ProvisioningSession(installation.agent()), units);
        return run("install", operation, site, artifacts, units);
    }

    /** Uninstalls features that were installed by themselves; files outside the product are not touched. */
    public Change uninstall(List<String> ids) throws ProvisioningException {
        IProfile profile = installation.currentProfile();
        List<IInstallableUnit> units = new ArrayList<>();
        for (String id : ids) {
            IInstallableUnit unit = findLatest(profile, id, "this installation");
            if (!"true".equals(profile.getInstallableUnitProperty(unit, IProfile.PROP_PROFILE_ROOT_IU))) {
                throw new ProvisioningException(strip(unit.getId()) + " is part of the product or required by another feature,"
                        + " not installed by itself; uninstall the feature that brought it (see features list)");
            }
            units.add(unit);
        }
        UninstallOperation operation = new UninstallOperation(new ProvisioningSession(installation.agent()), units);
        return run("uninstall", operation, null, null, units);
    }

    /**
     * Updates the features installed by themselves (all of them, or those named) to the newest
     * versions on a site.
     */
    public Change update(URI site, List<String> ids) throws ProvisioningException {
        IProfile profile = installation.currentProfile();
        loadMetadata(site);
        IArtifactRepository artifacts = loadArtifacts(site);
        List<IInstallableUnit> roots = new ArrayList<>();
        if (ids.isEmpty()) {
            roots.addAll(profile.query(QueryUtil.createIUAnyQuery(), monitor).toUnmodifiableSet().stream()
                    .filter(iu -> "true".equals(profile.getInstallableUnitProperty(iu, IProfile.PROP_PROFILE_ROOT_IU))).toList());
        } else {
            for (String id : ids) {
                roots.add(findLatest(profile, id, "this installation"));
            }
        }
        UpdateOperation operation = new UpdateOperation(new ProvisioningSession(installation.agent()), roots);
        return run("update", operation, site, artifacts, roots);
    }

    private Change run(String action, ProfileChangeOperation operation, URI site, IArtifactRepository artifacts,
            List<IInstallableUnit> requested) throws ProvisioningException {
        operation.setProfileId(IProfileRegistry.SELF);
        ProvisioningContext context = new ProvisioningContext(installation.agent());
        URI[] sites = site == null ? new URI[0] : new URI[] { site };
        context.setMetadataRepositories(sites);
        context.setArtifactRepositories(sites);
        operation.setProvisioningContext(context);
        progress.accept("resolving the " + action + " of " + requested.stream().map(iu -> strip(iu.getId())).toList() + " ...");
        IStatus resolution = operation.resolveModal(monitor);
        if (operation instanceof UpdateOperation && resolution.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
            return new Change(action, List.of(), List.of(), List.of(), List.of(), true);
        }
        if (resolution.getSeverity() >= IStatus.ERROR) {
            String details = operation.getResolutionDetails();
            throw new ProvisioningException("cannot " + action + ": " + oneLine(details != null ? details : describe(resolution)));
        }
        IProvisioningPlan plan = operation.getProvisioningPlan();
        List<IInstallableUnit> added = sorted(plan.getAdditions());
        List<IInstallableUnit> removed = sorted(plan.getRemovals());
        List<String> verified = artifacts == null ? List.of() : verifyArtifacts(added, artifacts);
        ProvisioningJob job = operation.getProvisioningJob(monitor);
        if (job == null) {
            throw new ProvisioningException("cannot " + action + ": p2 made no provisioning job (" + describe(resolution) + ")");
        }
        progress.accept(action + ": " + added.size() + " unit(s) to add, " + removed.size() + " to remove ...");
        IStatus result = job.runModal(monitor);
        if (result.getSeverity() >= IStatus.ERROR || result.getSeverity() == IStatus.CANCEL) {
            throw new ProvisioningException(action + " failed: " + oneLine(describe(result)));
        }
        List<IInstallableUnit> features = new ArrayList<>(added.stream().filter(QueryUtil::isGroup).toList());
        if (action.equals("uninstall")) {
            features = new ArrayList<>(removed.stream().filter(QueryUtil::isGroup).toList());
        }
        return new Change(action, describe(features, features, iu -> requested.stream().anyMatch(r -> r.getId().equals(iu.getId()))),
                added.stream().filter(Provisioner::isBundle).map(Provisioner::label).toList(),
                removed.stream().filter(Provisioner::isBundle).map(Provisioner::label).toList(), verified, false);
    }

    /**
     * Fetches each bundle jar of the units to add (p2 checks the site's checksum on the way) and
     * verifies its signature. Feature jars hold only their feature.xml and are not code; p2's metadata
     * (content.xml) is not signed in p2 at all, so the code is what is checked.
     */
    private List<String> verifyArtifacts(List<IInstallableUnit> added, IArtifactRepository artifacts) throws ProvisioningException {
        JarVerifier verifier = new JarVerifier(trust);
        List<String> verified = new ArrayList<>();
        Path folder;
        try {
            folder = Files.createTempDirectory("opensabt-verify");
        } catch (IOException e) {
            throw new ProvisioningException("cannot create a temporary folder to verify signatures: " + e.getMessage(), e);
        }
        try {
            for (IInstallableUnit unit : added) {
                for (IArtifactKey key : unit.getArtifacts()) {
                    if ("osgi.bundle".equals(key.getClassifier())) {
                        verified.add(fetchAndVerify(artifacts, key, folder, verifier));
                    }
                }
            }
        } finally {
            deleteQuietly(folder);
        }
        progress.accept("signatures: " + verified.size() + " bundle jar(s) verified against " + trust.sources());
        return verified;
    }

    /**
     * Fetches a bundle jar from a site into {@code folder} (p2 checks the site's checksum and, for a
     * signed jar, its signed digests on the way) and verifies its signature against the trust store.
     *
     * @return "id version" of the verified bundle
     */
    static String fetchAndVerify(IArtifactRepository artifacts, IArtifactKey key, Path folder, JarVerifier verifier)
            throws ProvisioningException {
        String label = key.getId() + " " + key.getVersion();
        IArtifactDescriptor descriptor = canonical(artifacts.getArtifactDescriptors(key));
        if (descriptor == null) {
            throw new ProvisioningException("refused: the site has no jar for bundle " + label);
        }
        Path jar = folder.resolve(key.getId() + "_" + key.getVersion() + ".jar");
        try (OutputStream out = Files.newOutputStream(jar)) {
            IStatus status = artifacts.getArtifact(descriptor, out, new NullProgressMonitor());
            if (status.getSeverity() >= IStatus.ERROR) {
                throw new ProvisioningException("refused: bundle " + label + " from " + artifacts.getLocation()
                        + " failed p2's download checks (checksum, signature): " + oneLine(describe(status)));
            }
        } catch (IOException e) {
            throw new ProvisioningException("refused: bundle " + label + " cannot be fetched: " + e.getMessage(), e);
        }
        try {
            verifier.verify(jar, "bundle " + label);
        } catch (JarVerifier.RefusedException e) {
            throw new ProvisioningException("refused: " + e.getMessage(), e);
        }
        return label;
    }

    private static IArtifactDescriptor canonical(IArtifactDescriptor[] descriptors) {
        for (IArtifactDescriptor descriptor : descriptors) {
            if (descriptor.getProperty(IArtifactDescriptor.FORMAT) == null) {
                return descriptor;
            }
        }
        return null;
    }

    private IMetadataRepository loadMetadata(URI site) throws ProvisioningException {
        IMetadataRepositoryManager manager = installation.agent().getService(IMetadataRepositoryManager.class);
        try {
            return manager.loadRepository(site, monitor);
        } catch (ProvisionException e) {
            throw new ProvisioningException("no update site at " + site + ": " + oneLine(e.getMessage()), e);
        }
    }

    private IArtifactRepository loadArtifacts(URI site) throws ProvisioningException {
        IArtifactRepositoryManager manager = installation.agent().getService(IArtifactRepositoryManager.class);
        try {
            return manager.loadRepository(site, monitor);
        } catch (ProvisionException e) {
            throw new ProvisioningException("the update site at " + site + " has no artifact repository: " + oneLine(e.getMessage()), e);
        }
    }

    /** The newest unit with this id: tried as given, as a feature group, then without the .feature suffix. */
    private IInstallableUnit findLatest(IQueryable<IInstallableUnit> where, String id, String whereName) throws ProvisioningException {
        for (String candidate : new String[] { id.endsWith(GROUP_SUFFIX) ? id : id + GROUP_SUFFIX,
                id + ".feature" + GROUP_SUFFIX, id }) {
            Set<IInstallableUnit> found = where.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(candidate)), monitor)
                    .toUnmodifiableSet();
            if (!found.isEmpty()) {
                return found.iterator().next();
            }
        }
        throw new ProvisioningException("no feature or bundle '" + id + "' in " + whereName + " (features list"
                + (whereName.startsWith("the site") ? " --site" : "") + " shows what there is)");
    }

    private static List<Feature> describe(Collection<IInstallableUnit> units, Collection<IInstallableUnit> candidates,
            java.util.function.Predicate<IInstallableUnit> root) {
        List<Feature> features = new ArrayList<>();
        for (IInstallableUnit unit : units) {
            Set<String> requires = new LinkedHashSet<>();
            for (IRequirement requirement : unit.getRequirements()) {
                for (IInstallableUnit other : candidates) {
                    if (other != unit && requirement.isMatch(other) && !isIncludedBy(unit, other)) {
                        requires.add(strip(other.getId()));
                    }
                }
            }
            features.add(new Feature(strip(unit.getId()), unit.getVersion().toString(),
                    unit.getProperty(IInstallableUnit.PROP_NAME, null), root.test(unit), List.copyOf(requires)));
        }
        features.sort(Comparator.comparing(Feature::id));
        return features;
    }

    /**
     * Whether {@code unit} includes {@code other} (feature.xml {@code <includes>}: a requirement on one
     * exact version) rather than requires it ({@code <requires><import>}: a version range).
     */
    private static boolean isIncludedBy(IInstallableUnit unit, IInstallableUnit other) {
        for (IRequirement requirement : unit.getRequirements()) {
            if (requirement.isMatch(other) && isExactVersion(requirement)) {
                return true;
            }
        }
        return false;
    }

    /**
     * p2 writes an exact requirement as "version == $2" (one Version parameter) and a range as two
     * bounds (two Versions) or one VersionRange.
     */
    private static boolean isExactVersion(IRequirement requirement) {
        int versions = 0;
        for (Object parameter : requirement.getMatches().getParameters()) {
            if (parameter instanceof org.eclipse.equinox.p2.metadata.Version) {
                versions++;
            }
            if (parameter instanceof org.eclipse.equinox.p2.metadata.VersionRange range) {
                return range.getMinimum().equals(range.getMaximum());
            }
        }
        return versions == 1;
    }

    private static List<IInstallableUnit> sorted(IQueryable<IInstallableUnit> units) {
        return units.query(QueryUtil.ALL_UNITS, null).toUnmodifiableSet().stream()
                .sorted(Comparator.comparing(IInstallableUnit::getId)).toList();
    }

    static String strip(String id) {
        return id.endsWith(GROUP_SUFFIX) ? id.substring(0, id.length() - GROUP_SUFFIX.length()) : id;
    }

    /** A unit that carries a bundle jar (not a feature group, feature jar or configuration unit). */
    private static boolean isBundle(IInstallableUnit unit) {
        return unit.getArtifacts().stream().anyMatch(key -> "osgi.bundle".equals(key.getClassifier()));
    }

    private static String label(IInstallableUnit unit) {
        return unit.getId() + " " + unit.getVersion();
    }

    static String describe(IStatus status) {
        StringBuilder text = new StringBuilder(status.getMessage());
        for (IStatus child : status.getChildren()) {
            text.append("; ").append(describe(child));
        }
        if (status.getException() != null && status.getException().getMessage() != null) {
            text.append(" (").append(status.getException().getMessage()).append(")");
        }
        return text.toString();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", "; ").trim();
    }

    static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
