package org.opensabt.dose;

import org.opensabt.model.geometry.GridGeometry;

import java.util.List;

import org.opensabt.dose.source.SeedSource;

/**
 * A dose-calculation supplier, registered as an OSGi service (TG-43 today; a Monte Carlo or
 * model-based engine can be added by another bundle). Find one with {@link DoseEngines}.
 */
public interface DoseEngine {

    /** Short identifier, e.g. "tg43". */
    String id();

    String description();

    /** Dose rate per U of one seed at points in its own frame. */
    DoseRateKernel kernel(SeedSource source, KernelOptions options);

    /**
     * Initial dose rate (cGy/h) of all seeds at every voxel of {@code grid}. Seeds may lie outside the
     * grid (they still contribute). Deterministic: the same input gives the same bits whatever the
     * thread count.
     */
    DoseRateGrid doseRate(SeedSource source, KernelOptions options, List<SeedPlacement> seeds, GridGeometry grid, int threads)
            throws InterruptedException;
}
