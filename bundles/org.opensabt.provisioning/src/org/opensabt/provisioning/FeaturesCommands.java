package org.opensabt.provisioning;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.repository.artifact.ArtifactKeyQuery;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.opensabt.cli.api.CliCommand;
import org.opensabt.cli.api.CommandContext;
import org.opensabt.cli.api.CommandException;
import org.opensabt.cli.api.CommandResult;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code opensabt features ...} commands: partner hospitals add, update and remove capabilities. */
public final class FeaturesCommands {

    private FeaturesCommands() {
    }

    /** Options shared by the commands that read a site. */
    abstract static class SiteOptions {

        URI site(CommandContext context, String site) throws CommandException {
            if (site.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !site.matches("^[a-zA-Z]:\\\\.*")) {
                try {
                    return new URI(site);
                } catch (URISyntaxException e) {
                    throw new CommandException("--site: not a URL: " + site, e);
                }
            }
            Path folder = context.resolve(site);
            if (!Files.isDirectory(folder)) {
                throw new CommandException("--site: no such folder: " + folder);
            }
            return folder.toUri();
        }

        /**
         * Runs one change (install, uninstall, update) on the running installation. Install and update
         * need at least one trust anchor: a product ships with none.
         */
        CommandResult change(CommandContext context, boolean addsCode, ChangeAction action) throws CommandException {
            Installation installation = installation();
            TrustStore trust = trustStore(installation, List.of());
            if (addsCode && trust.isEmpty()) {
                throw new CommandException("this installation trusts no signer yet (" + installation.trustFolder()
                        + " holds no certificate), so nothing can be installed; an administrator adds the certificate of the update site's signer with: opensabt features trust add CERT");
            }
            Provisioner provisioner = new Provisioner(installation, trust, context::progress);
            try {
                return changeResult(action.apply(provisioner));
            } catch (ProvisioningException e) {
                throw new CommandException(e.getMessage(), e);
            }
        }
    }

    static TrustStore trustStore(Installation installation, List<Path> extra) throws CommandException {
        try {
            return TrustStore.load(installation == null ? null : installation.trustFolder(), extra);
        } catch (IOException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface ChangeAction {
        Provisioner.Change apply(Provisioner provisioner) throws ProvisioningException, CommandException;
    }

    static Installation installation() throws CommandException {
        try {
            return Installation.running();
        } catch (ProvisioningException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    static CommandResult changeResult(Provisioner.Change change) {
        StringBuilder text = new StringBuilder();
        if (change.nothingToDo()) {
            text.append(change.action()).append(": everything is up to date\n");
        } else {
            String verb = switch (change.action()) {
                case "install" -> "installed";
                case "uninstall" -> "uninstalled";
                default -> "updated";
            };
            for (Provisioner.Feature f : change.features()) {
                text.append(verb).append(' ').append(f.id()).append(' ').append(f.version())
                        .append(f.root() ? "" : " (required)").append('\n');
            }
            text.append("bundles: ").append(change.added().size()).append(" added, ").append(change.removed().size()).append(" removed");
            if (!change.verifiedJars().isEmpty()) {
                text.append("; ").append(change.verifiedJars().size()).append(" signature(s) verified");
            }
            text.append("\nThe change takes effect the next time opensabt starts; cases, preferences and workspaces are not touched.\n");
        }
        return CommandResult.of(text.toString(), change);
    }

    @Command(name = "list", description = "List the features installed here and, with --site, those a site offers.")
    public static final class ListCommand extends SiteOptions implements CliCommand {
        @Option(names = "--site", paramLabel = "SITE", description = "Update site (folder or URL) to list too.")
        String site;

        @Override
        public CommandResult run(CommandContext context) throws Exception {
            Installation installation = installation();
            Provisioner provisioner = new Provisioner(installation, trustStore(installation, List.of()), context::progress);
            List<Provisioner.Feature> installed = provisioner.installed();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("installFolder", installation.installFolder().toString());
            json.put("installed", installed);
            StringBuilder text = new StringBuilder("Installed in " + installation.installFolder() + ":\n");
            installed.forEach(f -> text.append(String.format("  %-34s %-24s %s%n", f.id(), f.version(),
                    f.root() ? "installed by itself" : "part of the product or required")));
            if (site != null) {
                URI uri = site(context, site);
                List<Provisioner.Feature> available = provisioner.available(uri);
                json.put("site", uri.toString());
                json.put("available", available);
                text.append("On ").append(uri).append(":\n");
                for (Provisioner.Feature f : available) {
                    boolean here = installed.stream().anyMatch(i -> i.id().equals(f.id()) && i.version().equals(f.version()));
                    text.append(String.format("  %-34s %-24s %s%s%n", f.id(), f.version(), here ? "[installed] " : "",
                            f.requires().isEmpty() ? "" : "requires " + String.join(", ", f.requires())));
                }
            }
            return CommandResult.of(text.toString(), json);
        }
    }

    @Command(name = "install", description = "Install features (with what they require) from an update site into this product. "
            + "Every bundle jar is signature-checked first.")
    public static final class InstallCommand extends SiteOptions implements CliCommand {
        @Option(names = "--site", required = true, paramLabel = "SITE", description = "Update site: a folder or a URL.")
        String site;

        @Parameters(arity = "1..*", paramLabel = "FEATURE", description = "Feature ids, e.g. org.opensabt.outcomes.feature (or org.opensabt.outcomes).")
        List<String> features;

        @Override
        public CommandResult run(CommandContext context) throws Exception {
            return change(context, true, provisioner -> provisioner.install(site(context, site), features));
        }
    }

    @Command(name = "uninstall", description = "Uninstall features that were installed by themselves. Cases and preferences stay.")
    public static final class UninstallCommand extends SiteOptions implements CliCommand {
        @Parameters(arity = "1..*", paramLabel = "FEATURE", description = "Feature ids.")
        List<String> features;

        @Override
        public CommandResult run(CommandContext context) throws Exception {
            return change(context, false, provisioner -> provisioner.uninstall(features));
        }
    }

    @Command(name = "update", description = "Update the features installed by themselves (or those named) to the newest versions on a site.")
    public static final class UpdateCommand extends SiteOptions implements CliCommand {
        @Option(names = "--site", required = true, paramLabel = "SITE", description = "Update site: a folder or a URL.")
        String site;

        @Parameters(arity = "0..*", paramLabel = "FEATURE", description = "Feature ids (default: all installed by themselves).")
        List<String> features = new ArrayList<>();

        @Override
        public CommandResult run(CommandContext context) throws Exception {
            return change(context, true, provisioner -> provisioner.update(site(context, site), features));
        }
    }

    @Command(name = "verify", description = "Verify the signature of every bundle jar on an update site against the trusted certificates.")
    public static final class VerifyCommand extends SiteOptions implements CliCommand {
        @Option(names = "--site", required = true, paramLabel = "SITE", description = "Update site folder.")
        String site;

        @Option(names = "--trust", paramLabel = "CERT", description = "Verify against this X.509 certificate (PEM or DER) too, "
                + "besides the installation's trust/ folder (e.g. to check a site before trusting its signer).")
        List<String> trust = new ArrayList<>();

        @Override
        public CommandResult run(CommandContext context) throws Exception {
            URI uri = site(context, site);
            Installation installation = installation();
            JarVerifier verifier = new JarVerifier(trustStore(installation, trust.stream().map(context::resolve).toList()));
            IArtifactRepository repository;
            try {
                repository = installation.agent().getService(IArtifactRepositoryManager.class).loadRepository(uri, new NullProgressMonitor());
            } catch (ProvisionException e) {
                throw new CommandException("no update site at " + uri + ": " + e.getMessage(), e);
            }
            List<String> verified = new ArrayList<>();
            Path folder = Files.createTempDirectory("opensabt-verify");
            try {
                for (IArtifactKey key : repository.query(ArtifactKeyQuery.ALL_KEYS, null).toUnmodifiableSet().stream()
                        .filter(k -> "osgi.bundle".equals(k.getClassifier())).sorted((x, y) -> x.toString().compareTo(y.toString())).toList()) {
                    verified.add(Provisioner.fetchAndVerify(repository, key, folder, verifier));
                }
            } catch (ProvisioningException e) {
                throw new CommandException(e.getMessage(), e);
            } finally {
                Provisioner.deleteQuietly(folder);
            }
            return CommandResult.of("all " + verified.size() + " bundle jars on " + uri + " are signed by a trusted certificate\n",
                    Map.of("site", uri.toString(), "verifiedBundles", verified));
        }
    }

    @Command(name = "publish", description = "Make an update site from a folder with features/ (feature.xml folders) and plugins/ (signed bundle jars).")
    public static final class PublishCommand implements CliCommand {
        @Option(names = "--source", required = true, paramLabel = "FOLDER", description = "Folder holding features/ and plugins/.")
        String source;

        @Option(names = "--site", required = true, paramLabel = "SITE", description = "Update site folder to write (created or added to).")
        String site;

        @Option(names = "--name", description = "Site name (default: the folder name).")
        String name;

        @Override
        public CommandResult run(CommandContext context) throws Exception {
            Path from = context.resolve(source);
            if (!Files.isDirectory(from)) {
                throw new CommandException("--source: no such folder: " + from);
            }
            Path to = context.resolve(site);
            Path area = Files.createTempDirectory("opensabt-publish-agent");
            IProvisioningAgent agent = scratchAgent(area);
            try {
                SitePublisher.Published published = SitePublisher.publish(agent, from, to, name != null ? name : to.getFileName().toString());
                return CommandResult.of("published " + published.features().size() + " feature(s) and " + published.bundles().size()
                        + " bundle(s) to " + published.site() + "\n", published);
            } catch (ProvisioningException e) {
                throw new CommandException(e.getMessage(), e);
            } finally {
                agent.stop();
                Provisioner.deleteQuietly(area);
            }
        }

        /** A provisioning agent of its own, so publishing never touches the product's p2 state. */
        private static IProvisioningAgent scratchAgent(Path area) throws Exception {
            BundleContext context = FrameworkUtil.getBundle(FeaturesCommands.class).getBundleContext();
            Installation.startP2Core(context);
            ServiceReference<IProvisioningAgentProvider> reference = context.getServiceReference(IProvisioningAgentProvider.class);
            return context.getService(reference).createAgent(area.toUri());
        }
    }

    @Command(name = "add", description = { "Trust jars signed with this certificate (PEM or DER X.509): it is copied into the installation's trust/ folder.",
            "Check its SHA-256 fingerprint against the one the signer published before you add it." })
    public static final class TrustAddCommand implements CliCommand {
        @Parameters(paramLabel = "CERT", description = "Certificate file (PEM or DER).")
        String certificate;

        @Override
        public CommandResult run(CommandContext context) throws Exception {
            TrustFolder folder = new TrustFolder(installation().trustFolder());
            List<TrustFolder.Anchor> added;
            try {
                added = folder.add(context.resolve(certificate));
            } catch (IOException e) {
                throw new CommandException(e.getMessage(), e);
            }
            StringBuilder text = new StringBuilder();
            if (added.isEmpty()) {
                text.append("already trusted: ").append(certificate).append('\n');
            }
            added.forEach(a -> text.append("trusted ").append(a.subject()).append("\n  SHA-256 ").append(a.sha256())
                    .append("\n  valid until ").append(a.notAfter()).append(a.expired() ? " (EXPIRED)" : "").append("\n  kept as ")
                    .append(folder.folder().resolve(a.file())).append('\n'));
            return CommandResult.of(text.toString(), Map.of("added", added, "trustFolder", folder.folder().toString()));
        }
    }

    @Command(name = "list", description = "List the certificates whose signatures this installation accepts.")
    public static final class TrustListCommand implements CliCommand {
        @Override
        public CommandResult run(CommandContext context) throws Exception {
            TrustFolder folder = new TrustFolder(installation().trustFolder());
            List<TrustFolder.Anchor> anchors;
            try {
                anchors = folder.list();
            } catch (IOException e) {
                throw new CommandException(e.getMessage(), e);
            }
            StringBuilder text = new StringBuilder(anchors.isEmpty()
                    ? "No trusted signers in " + folder.folder() + ": nothing can be installed until one is added (features trust add CERT).\n"
                    : "Trusted signers (" + folder.folder() + "):\n");
            anchors.forEach(a -> text.append("  ").append(a.subject()).append("\n    SHA-256 ").append(a.sha256()).append("\n    valid ")
                    .append(a.notBefore()).append(" to ").append(a.notAfter()).append(a.expired() ? " (EXPIRED)" : "").append("; file ").append(a.file()).append('\n'));
            return CommandResult.of(text.toString(), Map.of("trustFolder", folder.folder().toString(), "anchors", anchors));
        }
    }

    @Command(name = "remove", description = "Stop trusting a signer: give its file name or the first 8 or more hex digits of its SHA-256 fingerprint.")
    public static final class TrustRemoveCommand implements CliCommand {
        @Parameters(paramLabel = "FINGERPRINT|FILE", description = "SHA-256 fingerprint prefix (':' optional) or file name from 'features trust list'.")
        String selector;

        @Override
        public CommandResult run(CommandContext context) throws Exception {
            TrustFolder folder = new TrustFolder(installation().trustFolder());
            try {
                List<TrustFolder.Anchor> removed = folder.remove(selector);
                StringBuilder text = new StringBuilder();
                removed.forEach(a -> text.append("no longer trusted: ").append(a.subject()).append(" (SHA-256 ").append(a.sha256()).append(")\n"));
                return CommandResult.of(text.toString(), Map.of("removed", removed));
            } catch (IOException e) {
                throw new CommandException(e.getMessage(), e);
            }
        }
    }

}
