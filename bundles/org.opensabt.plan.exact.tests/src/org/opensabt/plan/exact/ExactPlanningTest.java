package org.opensabt.plan.exact;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensabt.dose.DoseEngine;
import org.opensabt.dose.DoseMode;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.PermanentImplant;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.dvh.DoseMetric;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceDescriptorReader;
import org.opensabt.dose.tg43.Tg43DoseEngine;
import org.opensabt.model.PatientCase;
import org.opensabt.phantoms.Phantom;
import org.opensabt.plan.NeedleGeometry;
import org.opensabt.plan.PlanMonitor;
import org.opensabt.plan.PlanRequest;
import org.opensabt.plan.SeedOptimiser;
import org.opensabt.plan.SeedOptimisers;
import org.opensabt.plan.SeedPlanner;
import org.opensabt.plan.optimiser.GreedyAnnealingOptimiser;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * End to end: the exact optimiser plans a 30 cc phantom through {@link SeedPlanner}; the TG-43 engine
 * on its own 2 mm grid (an evaluation independent of the optimiser's points) finds D90 ≥ Rx and
 * V100 ≥ 95 %. With {@code OPENSABT_EXACT_BENCH=1} also prints both optimisers on 30, 60 and 120 cc.
 */
class ExactPlanningTest {

    static final double RX_GY = 140;
    static DoseEngine engine;
    static SeedSource source;
    static double strengthU;

    static ServiceRegistration<SeedOptimiser> registered;

    @BeforeAll
    static void setUp() throws Exception {
        if (SeedOptimisers.all().stream().noneMatch(o -> o.id().equals(ExactSeedOptimiser.ID))) { // no SCR in the test runtime
            BundleContext context = FrameworkUtil.getBundle(ExactSeedOptimiser.class).getBundleContext();
            registered = context.registerService(SeedOptimiser.class, new ExactSeedOptimiser(), null);
        }
        engine = new Tg43DoseEngine();
        try (Reader in = new InputStreamReader(Tg43DoseEngine.class.getResourceAsStream("/sources/i125_6711.json"), StandardCharsets.UTF_8)) {
            source = new SourceDescriptorReader().read(in, "i125_6711.json");
        }
        strengthU = PermanentImplant.strengthFromApparentActivityU(0.7, source.uPerMCi());
    }

    @AfterAll
    static void tearDown() {
        if (registered != null) {
            registered.unregister();
        }
    }

    static Map<String, Double> engineMetrics(PatientCase c, List<SeedPlacement> seeds) throws Exception {
        CaseDose.Outcome o = new CaseDose().compute(c, engine, CaseDose.Request.automatic("check", source, KernelOptions.of(DoseMode.LINE_2D), seeds, 2, 15,
                RX_GY, "GTV", 2));
        return o.metrics().stream().filter(m -> m.structure().equals("GTV")).collect(Collectors.toMap(DoseMetric::name, DoseMetric::value));
    }

    record Run(SeedPlanner.Result result, Map<String, Double> metrics, double seconds) {
    }

    static Run run(SeedOptimiser optimiser, double cc) throws Exception {
        PatientCase c = new Phantom(cc, Double.NaN, false, 1, 2).build();
        SeedPlanner planner = new SeedPlanner(engine.kernel(source, KernelOptions.of(DoseMode.LINE_2D)), source, optimiser);
        long t0 = System.nanoTime();
        SeedPlanner.Result r = planner.plan(c, PlanRequest.of("GTV", RX_GY, strengthU, 10, new NeedleGeometry.TemplateGrid(new double[] { 0, 1, 0 }, 5), 0, List.of()),
                PlanMonitor.SILENT);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Run(r, engineMetrics(c, r.seeds()), seconds);
    }

    static String line(String name, double cc, Run r) {
        return String.format(Locale.ROOT, "%-16s %4.0f cc: %3d seeds, %2d needles, engine V100 %.1f %%, D90 %.1f Gy, V150 %.1f %%, V200 %.1f %%, %.1f s", name, cc,
                r.result().seeds().size(), r.result().needles().size(), r.metrics().get("V100"), r.metrics().get("D90"), r.metrics().get("V150"),
                r.metrics().get("V200"), r.seconds());
    }

    @Test
    void thirtyCcPhantomMeetsD90AndV100OnTheEngineGrid() throws Exception {
        // 20 s instead of the default 60 (the suite's time): stopped by the limit, the loading must still meet the goals
        System.setProperty(ExactSeedOptimiser.TIME_PROPERTY, "20");
        Run exact;
        try {
            exact = run(SeedOptimisers.find(ExactSeedOptimiser.ID), 30);
        } finally {
            System.clearProperty(ExactSeedOptimiser.TIME_PROPERTY);
        }
        System.out.println(line("exact-milp", 30, exact));
        exact.result().notes().stream().filter(n -> n.startsWith("exact-milp") || n.contains("gave way")).forEach(n -> System.out.println("  " + n));
        Run greedy = run(new GreedyAnnealingOptimiser(), 30);
        System.out.println(line("greedy-annealing", 30, greedy));
        assertTrue(exact.metrics().get("D90") >= RX_GY, () -> "engine D90 " + exact.metrics().get("D90") + " Gy");
        assertTrue(exact.metrics().get("V100") >= 95, () -> "engine V100 " + exact.metrics().get("V100") + " %");
        assertTrue(exact.result().notes().stream().anyMatch(n -> n.contains("optimality gap")), () -> "notes: " + exact.result().notes());
    }

    @Test
    void benchmarkBothOptimisersOnThreePhantoms() throws Exception {
        if (!"1".equals(System.getenv("OPENSABT_EXACT_BENCH"))) {
            return; // a measurement, not part of the suite
        }
        for (double cc : new double[] { 30, 60, 120 }) {
            String keep = System.getenv("OPENSABT_EXACT_KEEP");
            if (keep != null) {
                System.setProperty(ExactSeedOptimiser.KEEP_PROPERTY, keep + "/" + (int) cc);
            }
            Run exact = run(new ExactSeedOptimiser(), cc);
            System.clearProperty(ExactSeedOptimiser.KEEP_PROPERTY);
            System.out.println(line("exact-milp", cc, exact));
            exact.result().notes().stream().filter(n -> n.startsWith("exact-milp") || n.contains("gave way")).forEach(n -> System.out.println("  " + n));
            System.out.println(line("greedy-annealing", cc, run(new GreedyAnnealingOptimiser(), cc)));
        }
    }
}
