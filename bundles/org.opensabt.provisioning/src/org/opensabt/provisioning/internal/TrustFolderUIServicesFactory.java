package org.opensabt.provisioning.internal;

import java.util.Collection;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.core.spi.IAgentServiceFactory;
import org.opensabt.provisioning.Installation;
import org.opensabt.provisioning.TrustFolderUIServices;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Gives p2 agents our {@link TrustFolderUIServices} as their {@link UIServices}. Registered with a
 * service ranking above p2's own UI factory (which the agent would otherwise pick); p2's dialog
 * service, when present, becomes the delegate for password prompts and messages.
 */
public final class TrustFolderUIServicesFactory implements IAgentServiceFactory {

    @Override
    public Object createService(IProvisioningAgent agent) {
        BundleContext context = FrameworkUtil.getBundle(TrustFolderUIServicesFactory.class).getBundleContext();
        return new TrustFolderUIServices(TrustFolderUIServices.of(Installation.runningInstallFolder()), delegate(context, agent));
    }

    /** The next UI service factory for UIServices (p2's dialogs), if any, below ours. */
    private static UIServices delegate(BundleContext context, IProvisioningAgent agent) {
        try {
            Collection<ServiceReference<IAgentServiceFactory>> references = context.getServiceReferences(IAgentServiceFactory.class,
                    "(" + IAgentServiceFactory.PROP_CREATED_SERVICE_NAME + "=" + UIServices.SERVICE_NAME + ")");
            for (ServiceReference<IAgentServiceFactory> reference : references) {
                Object id = reference.getProperty(Constants.SERVICE_PID);
                if (reference.getBundle() == context.getBundle() || "org.opensabt.provisioning.uiservices".equals(id)) {
                    continue;
                }
                IAgentServiceFactory factory = context.getService(reference);
                if (factory != null && factory.createService(agent) instanceof UIServices ui) {
                    return ui;
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }
}
