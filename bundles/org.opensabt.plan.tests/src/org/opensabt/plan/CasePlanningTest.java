package org.opensabt.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensabt.dose.DoseEngine;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.DoseMode;
import org.opensabt.dose.DoseRateGrid;
import org.opensabt.dose.DoseRateKernel;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.PermanentImplant;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceDescriptorReader;
import org.opensabt.dose.tg43.Tg43DoseEngine;
import org.opensabt.model.PatientCase;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.phantoms.Phantom;
import org.opensabt.plan.optimiser.GreedyAnnealingOptimiser;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * The planning facade with suppliers chosen by id: the default engine is TG-43, a second (test) engine
 * registered as a service is used for the kernel and the final dose when chosen, unknown ids are refused
 * with the installed ones listed, and the case is changed only by {@code apply}.
 */
class CasePlanningTest {

    static final String DOUBLED = "tg43-doubled";
    static final List<ServiceRegistration<?>> REGISTERED = new ArrayList<>();
    static SeedSource source;
    static PlanRequest request;

    /** TG-43 with every dose rate doubled. */
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
        public DoseRateKernel kernel(SeedSource s, KernelOptions options) {
            DoseRateKernel k = tg43.kernel(s, options);
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
        public DoseRateGrid doseRate(SeedSource s, KernelOptions options, List<SeedPlacement> seeds, GridGeometry grid, int threads)
                throws InterruptedException {
            DoseRateGrid g = tg43.doseRate(s, options, seeds, grid, threads);
            float[] rate = g.doseRateCGyPerHour().clone();
            for (int i = 0; i < rate.length; i++) {
                rate[i] *= 2;
            }
            return new DoseRateGrid(grid, rate, id(), "doubled " + g.notes());
        }
    }

    @BeforeAll
    static void register() throws Exception {
        boolean tg43 = DoseEngines.ids().contains("tg43"); // no SCR in the test runtime: register the built-in suppliers by hand
        boolean optimiser = SeedOptimisers.all().stream().anyMatch(o -> o.id().equals(SeedOptimisers.DEFAULT_OPTIMISER));
        BundleContext context = FrameworkUtil.getBundle(DoseEngines.class).getBundleContext();
        if (!tg43) {
            REGISTERED.add(context.registerService(DoseEngine.class, new Tg43DoseEngine(), null));
        }
        if (!optimiser) {
            REGISTERED.add(context.registerService(SeedOptimiser.class, new GreedyAnnealingOptimiser(), null));
        }
        REGISTERED.add(context.registerService(DoseEngine.class, new DoubledEngine(), null));
        try (Reader in = new InputStreamReader(Tg43DoseEngine.class.getResourceAsStream("/sources/i125_6711.json"), StandardCharsets.UTF_8)) {
            source = new SourceDescriptorReader().read(in, "i125_6711.json");
        }
        request = PlanRequest.of("GTV", 140, PermanentImplant.strengthFromApparentActivityU(0.5, source.uPerMCi()), PlanDefaults.SEED_SPACING_MM,
                new NeedleGeometry.TemplateGrid(new double[] { 0, 1, 0 }, PlanDefaults.TEMPLATE_GRID_MM), 0, List.of());
    }

    @AfterAll
    static void unregister() {
        REGISTERED.forEach(ServiceRegistration::unregister);
    }

    @Test
    void theChosenEngineMakesTheKernelAndTheFinalDose() throws Exception {
        PatientCase c = new Phantom(30, Double.NaN, false, 2, 2).build();
        CasePlanning.Result tg43 = CasePlanning.plan(c, CasePlanning.Request.of(request, source, "a"), null);
        CasePlanning.Result doubled = CasePlanning.plan(c, CasePlanning.Request.of(request, source, "b").withEngine(DOUBLED), null);
        assertEquals("tg43", tg43.engineId());
        assertEquals(SeedOptimisers.DEFAULT_OPTIMISER, tg43.optimiserId());
        assertEquals("tg43", tg43.dosed().outcome().engineId());
        assertEquals(DOUBLED, doubled.engineId());
        assertEquals(DOUBLED, doubled.dosed().outcome().engineId());
        assertTrue(c.getPlans().isEmpty(), "planning does not change the case");
        // twice the dose per seed: the optimiser needs clearly fewer seeds for the same goals
        int a = tg43.optimised().seeds().size();
        int b = doubled.optimised().seeds().size();
        assertTrue(b < 0.8 * a, b + " seeds with the doubled engine, " + a + " with TG-43");
        // the doubled plan's dose is the doubled engine's: TG-43 on the same seeds gives half of it
        CaseDose.Outcome check = new CaseDose().compute(c, CaseDose.Request.automatic("check", source, KernelOptions.of(DoseMode.LINE_2D),
                doubled.optimised().seeds(), PlanDefaults.DOSE_GRID_MM, PlanDefaults.DOSE_MARGIN_MM, 140, "GTV", 2).withEngine("tg43"), null);
        assertEquals(2 * dmean(check), dmean(doubled.dosed().outcome()), 1e-3 * dmean(check));
        CasePlanning.apply(c, doubled.dosed());
        assertEquals(1, c.getPlans().size());
        assertTrue(c.getSourceModels().contains(c.getPlans().get(0).getSourceModel()));
    }

    @Test
    void unknownSuppliersAreRefusedWithTheInstalledOnesListed() {
        PatientCase c = new Phantom(30, Double.NaN, false, 2, 2).build();
        PlanningException e = assertThrows(PlanningException.class,
                () -> CasePlanning.plan(c, CasePlanning.Request.of(request, source, "x").withEngine("monte-carlo"), null));
        assertTrue(e.getMessage().contains("\"monte-carlo\"") && e.getMessage().contains("tg43") && e.getMessage().contains(DOUBLED), e.getMessage());
        e = assertThrows(PlanningException.class, () -> CasePlanning.plan(c, CasePlanning.Request.of(request, source, "x").withOptimiser("milp"), null));
        assertTrue(e.getMessage().contains("\"milp\"") && e.getMessage().contains(SeedOptimisers.DEFAULT_OPTIMISER), e.getMessage());
    }

    @Test
    void progressLinesGoToSubtasksAndCancelStopsWithNothingMade() throws Exception {
        PatientCase c = new Phantom(30, Double.NaN, false, 2, 2).build();
        AtomicInteger lines = new AtomicInteger();
        NullProgressMonitor cancelAtFirstLine = new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                if (name != null && name.startsWith("plan:")) {
                    lines.incrementAndGet();
                    setCanceled(true);
                }
            }
        };
        assertThrows(OperationCanceledException.class, () -> CasePlanning.plan(c, CasePlanning.Request.of(request, source, "x"), cancelAtFirstLine));
        assertTrue(lines.get() >= 1);
        assertTrue(c.getPlans().isEmpty());
    }

    @Test
    void anUnreachableRequestIsNotDosedUnlessPartialPlansAreKept() throws Exception {
        PatientCase c = new Phantom(30, Double.NaN, false, 2, 2).build();
        PlanRequest limited = new PlanRequest("GTV", 140, request.strengthU(), PlanDefaults.SEED_SPACING_MM, request.needles(), 1, List.of(),
                PlanGoals.CLINICAL, java.util.Set.of(), PlanDefaults.MAX_NEEDLE_LENGTH_MM, PlanDefaults.RANDOM_SEED, false);
        CasePlanning.Result r = CasePlanning.plan(c, CasePlanning.Request.of(limited, source, "x"), null);
        assertTrue(!r.optimised().unmet().isEmpty());
        assertNull(r.dosed());
        assertNotNull(CasePlanning.plan(c, CasePlanning.Request.of(limited, source, "x").withKeepPartial(true), null).dosed());
    }

    static double dmean(CaseDose.Outcome o) {
        return o.metrics().stream().filter(m -> m.structure().equals("GTV") && m.name().equals("Dmean")).findFirst().orElseThrow().value();
    }
}
