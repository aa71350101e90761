package org.opensabt.dose;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** Looks up {@link DoseEngine} services in the running OSGi framework. */
public final class DoseEngines {

    private DoseEngines() {
    }

    /** All registered engines. */
    public static List<DoseEngine> all() {
        Bundle bundle = FrameworkUtil.getBundle(DoseEngines.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        List<DoseEngine> engines = new ArrayList<>();
        if (context == null) {
            return engines;
        }
        try {
            for (ServiceReference<DoseEngine> ref : context.getServiceReferences(DoseEngine.class, null)) {
                DoseEngine engine = context.getService(ref);
                if (engine != null) {
                    engines.add(engine);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return engines;
    }

    /** The engine with this id; the message lists the installed ones. */
    public static DoseEngine find(String id) {
        List<DoseEngine> engines = all();
        for (DoseEngine engine : engines) {
            if (engine.id().equalsIgnoreCase(id)) {
                return engine;
            }
        }
        throw new IllegalArgumentException("no dose engine \"" + id + "\" is installed (installed: "
                + (engines.isEmpty() ? "none; install org.opensabt.dose.feature" : engines.stream().map(DoseEngine::id).toList()) + ")");
    }
}
