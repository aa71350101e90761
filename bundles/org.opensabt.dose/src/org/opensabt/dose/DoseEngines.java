package org.opensabt.dose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The {@link DoseEngine} services of the running OSGi framework, chosen by id. The engine used when a
 * request names none is the preference {@value #PREFERENCE_ENGINE} of node {@value #PREFERENCE_NODE}
 * (instance scope, then default scope; {@value #DEFAULT_ENGINE} when unset; see {@link SupplierPreferences}).
 */
public final class DoseEngines {

    /** Preference node of the dose capability. */
    public static final String PREFERENCE_NODE = "org.opensabt.dose";
    /** Preference key: id of the engine a request without one uses. */
    public static final String PREFERENCE_ENGINE = "engine";
    /** The engine used when no preference says otherwise. */
    public static final String DEFAULT_ENGINE = "tg43";

    private DoseEngines() {
    }

    /** All registered engines, highest service ranking first; empty outside a framework. */
    public static List<DoseEngine> all() {
        Bundle bundle = FrameworkUtil.getBundle(DoseEngines.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        List<DoseEngine> found = new ArrayList<>();
        if (context == null) {
            return found;
        }
        try {
            List<ServiceReference<DoseEngine>> refs = new ArrayList<>(context.getServiceReferences(DoseEngine.class, null));
            refs.sort(Comparator.reverseOrder());
            for (ServiceReference<DoseEngine> ref : refs) {
                DoseEngine engine = context.getService(ref);
                if (engine != null) {
                    found.add(engine);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // no filter is given
        }
        return found;
    }

    /** Ids of the registered engines. */
    public static List<String> ids() {
        return all().stream().map(DoseEngine::id).toList();
    }

    /** The engine id a request without one uses (the preference, else {@value #DEFAULT_ENGINE}). */
    public static String preferredId() {
        return SupplierPreferences.get(PREFERENCE_NODE, PREFERENCE_ENGINE, DEFAULT_ENGINE);
    }

    /**
     * The engine with this id (case ignored); null or blank: {@link #preferredId()}.
     *
     * @throws IllegalArgumentException one line naming the id and listing the installed ones
     */
    public static DoseEngine find(String id) {
        String wanted = id == null || id.isBlank() ? preferredId() : id.strip();
        List<DoseEngine> engines = all();
        for (DoseEngine engine : engines) {
            if (engine.id().equalsIgnoreCase(wanted)) {
                return engine;
            }
        }
        throw new IllegalArgumentException("no dose engine \"" + wanted + "\" is installed (installed: "
                + (engines.isEmpty() ? "none; install org.opensabt.dose.feature" : engines.stream().map(DoseEngine::id).toList()) + ")");
    }
}
