package org.opensabt.batch.steps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensabt.batch.BatchTable;
import org.opensabt.batch.CaseStep;
import org.opensabt.batch.CaseSteps;
import org.opensabt.batch.CohortBatch;
import org.opensabt.batch.CohortBatch.Status;
import org.opensabt.dose.DoseEngine;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.DoseMode;
import org.opensabt.dose.KernelOptions;
import org.opensabt.dose.cases.CaseDose;
import org.opensabt.dose.dvh.DoseMetric;
import org.opensabt.dose.source.SourceLibraries;
import org.opensabt.dose.tg43.Tg43DoseEngine;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.PlanStatus;
import org.opensabt.model.store.CaseLock;
import org.opensabt.model.store.CaseStore;
import org.opensabt.phantoms.Phantom;
import org.opensabt.plan.CasePlanning;
import org.opensabt.plan.NeedleGeometry;
import org.opensabt.plan.PlanDefaults;
import org.opensabt.plan.PlanGoals;
import org.opensabt.plan.PlanRequest;
import org.opensabt.plan.SeedOptimiser;
import org.opensabt.plan.SeedOptimisers;
import org.opensabt.plan.optimiser.GreedyAnnealingOptimiser;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Batch runs over case folders: cases isolated from each other's failures, nothing saved of a case whose pipeline
 * fails, the same plans as the planning facade run case by case, a re-dose equal to the dose facade's.
 */
class BatchRunTest {

    static final List<ServiceRegistration<?>> REGISTERED = new ArrayList<>();
    static final String PLAN = "plan target=GTV rx=140 strength-mci=0.7 source=6711.json";

    @TempDir
    Path tmp;

    @BeforeAll
    static void registerSuppliers() { // no SCR in the test runtime
        BundleContext context = FrameworkUtil.getBundle(BatchRunTest.class).getBundleContext();
        if (!DoseEngines.ids().contains("tg43")) {
            REGISTERED.add(context.registerService(DoseEngine.class, new Tg43DoseEngine(), null));
        }
        if (SeedOptimisers.all().isEmpty()) {
            REGISTERED.add(context.registerService(SeedOptimiser.class, new GreedyAnnealingOptimiser(), null));
        }
        if (CaseSteps.all().isEmpty()) {
            REGISTERED.add(context.registerService(CaseStep.class, new PlanStep(), null));
            REGISTERED.add(context.registerService(CaseStep.class, new RedoseStep(), null));
        }
    }

    @AfterAll
    static void unregister() {
        REGISTERED.forEach(ServiceRegistration::unregister);
        REGISTERED.clear();
    }

    /** A 30 cc phantom case in {@code tmp/name}, and the seed descriptors beside them. */
    private Path phantomCase(String name) throws Exception {
        Path dir = tmp.resolve(name);
        new CaseStore("test").save(new Phantom(30, Double.NaN, false, 2, 2).build(), dir);
        for (String file : List.of("6711", "best2301")) {
            if (!Files.exists(tmp.resolve(file + ".json"))) {
                try (InputStream in = Tg43DoseEngine.class.getResourceAsStream("/sources/i125_" + file + ".json")) {
                    Files.copy(in, tmp.resolve(file + ".json"));
                }
            }
        }
        return dir;
    }

    private CohortBatch.Result run(List<Path> cases, int parallel, String... steps) {
        return CohortBatch.run(new CohortBatch.Request(cases, List.of(steps).stream().map(CohortBatch.StepSpec::parse).toList(), parallel, tmp, "test"),
                null, new NullProgressMonitor());
    }

    private static Plan plan(Path caseDir, String id) throws Exception {
        return new CaseStore("test").load(caseDir).getPlans().stream().filter(p -> p.getPlanId().equals(id)).findFirst().orElse(null);
    }

    private static double metric(Plan plan, String name) {
        return plan.getMetrics().stream().filter(m -> m.getName().equals(name) && m.getStructure() != null && m.getStructure().getName().equals("GTV"))
                .findFirst().orElseThrow().getValue();
    }

    @Test
    void aCorruptCaseAndALockedCaseFailAloneAndAreLeftAsTheyWere() throws Exception {
        Path good1 = phantomCase("a-good");
        Path corrupt = phantomCase("b-corrupt");
        Path locked = phantomCase("c-locked");
        Path good2 = phantomCase("d-good");
        byte[] text = Files.readAllBytes(corrupt.resolve(CaseStore.CASE_FILE));
        Files.write(corrupt.resolve(CaseStore.CASE_FILE), java.util.Arrays.copyOf(text, text.length / 2)); // cut off mid-file
        byte[] corruptBefore = Files.readAllBytes(corrupt.resolve(CaseStore.CASE_FILE));
        byte[] lockedBefore = Files.readAllBytes(locked.resolve(CaseStore.CASE_FILE));

        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> { // another writer holds c-locked throughout
            try (CaseLock lock = CaseLock.acquire(locked, "the workbench of dr. test")) {
                held.countDown();
                release.await(5, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(held.await(1, TimeUnit.MINUTES));
        CohortBatch.Result r;
        try {
            r = run(CohortBatch.caseFolders(List.of(tmp)), 2, PLAN);
        } finally {
            release.countDown();
            holder.get(1, TimeUnit.MINUTES);
        }

        assertEquals(List.of(good1, corrupt, locked, good2), r.cases().stream().map(CohortBatch.CaseResult::caseDir).toList(), "rows in the order of the cases");
        assertEquals(List.of(Status.DONE, Status.FAILED, Status.FAILED, Status.DONE), r.cases().stream().map(CohortBatch.CaseResult::status).toList());
        CohortBatch.CaseResult c = r.cases().get(1);
        assertEquals("load", c.failedStep());
        assertTrue(c.message().contains(CaseStore.CASE_FILE), c.message());
        assertFalse(c.message().contains("\n"));
        CohortBatch.CaseResult l = r.cases().get(2);
        assertEquals("load", l.failedStep());
        assertTrue(l.message().contains("the workbench of dr. test"), "names the lock's holder: " + l.message());
        assertArrayEquals(corruptBefore, Files.readAllBytes(corrupt.resolve(CaseStore.CASE_FILE)));
        assertArrayEquals(lockedBefore, Files.readAllBytes(locked.resolve(CaseStore.CASE_FILE)));
        assertFalse(c.saved() || l.saved());

        for (int i : new int[] { 0, 3 }) {
            CohortBatch.CaseResult ok = r.cases().get(i);
            assertTrue(ok.saved());
            Plan stored = plan(ok.caseDir(), "plan-1");
            assertEquals(stored.getSeeds().size(), ok.columns().get("plan.seeds"), "the row's seeds are the stored plan's");
            assertEquals(metric(stored, "D90"), (double) ok.columns().get("plan.D90_Gy"), 1e-3);
            assertTrue((double) ok.columns().get("plan.D90_Gy") >= 140, "D90 ≥ Rx: " + ok.columns());
        }
        String csv = BatchTable.csv(r);
        assertEquals(5, csv.split("\r\n").length, csv);
        assertTrue(csv.startsWith("case,status,failed_step,message,seconds,saved,warnings,plan.plan_id,plan.seeds,"), csv);
    }

    @Test
    void aCaseWhoseLaterStepFailsKeepsNothingOfItsEarlierSteps() throws Exception {
        Path dir = phantomCase("case");
        byte[] before = Files.readAllBytes(dir.resolve(CaseStore.CASE_FILE));
        CohortBatch.Result r = run(List.of(dir), 1, PLAN, "redose plan=no-such-plan source=best2301.json");
        CohortBatch.CaseResult row = r.cases().get(0);
        assertEquals(Status.FAILED, row.status());
        assertEquals("redose", row.failedStep());
        assertEquals("no plan no-such-plan in the case", row.message());
        assertTrue(row.columns().containsKey("plan.seeds"), "the plan step's figures are reported: " + row.columns());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(CaseStore.CASE_FILE)), "the plan made by the first step is not saved");
        assertNull(plan(dir, "plan-1"));
    }

    @Test
    void batchPlansInParallelAreThoseOfThePlanningFacadeCaseByCase() throws Exception {
        List<Path> cases = List.of(phantomCase("one"), phantomCase("two"), phantomCase("three"));
        CohortBatch.Result r = run(cases, 2, PLAN + " needles=free:ap:60 max-needles=14");
        assertEquals(3, r.count(Status.DONE), r.toString());

        // the reference: the facade on a fresh copy of the phantom, in this thread
        PatientCase c = new Phantom(30, Double.NaN, false, 2, 2).build();
        var source = SourceLibraries.resolve("6711.json", tmp);
        double u = org.opensabt.dose.PermanentImplant.strengthFromApparentActivityU(0.7, source.uPerMCi());
        PlanRequest request = new PlanRequest("GTV", 140, u, PlanDefaults.SEED_SPACING_MM, NeedleGeometry.Free.around(new double[] { 0, 1, 0 }, 60), 14,
                List.of(), new PlanGoals(PlanDefaults.V100_PERCENT / 100.0, PlanDefaults.V150_PERCENT / 100.0, PlanDefaults.V200_PERCENT / 100.0),
                java.util.Set.of(), PlanDefaults.MAX_NEEDLE_LENGTH_MM, PlanDefaults.RANDOM_SEED, false);
        CasePlanning.Result expected = CasePlanning.plan(c, CasePlanning.Request.of(request, source, "plan-1").withAlternatives(false), null);
        double d90 = expected.dosed().outcome().metrics().stream().filter(m -> m.name().equals("D90") && "GTV".equals(m.structure()))
                .mapToDouble(DoseMetric::value).findFirst().orElseThrow();
        for (CohortBatch.CaseResult row : r.cases()) {
            assertEquals(expected.optimised().seeds().size(), row.columns().get("plan.seeds"), row.caseDir().toString());
            assertEquals(expected.optimised().needles().size(), row.columns().get("plan.needles"), row.caseDir().toString());
            assertEquals(d90, (double) row.columns().get("plan.D90_Gy"), 1e-3, row.caseDir().toString());
            assertTrue((int) row.columns().get("plan.needles") <= 14);
        }
    }

    @Test
    void aRedoseWithAnotherSeedModelIsTheDoseFacadesOnTheSameSeedsAndKeepsThePlan() throws Exception {
        Path dir = phantomCase("case");
        assertEquals(Status.DONE, run(List.of(dir), 1, PLAN).cases().get(0).status());
        Plan planned = plan(dir, "plan-1");
        CohortBatch.CaseResult row = run(List.of(dir), 1, "redose source=best2301.json").cases().get(0);
        assertEquals(Status.DONE, row.status(), String.valueOf(row.message()));

        PatientCase c = new CaseStore("test").load(dir);
        Plan kept = c.getPlans().stream().filter(p -> p.getPlanId().equals("plan-1")).findFirst().orElseThrow();
        Plan redosed = c.getPlans().stream().filter(p -> p.getPlanId().equals("plan-1-redose")).findFirst().orElseThrow();
        assertEquals(metric(planned, "D90"), metric(kept, "D90"), 1e-9, "the plan itself is unchanged");
        assertEquals(PlanStatus.DRAFT, redosed.getStatus());
        assertEquals("plan-1", redosed.getBasedOnPlanId());
        assertEquals(kept.getSeeds().size(), redosed.getSeeds().size());
        assertEquals(kept.getNeedles().size(), redosed.getNeedles().size());

        // the reference: the dose facade on the plan's seeds with the other seed model
        var best = SourceLibraries.resolve("best2301.json", tmp);
        CaseDose.Outcome o = new CaseDose().compute(c, CaseDose.Request.automatic("x", best, KernelOptions.of(DoseMode.LINE_2D), CaseDose.seedsOf(kept),
                kept.getDoseGrid().getSpacingMm().get(0), PlanDefaults.DOSE_MARGIN_MM, kept.getPrescriptionDoseGy(), "GTV", 2), null);
        double d90 = o.metrics().stream().filter(m -> m.name().equals("D90") && "GTV".equals(m.structure())).mapToDouble(DoseMetric::value).findFirst()
                .orElseThrow();
        assertEquals(d90, metric(redosed, "D90"), 1e-6);
        assertEquals(d90, (double) row.columns().get("redose.plan-1-redose.D90_Gy"), 1e-3);
        assertNotEquals(metric(kept, "D90"), d90, 1e-3, "another seed model gives another dose");

        // a second re-dose leaves earlier re-doses alone
        CohortBatch.CaseResult again = run(List.of(dir), 1, "redose source=best2301.json").cases().get(0);
        assertEquals(1, again.columns().get("redose.plans"));
    }

    @Test
    void badStepsAndOptionsAreRefusedBeforeAnyCaseIsOpened() throws Exception {
        Path dir = phantomCase("case");
        byte[] before = Files.readAllBytes(dir.resolve(CaseStore.CASE_FILE));
        Map<String, String> refusals = Map.of(
                "plan target=GTV strength-u=0.5 source=6711.json", "step plan: rx= is required (Gy)",
                "plan target=GTV rx=140 source=6711.json", "step plan: give the seed strength as strength-u= or strength-mci=",
                "plan target=GTV rx=abc strength-u=0.5 source=6711.json", "step plan: rx=abc is not a number",
                "plan target=GTV rx=140 strength-u=0.5 colour=red", "step plan: no option \"colour\"",
                "plan target=GTV rx=140 strength-u=0.5 needles=diagonal", "step plan: needles are grid:<dir>, free or free:<dir>[:<cone deg>], not diagonal",
                "replan target=GTV", "no batch step \"replan\" is installed",
                "redose suffix=../x", "step redose: suffix=../x: letters, digits");
        refusals.forEach((step, message) -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(List.of(dir), 1, step), step);
            assertTrue(e.getMessage().startsWith(message), step + " → " + e.getMessage());
        });
        assertThrows(IllegalArgumentException.class, () -> CohortBatch.StepSpec.parse("plan rx=1 rx=2"));
        assertThrows(IllegalArgumentException.class, () -> run(List.of(dir, dir.resolve("../case")), 1, PLAN), "a folder named twice");
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(CaseStore.CASE_FILE)));
    }

    @Test
    void aCancelledBatchSavesNothing() throws Exception {
        Path dir = phantomCase("case");
        byte[] before = Files.readAllBytes(dir.resolve(CaseStore.CASE_FILE));
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        CohortBatch.Result r = CohortBatch.run(new CohortBatch.Request(List.of(dir), List.of(CohortBatch.StepSpec.parse(PLAN)), 1, tmp, "test"), null, cancelled);
        assertEquals(Status.CANCELLED, r.cases().get(0).status());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(CaseStore.CASE_FILE)));
    }

    @Test
    void theCsvTableQuotesAndNeverStartsAFormula() throws Exception {
        CohortBatch.CaseResult row = new CohortBatch.CaseResult(Path.of("/cases/a,b"), Status.FAILED, "plan", "=HYPERLINK(\"x\") said \"no\"",
                Map.of("plan.D90_Gy", 151.25), 1.5, false, List.of());
        String csv = BatchTable.csv(new CohortBatch.Result(List.of(row), 1.5, 1));
        assertEquals("\"/cases/a,b\",failed,plan,\"'=HYPERLINK(\"\"x\"\") said \"\"no\"\"\",1.5,false,,151.25", csv.split("\r\n")[1]);
    }
}
