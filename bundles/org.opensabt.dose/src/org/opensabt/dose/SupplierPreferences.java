package org.opensabt.dose;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Which supplier (dose engine, seed optimiser) a request without an id uses: a preference read from the
 * instance scope, then the default scope. The instance scope is read only once the instance location
 * (the workbench's workspace) is set, so that a command-line run never creates a workspace folder in
 * the current directory just to look for a preference.
 */
public final class SupplierPreferences {

    private SupplierPreferences() {
    }

    /** The preference {@code key} of {@code node}, else {@code defaultValue}; blank counts as unset. */
    public static String get(String node, String key, String defaultValue) {
        String value = DefaultScope.INSTANCE.getNode(node).get(key, null);
        if (instanceLocationSet()) {
            value = InstanceScope.INSTANCE.getNode(node).get(key, value);
        }
        return value == null || value.isBlank() ? defaultValue : value.strip();
    }

    private static boolean instanceLocationSet() {
        Bundle bundle = FrameworkUtil.getBundle(SupplierPreferences.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return false;
        }
        try {
            for (ServiceReference<Location> ref : context.getServiceReferences(Location.class, Location.INSTANCE_FILTER)) {
                Location location = context.getService(ref);
                try {
                    if (location != null && location.isSet()) {
                        return true;
                    }
                } finally {
                    context.ungetService(ref);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // Location.INSTANCE_FILTER is valid
        }
        return false;
    }
}
