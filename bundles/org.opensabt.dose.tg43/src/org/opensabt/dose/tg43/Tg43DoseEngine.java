package org.opensabt.dose.tg43;

import java.util.List;

import org.opensabt.dose.DoseEngine;
import org.opensabt.dose.DoseRateGrid;
import org.opensabt.dose.DoseRateKernel;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.source.SeedSource;

/** The AAPM TG-43U1 dose engine, registered as a {@link DoseEngine} service (OSGI-INF/tg43-engine.xml). */
public final class Tg43DoseEngine implements DoseEngine {

    @Override
    public String id() {
        return "tg43";
    }

    @Override
    public String description() {
        return "AAPM TG-43U1 (Rivard et al. 2004), 2D line source or 1D with φan";
    }

    @Override
    public DoseRateKernel kernel(SeedSource source, KernelOptions options) {
        return new Tg43Formalism(source, options);
    }

    @Override
    public DoseRateGrid doseRate(SeedSource source, KernelOptions options, List<SeedPlacement> seeds, GridGeometry grid, int threads)
            throws InterruptedException {
        Tg43Formalism formalism = new Tg43Formalism(source, options);
        Tg43GridCalculation calculation = new Tg43GridCalculation(formalism);
        float[] rate = calculation.doseRateCGyPerHour(seeds, grid, threads);
        String notes = "TG-43U1 " + options.mode().label() + ", " + source.name() + "; direct formula within "
                + calculation.nearRadiusMm() + " mm of a seed centre, table kernel beyond; values within "
                + formalism.clampRadiusCm() * 10 + " mm of a centre are those at that radius"
                + (formalism.phiAnDerived() && options.mode() == org.opensabt.dose.DoseMode.POINT_1D ? "; φan derived from F(r,θ)" : "");
        return new DoseRateGrid(grid, rate, id(), notes);
    }
}
