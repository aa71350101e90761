package org.opensabt.dose.tg43;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensabt.dose.DoseEngine;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.DoseMode;
import org.opensabt.dose.DoseRateGrid;
import org.opensabt.dose.DoseRateKernel;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.PointDose;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.cases.DoseInputException;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.model.PatientCase;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.phantoms.Phantom;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Dose engines are chosen by id (request, then the preference org.opensabt.dose/engine, then tg43): a
 * second engine registered as an OSGi service here (TG-43 with every dose rate doubled) is used exactly
 * when chosen, the default is TG-43, and an unknown id is refused with the installed ids listed.
 */
class EngineChoiceTest {

    static final String DOUBLED = "tg43-doubled";

    /** TG-43 with every dose rate multiplied by 2: a second engine whose effect is known exactly. */
    static final class DoubledEngine implements DoseEngine {
        private final DoseEngine tg43 = new Tg43DoseEngine();

        @Override
        public String id() {
            return DOUBLED;
        }

        @Override
        public String description() {
            return "test engine: TG-43 × 2";
        }

        @Override
        public DoseRateKernel kernel(SeedSource source, KernelOptions options) {
            DoseRateKernel k = tg43.kernel(source, options);
            return new DoseRateKernel() {
                @Override
                public double doseRateCGyPerHourPerU(double xCm, double yCm, double zCm) {
                    return 2 * k.doseRateCGyPerHourPerU(xCm, yCm, zCm);
                }

                @Override
                public double clampRadiusCm() {
                    return k.clampRadiusCm();
                }
            };
        }

        @Override
        public DoseRateGrid doseRate(SeedSource source, KernelOptions options, List<SeedPlacement> seeds, GridGeometry grid, int threads)
                throws InterruptedException {
            DoseRateGrid g = tg43.doseRate(source, options, seeds, grid, threads);
            float[] rate = g.doseRateCGyPerHour().clone();
            for (int i = 0; i < rate.length; i++) {
                rate[i] *= 2;
            }
            return new DoseRateGrid(grid, rate, id(), "doubled " + g.notes());
        }
    }

    static final List<ServiceRegistration<DoseEngine>> REGISTERED = new ArrayList<>();
    static SeedSource source;
    static PatientCase phantom;
    static List<SeedPlacement> seeds;

    @BeforeAll
    static void registerEngines() throws Exception {
        boolean tg43Registered = DoseEngines.ids().contains("tg43"); // no SCR in the test runtime: register TG-43 by hand
        BundleContext context = FrameworkUtil.getBundle(DoseEngines.class).getBundleContext();
        if (!tg43Registered) {
            REGISTERED.add(context.registerService(DoseEngine.class, new Tg43DoseEngine(), null));
        }
        REGISTERED.add(context.registerService(DoseEngine.class, new DoubledEngine(), null));
        source = Sources.model6711();
        phantom = new Phantom(20, Double.NaN, false, 2, 2).build();
        seeds = new ArrayList<>();
        for (int i = -1; i <= 1; i++) {
            seeds.add(new SeedPlacement("s" + i, new double[] { 5.0 * i, 0, 0 }, new double[] { 0, 0, 1 }, 0.5));
        }
    }

    @AfterAll
    static void unregister() {
        REGISTERED.forEach(ServiceRegistration::unregister);
    }

    @AfterEach
    void clearPreference() throws Exception {
        InstanceScope.INSTANCE.getNode(DoseEngines.PREFERENCE_NODE).remove(DoseEngines.PREFERENCE_ENGINE);
    }

    static CaseDose.Request request(String engineId) {
        return CaseDose.Request.automatic("p", source, KernelOptions.of(DoseMode.LINE_2D), seeds, 2, 10, 100, "GTV", 2).withEngine(engineId);
    }

    @Test
    void withoutAnIdThePreferredEngineIsTg43() throws Exception {
        assertEquals("tg43", DoseEngines.preferredId());
        CaseDose.Outcome o = new CaseDose().compute(phantom, request(null), null);
        assertEquals("tg43", o.engineId());
        assertTrue(o.notes().startsWith("TG-43U1"), o.notes());
        assertTrue(o.plan().getLabel().startsWith("TG-43 2d"), o.plan().getLabel());
    }

    @Test
    void theChosenEngineComputesTheDose() throws Exception {
        CaseDose.Outcome tg43 = new CaseDose().compute(phantom, request("tg43"), null);
        CaseDose.Outcome doubled = new CaseDose().compute(phantom, request(DOUBLED), null);
        assertEquals(DOUBLED, doubled.engineId());
        assertEquals(tg43.grid().voxelCount(), doubled.grid().voxelCount());
        double max = 0;
        for (int i = 0; i < tg43.doseGy().length; i++) {
            assertEquals(2.0 * tg43.doseGy()[i], doubled.doseGy()[i], 1e-6 * Math.abs(doubled.doseGy()[i]) + 1e-9, "voxel " + i);
            max = Math.max(max, tg43.doseGy()[i]);
        }
        assertTrue(max > 100, "the seeds give a dose: max " + max + " Gy");
        assertEquals(2 * metric(tg43, "Dmean"), metric(doubled, "Dmean"), 1e-3 * metric(doubled, "Dmean"));
    }

    @Test
    void thePreferenceChoosesTheEngineOfARequestWithoutOne() throws Exception {
        InstanceScope.INSTANCE.getNode(DoseEngines.PREFERENCE_NODE).put(DoseEngines.PREFERENCE_ENGINE, DOUBLED);
        assertEquals(DOUBLED, DoseEngines.preferredId());
        assertEquals(DOUBLED, new CaseDose().compute(phantom, request(null), null).engineId());
        assertEquals("tg43", new CaseDose().compute(phantom, request("tg43"), null).engineId()); // the request's id wins
    }

    @Test
    void anUnknownEngineIsRefusedWithTheInstalledOnesListed() {
        DoseInputException e = assertThrows(DoseInputException.class, () -> new CaseDose().compute(phantom, request("monte-carlo"), null));
        assertTrue(e.getMessage().contains("\"monte-carlo\"") && e.getMessage().contains("tg43") && e.getMessage().contains(DOUBLED), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertThrows(DoseInputException.class, () -> PointDose.compute(new PointDose.Request("monte-carlo", source, KernelOptions.of(DoseMode.LINE_2D),
                List.<double[]>of(new double[] { 1, 0, 0 })), null));
    }

    @Test
    void pointDoseUsesTheChosenEngine() throws Exception {
        List<double[]> points = List.of(new double[] { 1, 0, 0 }, new double[] { 0, 0, 0 });
        PointDose.Result tg43 = PointDose.compute(new PointDose.Request(null, source, KernelOptions.of(DoseMode.LINE_2D), points), null);
        // TG-43U1 eq. 1 at the reference point (1 cm, 90°): G/G0 = g = F = 1, so the dose rate per U is Λ
        assertEquals(source.lambdaCGyPerHourPerU(), tg43.doseRateCGyPerHourPerU()[0], 1e-4);
        assertEquals(1, tg43.clampedPoints());
        PointDose.Result doubled = PointDose.compute(new PointDose.Request(DOUBLED, source, KernelOptions.of(DoseMode.LINE_2D), points), null);
        assertEquals(DOUBLED, doubled.engineId());
        assertEquals(2 * source.lambdaCGyPerHourPerU(), doubled.doseRateCGyPerHourPerU()[0], 2e-4);
    }

    @Test
    void computingLeavesTheCaseAloneAndApplyStoresPlanAndSeedModel() throws Exception {
        PatientCase c = new Phantom(20, Double.NaN, false, 2, 2).build();
        int models = c.getSourceModels().size();
        CaseDose.Outcome o = new CaseDose().compute(c, request(null), null);
        assertTrue(c.getPlans().isEmpty());
        assertEquals(models, c.getSourceModels().size());
        CaseDose.apply(c, o);
        assertEquals(List.of(o.plan()), List.copyOf(c.getPlans()));
        assertTrue(c.getSourceModels().contains(o.plan().getSourceModel()));
        CaseDose.Outcome again = new CaseDose().compute(c, request(null), null);
        assertSame(o.plan().getSourceModel(), again.plan().getSourceModel()); // the case's model is reused
        CaseDose.apply(c, again);
        assertEquals(1, c.getPlans().size());
        assertEquals(models + 1, c.getSourceModels().size());
    }

    static double metric(CaseDose.Outcome o, String name) {
        return o.metrics().stream().filter(m -> m.structure().equals("GTV") && m.name().equals(name)).findFirst().orElseThrow().value();
    }
}
