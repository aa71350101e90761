package org.opensabt.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.opensabt.dose.SupplierPreferences;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The {@link SeedOptimiser} services of the running OSGi framework, chosen by id. The optimiser used
 * when a request names none is the preference {@value #PREFERENCE_OPTIMISER} of node
 * {@value #PREFERENCE_NODE} (instance scope, then default scope; {@value #DEFAULT_OPTIMISER} when unset; see
 * {@link SupplierPreferences}).
 */
public final class SeedOptimisers {

    /** Preference node of the planning capability. */
    public static final String PREFERENCE_NODE = "org.opensabt.plan";
    /** Preference key: id of the optimiser a request without one uses. */
    public static final String PREFERENCE_OPTIMISER = "optimiser";
    /** The optimiser used when no preference says otherwise. */
    public static final String DEFAULT_OPTIMISER = "greedy-annealing";

    private SeedOptimisers() {
    }

    /** All registered optimisers, highest service ranking first; empty outside a framework. */
    public static List<SeedOptimiser> all() {
        Bundle bundle = FrameworkUtil.getBundle(SeedOptimisers.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        List<SeedOptimiser> found = new ArrayList<>();
        if (context == null) {
            return found;
        }
        try {
            List<ServiceReference<SeedOptimiser>> refs = new ArrayList<>(context.getServiceReferences(SeedOptimiser.class, null));
            refs.sort(Comparator.reverseOrder());
            for (ServiceReference<SeedOptimiser> ref : refs) {
                SeedOptimiser optimiser = context.getService(ref);
                if (optimiser != null) {
                    found.add(optimiser);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // no filter is given
        }
        return found;
    }

    /** The optimiser id a request without one uses (the preference, else {@value #DEFAULT_OPTIMISER}). */
    public static String preferredId() {
        return SupplierPreferences.get(PREFERENCE_NODE, PREFERENCE_OPTIMISER, DEFAULT_OPTIMISER);
    }

    /**
     * The optimiser with this id (case ignored); null or blank: {@link #preferredId()}.
     *
     * @throws IllegalArgumentException one line naming the id and listing the installed ones
     */
    public static SeedOptimiser find(String id) {
        String wanted = id == null || id.isBlank() ? preferredId() : id.strip();
        List<SeedOptimiser> optimisers = all();
        for (SeedOptimiser optimiser : optimisers) {
            if (optimiser.id().equalsIgnoreCase(wanted)) {
                return optimiser;
            }
        }
        throw new IllegalArgumentException("no seed optimiser \"" + wanted + "\" is installed (installed: "
                + (optimisers.isEmpty() ? "none; install org.opensabt.plan.feature" : optimisers.stream().map(SeedOptimiser::id).toList()) + ")");
    }
}
