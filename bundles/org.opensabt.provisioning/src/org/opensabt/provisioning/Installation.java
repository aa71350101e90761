package org.opensabt.provisioning;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The running product as p2 sees it: its provisioning agent (the {@code p2/} folder next to its
 * {@code configuration/}), its profile, and its install folder (where {@code trust/} lives).
 */
public record Installation(IProvisioningAgent agent, IProfile profile, Path installFolder) {

    /** The trust folder of this installation: certificates whose signatures it accepts. */
    public Path trustFolder() {
        return installFolder.resolve("trust");
    }

    /**
     * Finds the running installation.
     *
     * @throws ProvisioningException if the product was not installed by p2 (no profile): e.g. started
     *         with a configuration folder outside its install folder
     */
    public static Installation running() throws ProvisioningException {
        BundleContext context = FrameworkUtil.getBundle(Installation.class).getBundleContext();
        startP2Core(context);
        ServiceReference<IProvisioningAgent> reference = context.getServiceReference(IProvisioningAgent.class);
        IProvisioningAgent agent = reference == null ? null : context.getService(reference);
        Path install = installFolder(context);
        if (agent == null) {
            throw new ProvisioningException("this installation has no p2 data area (eclipse.p2.data.area in "
                    + install.resolve("configuration/config.ini") + "); it cannot install or update features");
        }
        // p2 makes up an empty profile for a configuration area it has never seen; only the product's
        // own p2/ folder (next to its configuration/) holds the profile it was installed with
        org.eclipse.equinox.p2.core.IAgentLocation location = agent.getService(org.eclipse.equinox.p2.core.IAgentLocation.class);
        Path area = location == null ? null : Path.of(location.getRootLocation()).normalize();
        if (area == null || !area.equals(install.resolve("p2"))) {
            throw new ProvisioningException("this product was started with a configuration outside its folder (p2 data in " + area
                    + "), so its installed features are not visible; start it with its own script, " + install.resolve("opensabt"));
        }
        IProfileRegistry registry = agent.getService(IProfileRegistry.class);
        IProfile profile = registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
        if (profile == null) {
            throw new ProvisioningException("this installation has no p2 profile (looked for eclipse.p2.profile="
                    + context.getProperty("eclipse.p2.profile") + " under " + context.getProperty("eclipse.p2.data.area")
                    + "); start it from its own folder (" + install.resolve("opensabt") + ") so that its configuration/ is used");
        }
        return new Installation(agent, profile, install);
    }

    /** The latest profile state (after an install the snapshot taken before is stale). */
    public IProfile currentProfile() {
        return agent.getService(IProfileRegistry.class).getProfile(IProfileRegistry.SELF);
    }

    /**
     * Starts p2 and the services it looks up: the framework manipulator (frameworkadmin.equinox,
     * simpleconfigurator.manipulator) and the ECF file transfer are Declarative Services components in
     * lazily activated bundles, which Felix SCR only sees once the bundles are starting.
     */
    static void startP2Core(BundleContext context) throws ProvisioningException {
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            boolean needed = name.startsWith("org.eclipse.equinox.p2.") && !name.startsWith("org.eclipse.equinox.p2.ui")
                    || name.startsWith("org.eclipse.equinox.frameworkadmin") || name.equals("org.eclipse.equinox.simpleconfigurator.manipulator")
                    || name.startsWith("org.eclipse.ecf");
            if (needed && bundle.getState() == Bundle.RESOLVED && bundle.getHeaders().get("Fragment-Host") == null) {
                try {
                    bundle.start(Bundle.START_TRANSIENT | Bundle.START_ACTIVATION_POLICY);
                } catch (BundleException e) {
                    throw new ProvisioningException("p2 cannot start (" + name + "): " + e.getMessage(), e);
                }
            }
        }
    }

    /** The install folder of the running product (osgi.install.area), whether or not p2 is running. */
    public static Path runningInstallFolder() {
        return installFolder(FrameworkUtil.getBundle(Installation.class).getBundleContext());
    }

    private static Path installFolder(BundleContext context) {
        String area = context.getProperty("osgi.install.area");
        try {
            return Path.of(new URL(area).toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | java.net.MalformedURLException | RuntimeException e) {
            return Path.of(".").toAbsolutePath().normalize();
        }
    }
}
