package org.opensabt.plan;

import java.util.List;

import org.opensabt.cli.api.Services;

/** Looks up {@link SeedOptimiser} services in the running OSGi framework. */
public final class SeedOptimisers {

    private SeedOptimisers() {
    }

    /** All registered optimisers. */
    public static List<SeedOptimiser> all() {
        return Services.all(SeedOptimiser.class);
    }

    /** The optimiser with this id; the message lists the installed ones. */
    public static SeedOptimiser find(String id) {
        List<SeedOptimiser> optimisers = all();
        for (SeedOptimiser optimiser : optimisers) {
            if (optimiser.id().equalsIgnoreCase(id)) {
                return optimiser;
            }
        }
        throw new IllegalArgumentException("no seed optimiser \"" + id + "\" is installed (installed: "
                + (optimisers.isEmpty() ? "none; install org.opensabt.plan.feature" : optimisers.stream().map(SeedOptimiser::id).toList()) + ")");
    }
}
