package org.opensabt.cli.api;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The OSGi services of a type registered in the running framework (dose engines, seed optimisers, …). */
public final class Services {

    private Services() {
    }

    /** Every registered service of {@code type}, highest ranking first; empty outside a framework. */
    public static <T> List<T> all(Class<T> type) {
        Bundle bundle = FrameworkUtil.getBundle(Services.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        List<T> found = new ArrayList<>();
        if (context == null) {
            return found;
        }
        try {
            List<ServiceReference<T>> refs = new ArrayList<>(context.getServiceReferences(type, null));
            refs.sort(java.util.Comparator.reverseOrder());
            for (ServiceReference<T> ref : refs) {
                T service = context.getService(ref);
                if (service != null) {
                    found.add(service);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
