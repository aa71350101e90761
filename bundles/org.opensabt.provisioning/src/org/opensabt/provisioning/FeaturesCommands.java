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
        @Option(names = "--trust", paramLabel = "CERT", description = "Also trust jars signed with this X.509 certificate (PEM or DER); "
                + "the installation's trust/ folder is always trusted.")
        List<String> trust = new ArrayList<>();

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

        /** Runs one change (install, uninstall, update) on the running installation. */
        CommandResult change(CommandContext context, ChangeAction action) throws CommandException {
            Installation installation = installation();
            Provisioner provisioner = new Provisioner(installation, trustStore(context, installation), context::progress);
            try {
                return changeResult(action.apply(provisioner));
            } catch (ProvisioningException e) {
                throw new CommandException(e.getMessage(), e);
            }
        }

        TrustStore trustStore(CommandContext context, Installation installation) throws CommandException {
            try {
                return TrustStore.load(installation == null ? null : installation.trustFolder(),
                        trust.stream().map(context::resolve).toList());
            } catch (IOException e) {
                throw new CommandException("--trust: " + e.getMessage(), e);
            }
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
            Provisioner provisioner = new Provisioner(installation, trustStore(context, installation), context::progress);
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
            return change(context, provisioner -> provisioner.install(site(context, site), features));
        }
    }

    @Command(name = "uninstall", description = "Uninstall features that were installed by themselves. Cases and preferences stay.")
    public static final class UninstallCommand extends SiteOptions implements CliCommand {
        @Parameters(arity = "1..*", paramLabel = "FEATURE", description = "Feature ids.")
        List<String> features;

        @Override
        public CommandResult run(CommandContext context) throws Exception {
            return change(context, provisioner -> provisioner.uninstall(features));
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
            return change(context, provisioner -> provisioner.update(site(context, site), features));
        }
    }

    @Command(name = "verify", description = "Verify the signature of every bundle jar on an update site against the trusted certificates.")
    public static final class VerifyCommand extends SiteOptions implements CliCommand {
        @Option(names = "--site", required = true, paramLabel = "SITE", description = "Update site folder.")
        String site;

        @Override
        public CommandResult run(CommandContext context) throws Exception {
            URI uri = site(context, site);
            Installation installation = installation();
            JarVerifier verifier = new JarVerifier(trustStore(context, installation));
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

}
