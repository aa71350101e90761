package org.opensabt.dose;

import java.util.List;

import org.opensabt.cli.api.Services;

/** Looks up {@link DoseEngine} services in the running OSGi framework. */
public final class DoseEngines {

    private DoseEngines() {
    }

    /** All registered engines. */
    public static List<DoseEngine> all() {
        return Services.all(DoseEngine.class);
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
