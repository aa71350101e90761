package org.opensabt.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensabt.dose.DoseEngine;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.DoseMode;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.PermanentImplant;
import org.opensabt.dose.SeedPlacement;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.dvh.DoseMetric;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceDescriptorReader;
import org.opensabt.dose.tg43.Tg43DoseEngine;
import org.opensabt.model.Contour;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Structure;
import org.opensabt.phantoms.Phantom;
import org.opensabt.plan.optimiser.GreedyAnnealingOptimiser;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Issue 26: sought goals (V150, V200, a seed budget) that bite, and plans that never break a goal silently.
 * Each plan is judged by an independent TG-43 dose of its seeds on the engine's own 2 mm grid, not by the
 * planner's numbers.
 */
class SoughtGoalsTest {

    static final double RX_GY = 140;
    static final double[] AP = { 0, 1, 0 };
    static final List<ServiceRegistration<?>> REGISTERED = new ArrayList<>();
    static SeedSource source;
    static double strengthU;

    @BeforeAll
    static void register() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(DoseEngines.class).getBundleContext(); // no SCR in the test runtime
        if (!DoseEngines.ids().contains("tg43")) {
            REGISTERED.add(context.registerService(DoseEngine.class, new Tg43DoseEngine(), null));
        }
        if (SeedOptimisers.all().stream().noneMatch(o -> o.id().equals(SeedOptimisers.DEFAULT_OPTIMISER))) {
            REGISTERED.add(context.registerService(SeedOptimiser.class, new GreedyAnnealingOptimiser(), null));
        }
        try (Reader in = new InputStreamReader(Tg43DoseEngine.class.getResourceAsStream("/sources/i125_6711.json"), StandardCharsets.UTF_8)) {
            source = new SourceDescriptorReader().read(in, "i125_6711.json");
        }
        strengthU = PermanentImplant.strengthFromApparentActivityU(0.7, source.uPerMCi());
    }

    @AfterAll
    static void unregister() {
        REGISTERED.forEach(ServiceRegistration::unregister);
    }

    /** A 53 cc phantom whose bone slab (10 mm, in front of the GTV) is moved 35 mm to the left: it blocks the AP needles of the left part. */
    static PatientCase boneBlockedCase() {
        PatientCase c = new Phantom(53, Double.NaN, true, 1, 2).build();
        Structure bone = c.getStudies().get(0).getStructureSets().get(0).getStructures().stream().filter(s -> s.getName().equals("BONE")).findFirst()
                .orElseThrow();
        for (Contour k : bone.getContours()) {
            for (int i = 0; i < k.getPointsMm().size(); i += 3) {
                k.getPointsMm().set(i, k.getPointsMm().get(i) + 35);
            }
        }
        return c;
    }

    /** The GTV's metrics from an independent TG-43 dose of the seeds (2 mm grid). */
    static Map<String, Double> engineMetrics(PatientCase c, List<SeedPlacement> seeds) throws Exception {
        CaseDose.Outcome o = new CaseDose().compute(c, new Tg43DoseEngine(), CaseDose.Request.automatic("check", source, KernelOptions.of(DoseMode.LINE_2D),
                seeds, 2, 15, RX_GY, "GTV", 2));
        return o.metrics().stream().filter(m -> m.structure().equals("GTV")).collect(Collectors.toMap(DoseMetric::name, DoseMetric::value));
    }

    static List<SeedPlacement> seeds(org.opensabt.model.Plan plan) {
        return plan.getSeeds().stream().map(s -> new SeedPlacement(s.getSeedId(), s.getPositionMm().stream().mapToDouble(Double::doubleValue).toArray(),
                s.getDirectionUnit().stream().mapToDouble(Double::doubleValue).toArray(), s.getAirKermaStrengthU() > 0 ? s.getAirKermaStrengthU() : strengthU))
                .toList();
    }

    /**
     * The checks every plan the facade offers must pass: its required goals met by an independent dose, and each
     * sought goal that the independent dose finds broken reported as not met (result, goals, the stored plan's label).
     */
    static Map<String, Double> assertNeverSilent(PatientCase c, CasePlanning.Result r, PlanGoals goals) throws Exception {
        assertNotNull(r.dosed(), () -> "required goals missed: " + r.optimised().unmet());
        Map<String, Double> m = engineMetrics(c, seeds(r.dosed().plan()));
        assertTrue(m.get("D90") >= RX_GY, () -> "independent D90 " + m.get("D90") + " Gy");
        assertTrue(m.get("V100") >= 100 * goals.v100Min(), () -> "independent V100 " + m.get("V100") + " %");
        SoughtGoals sought = r.soughtGoals();
        assertNotNull(sought, "no sought goals' check");
        for (String metric : List.of("V150", "V200")) {
            double goal = 100 * (metric.equals("V150") ? goals.v150Max() : goals.v200Max());
            double value = m.get(metric);
            GoalCheck g = sought.goals().stream().filter(x -> x.metric().equals(metric)).findFirst().orElseThrow();
            assertEquals(value, g.value(), 0.5, metric + " as reported vs an independent dose");
            if (value > goal + 0.5) {
                assertFalse(g.met(), metric + " " + value + " % above its goal " + goal + " % reported as met");
                assertEquals(value - goal, g.gaveWayBy(), 0.5, metric + " exceeded by");
                assertTrue(sought.notMet().stream().anyMatch(l -> l.contains(metric)), () -> metric + " missing from " + sought.notMet());
                String label = r.dosed().plan().getLabel();
                assertTrue(label != null && label.contains("sought goals not met: ") && label.contains(metric), () -> "stored plan's label: " + label);
            }
        }
        if (!sought.met()) {
            assertFalse(sought.alternatives().isEmpty(), () -> "sought goals not met and no alternative: " + sought.notes());
            for (SoughtGoals.Alternative a : sought.alternatives()) {
                assertTrue(a.seeds() > 0 && a.v100Percent() > 0 && Double.isFinite(a.v150Percent()) && a.gridMm() == CasePlanning.ALTERNATIVE_GRID_MM,
                        a::text);
            }
        }
        return m;
    }

    @Test
    void boneBlockedGridPlanUsesFarFewerSeedsThanCandidatesAndMeetsV150OrSaysWhyWithAnAlternativesFigures() throws Exception {
        PatientCase c = boneBlockedCase();
        PlanRequest request = PlanRequest.of("GTV", RX_GY, strengthU, 10, new NeedleGeometry.TemplateGrid(AP, 5), 0, List.of());
        long t0 = System.nanoTime();
        CasePlanning.Result r = CasePlanning.plan(c, CasePlanning.Request.of(request, source, "plan-1"), null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(r.optimised().notes().stream().anyMatch(n -> n.contains("crossing BONE")), "the bone blocks no needle: not the issue's case");
        Map<String, Double> m = assertNeverSilent(c, r, request.goals());
        int seeds = r.optimised().seeds().size();
        assertTrue(seeds <= 0.65 * r.optimised().candidateSeeds(), () -> seeds + " seeds of " + r.optimised().candidateSeeds() + " candidates");
        if (m.get("V150") > 60) {
            // why not: the sought goal is reported, and an alternative computed on this case meets the goals
            SoughtGoals sought = r.soughtGoals();
            assertFalse(sought.met());
            SoughtGoals.Alternative best = sought.alternatives().stream().filter(a -> a.meetsRequired() && a.meetsSought(request.goals())).findFirst()
                    .orElseThrow(() -> new AssertionError("no alternative meets the goals: " + sought.alternatives().stream().map(SoughtGoals.Alternative::text)
                            .toList()));
            assertTrue(best.seeds() < seeds, best::text);
            assertTrue(sought.alternatives().stream().anyMatch(a -> a.needleSpec().startsWith("--needles free")), "free needles not tried");
            assertTrue(sought.alternatives().stream().anyMatch(a -> a.needleSpec().startsWith("--strength-u")), "a lower strength not tried");
        }
        assertTrue(seconds < 60, seconds + " s");
    }

    @Test
    void aV150GoalOutOfReachIsReportedWithTheAmountAndAlternatives() throws Exception {
        // V150 ≤ 20 % with V100 ≥ 95 % cannot be met by seeds (dose falls as 1/r² around each); the plan meets its required goals
        PatientCase c = new Phantom(30, Double.NaN, false, 2, 2).build();
        PlanGoals goals = new PlanGoals(0.95, 0.20, 0.25);
        PlanRequest request = PlanRequest.of("GTV", RX_GY, strengthU, 10, new NeedleGeometry.TemplateGrid(AP, 5), 0, List.of()).withGoals(goals);
        CasePlanning.Result r = CasePlanning.plan(c, CasePlanning.Request.of(request, source, "plan-1"), null);
        Map<String, Double> m = assertNeverSilent(c, r, goals);
        assertTrue(m.get("V150") > 20, "V150 " + m.get("V150"));
        assertFalse(r.soughtGoals().met());
        assertTrue(r.soughtGoals().summary().startsWith("sought goals not met: GTV V150"), r.soughtGoals().summary());
        assertTrue(r.soughtGoals().alternatives().size() >= 3, () -> r.soughtGoals().alternatives().toString()); // free, another direction, 0.8× strength
        // a benchmark leaves the alternatives out: the goal is still reported
        CasePlanning.Result without = CasePlanning.plan(c, CasePlanning.Request.of(request, source, "plan-1").withAlternatives(false), null);
        assertFalse(without.soughtGoals().met());
        assertTrue(without.soughtGoals().alternatives().isEmpty());
        // the case is untouched until apply, which stores the plan with its label
        assertTrue(c.getPlans().isEmpty());
        CasePlanning.apply(c, r.dosed());
        assertTrue(c.getPlans().get(0).getLabel().contains("V150"));
    }

    @Test
    void aPlanMeetingItsSoughtGoalsHasNoLabelAndNoAlternatives() throws Exception {
        PatientCase c = new Phantom(30, Double.NaN, false, 2, 2).build();
        PlanGoals goals = new PlanGoals(0.95, 0.80, 0.50);
        PlanRequest request = PlanRequest.of("GTV", RX_GY, strengthU, 10, new NeedleGeometry.TemplateGrid(AP, 5), 0, List.of()).withGoals(goals);
        CasePlanning.Result r = CasePlanning.plan(c, CasePlanning.Request.of(request, source, "plan-1"), null);
        Map<String, Double> m = assertNeverSilent(c, r, goals);
        assertTrue(m.get("V150") <= 80 && m.get("V200") <= 50, m.toString());
        assertTrue(r.soughtGoals().met());
        assertTrue(r.soughtGoals().alternatives().isEmpty());
        String label = r.dosed().plan().getLabel();
        assertTrue(label == null || !label.contains("sought goals"), label);
    }

    @Test
    void theSeedBudgetIsNeverExceededAndAPlanItStarvesIsNotOffered() throws Exception {
        PatientCase c = new Phantom(60, Double.NaN, false, 2, 2).build();
        PlanRequest free = PlanRequest.of("GTV", RX_GY, strengthU, 10, new NeedleGeometry.TemplateGrid(AP, 5), 0, List.of());
        CasePlanning.Result unlimited = CasePlanning.plan(c, CasePlanning.Request.of(free, source, "p"), null);
        int needed = unlimited.optimised().seeds().size();
        // a budget of two thirds of the seeds cannot cover the target: not dosed, the limit named
        int tooFew = needed * 2 / 3;
        PlanRequest starved = free.withGoals(PlanGoals.CLINICAL.withSeedBudget(tooFew, 0));
        CasePlanning.Result r = CasePlanning.plan(c, CasePlanning.Request.of(starved, source, "p"), null);
        assertTrue(r.optimised().seeds().size() <= tooFew, r.optimised().seeds().size() + " seeds, budget " + tooFew);
        assertNull(r.dosed());
        assertTrue(r.optimised().unmet().stream().anyMatch(u -> u.contains("seed limit " + tooFew)), r.optimised().unmet().toString());
        // a total strength allowing a few more seeds than needed: met within it
        double totalU = (needed + 3) * strengthU;
        PlanRequest budget = free.withGoals(PlanGoals.CLINICAL.withSeedBudget(0, totalU));
        CasePlanning.Result ok = CasePlanning.plan(c, CasePlanning.Request.of(budget, source, "p"), null);
        assertTrue(ok.optimised().seeds().size() * strengthU <= totalU + 1e-9);
        assertEquals(needed + 3, budget.goals().seedLimit(strengthU));
        assertNeverSilent(c, ok, budget.goals());
    }
}
