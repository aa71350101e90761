package org.opensabt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opensabt.testing.BoxOrgans;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensabt.dose.DoseEngine;
import org.opensabt.dose.DoseEngines;
import org.opensabt.dose.PermanentImplant;
import org.opensabt.dose.source.SeedSource;
import org.opensabt.dose.source.SourceDescriptorReader;
import org.opensabt.dose.tg43.Tg43DoseEngine;
import org.opensabt.model.PatientCase;
import org.opensabt.model.Plan;
import org.opensabt.model.geometry.GridGeometry;
import org.opensabt.phantoms.Phantom;
import org.opensabt.plan.CasePlanning;
import org.opensabt.plan.GoalCheck;
import org.opensabt.plan.NeedleGeometry;
import org.opensabt.plan.OarLimit;
import org.opensabt.plan.PlanDefaults;
import org.opensabt.plan.PlanRequest;
import org.opensabt.plan.SeedOptimiser;
import org.opensabt.plan.SeedOptimisers;
import org.opensabt.plan.optimiser.GreedyAnnealingOptimiser;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * A target inside an organ (issue 23 part 5) in the plan report: a limit the whole organ misses (it holds
 * the hot target) but the organ outside the target meets is reported met on "Lung-Left outside GTV", with
 * the value the planner found and that of an independent count of the dose grid's voxels inside the box
 * and outside the analytic sphere; the metrics table has the outside-target rows next to the organ's.
 */
class TargetInsideOrganReportTest {

    static final List<ServiceRegistration<?>> REGISTERED = new ArrayList<>();
    /** The organ: a box {x0, x1, y0, y1, z0, z1} (mm) around the phantom's GTV sphere at the origin. */
    static final double[] LUNG_BOX = { -40, 40, -40, 40, -40, 40 };
    static PatientCase planned;
    static Plan plan;
    static GoalCheck plannerGoal;

    @BeforeAll
    static void planLungPhantom() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(PlanReports.class).getBundleContext();
        if (!DoseEngines.ids().contains("tg43")) { // no SCR in the test runtime
            REGISTERED.add(context.registerService(DoseEngine.class, new Tg43DoseEngine(), null));
        }
        if (SeedOptimisers.all().stream().noneMatch(o -> o.id().equals(SeedOptimisers.DEFAULT_OPTIMISER))) {
            REGISTERED.add(context.registerService(SeedOptimiser.class, new GreedyAnnealingOptimiser(), null));
        }
        SeedSource source;
        try (Reader in = new InputStreamReader(Tg43DoseEngine.class.getResourceAsStream("/sources/i125_6711.json"), StandardCharsets.UTF_8)) {
            source = new SourceDescriptorReader().read(in, "i125_6711.json");
        }
        planned = new Phantom(30, Double.NaN, false, 2, 2).build();
        BoxOrgans.addBox(planned, "Lung-Left", LUNG_BOX);
        PlanRequest request = PlanRequest.of("GTV", 140, PermanentImplant.strengthFromApparentActivityU(0.5, source.uPerMCi()), PlanDefaults.SEED_SPACING_MM,
                new NeedleGeometry.TemplateGrid(new double[] { 0, 1, 0 }, 5), 0, OarLimit.parse("Lung-Left:D2cc<250"));
        CasePlanning.Result result = CasePlanning.plan(planned, CasePlanning.Request.of(request, source, "P1").withKeepPartial(true), null);
        plannerGoal = result.dosed().goals().stream().filter(g -> g.metric().equals("D2cc")).findFirst().orElseThrow();
        assertEquals("Lung-Left outside GTV", plannerGoal.structure(), "the planner checks the limit outside the target");
        CasePlanning.apply(planned, result.dosed());
        plan = PlanReports.plan(planned, "P1");
    }

    @AfterAll
    static void unregister() {
        REGISTERED.forEach(ServiceRegistration::unregister);
    }

    @Test
    void aLimitTheWholeOrganMissesButTheOrganOutsideTheTargetMeetsIsReportedMetOnTheOutsideRow() throws Exception {
        double whole = PlanReportsTest.metric(plan, "Lung-Left", "D2cc");
        double outside = plannerGoal.value();
        assertTrue(whole > 1.3 * outside, "the whole organ holds the hot target: D2cc " + whole + " Gy, outside it " + outside + " Gy");
        // a limit between the two: the whole organ misses it, the organ outside the target meets it
        double limitGy = Math.round((whole + outside) / 2);
        Path dir = PlanReportsTest.out("target-inside-organ");
        Path pdf = dir.resolve("P1-report.pdf");
        Files.deleteIfExists(pdf);
        PlanReports.Result result = PlanReports.write(planned,
                PlanReports.Request.of("P1", pdf).withOarLimits(OarLimit.parse(String.format(Locale.ROOT, "Lung-Left:D2cc<%.0f", limitGy))), null);
        PlanReportsTest.render(pdf, dir);
        String all = String.join("\n", PlanReportsTest.pages(pdf)).replaceAll("[ \\t]+", " "); // one space between cells

        // the goal row: on the organ outside the target, met, with the planner's value (the plan command's)
        String goalRow = all.lines().filter(l -> l.startsWith("Lung-Left outside GTV D2cc (Gy)")).findFirst()
                .orElseThrow(() -> new AssertionError("no goal row of Lung-Left outside GTV:\n" + all));
        Matcher m = Pattern.compile("^Lung-Left outside GTV D2cc \\(Gy\\) <= ([0-9.]+) Gy ([0-9.]+) Gy (.*) required$").matcher(goalRow);
        assertTrue(m.find(), goalRow);
        assertEquals(limitGy, Double.parseDouble(m.group(1)), 1e-9, goalRow);
        assertEquals(GoalCheck.format(outside, "Gy"), m.group(2) + " Gy", "the report's value is the planner's: " + goalRow);
        assertEquals("met", m.group(3), goalRow);
        assertFalse(all.lines().anyMatch(l -> l.startsWith("Lung-Left D2cc (Gy) <=")), "no goal row on the whole organ:\n" + all);
        assertTrue(all.replace("\n", " ").contains("Limits of Lung-Left are checked on Lung-Left outside GTV"), "the goals say where the limit is checked");
        GoalCheck reported = result.goals().stream().filter(g -> g.metric().equals("D2cc")).findFirst().orElseThrow();
        assertEquals("Lung-Left outside GTV", reported.structure());
        assertTrue(reported.met() && GoalCheck.unmetRequired(result.goals()).stream().noneMatch(u -> u.startsWith("Lung-")), result.goals().toString());

        // independent: D2cc of the plan's dose at the grid voxels inside the box and outside the analytic sphere
        GridGeometry grid = GridGeometry.of(plan.getDoseGrid());
        float[] outsideGy = outsideDosesGy(grid, plan.getDoseGrid().getDoseValues(), Phantom.radiusMm(30));
        double reference = outsideGy[outsideGy.length - (int) Math.round(2.0 / grid.voxelVolumeCc())];
        // (voxel centres here, partial-volume fractions in the planner: the voxels cut by the target's surface differ)
        assertEquals(reference, reported.value(), 0.12 * reference, "D2cc of Lung-Left outside GTV");

        // the metrics table: the whole organ's rows, then the organ outside the target (volume: the box minus the sphere, on the dose grid)
        List<String> lines = all.lines().toList();
        int wholeRow = indexOf(lines, "Lung-Left D2cc (Gy) ");
        int outsideRow = indexOf(lines, "Lung-Left outside GTV D2cc (Gy) " + String.format(Locale.ROOT, "%.1f", outside) + " Gy");
        assertTrue(wholeRow >= 0 && outsideRow > wholeRow, "metric rows of the organ, then outside the target:\n" + all);
        String volumeRow = lines.get(indexOf(lines, "Lung-Left outside GTV volume (cc) "));
        double volume = Double.parseDouble(volumeRow.split(" ")[5]);
        assertEquals(outsideGy.length * grid.voxelVolumeCc(), volume, 0.05 * volume, volumeRow);
        assertTrue(all.replace("\n", " ").contains(String.format(Locale.ROOT, "Lung-Left outside GTV (%.1f cc on the dose grid)", volume)), all);
    }

    @Test
    void aLimitOnAnOrganAwayFromTheTargetIsStillCheckedOnTheWholeOrgan() throws Exception {
        PatientCase c = org.eclipse.emf.ecore.util.EcoreUtil.copy(planned);
        BoxOrgans.addBox(c, "Heart", new double[] { 45, 60, -10, 10, -10, 10 });
        // the stored metrics have no Heart: a limit on it is reported not evaluated, on the whole organ, as before
        Path pdf = PlanReportsTest.out("organ-away-from-target").resolve("P1-report.pdf");
        PlanReports.Result result = PlanReports.write(c, PlanReports.Request.of("P1", pdf).withOarLimits(OarLimit.parse("Heart:D2cc<100")), null);
        GoalCheck heart = result.goals().stream().filter(g -> g.metric().equals("D2cc")).findFirst().orElseThrow();
        assertEquals("Heart", heart.structure());
        String all = String.join("\n", PlanReportsTest.pages(pdf));
        assertFalse(all.contains(" outside GTV"), "no outside-target rows for an organ away from the target");
    }

    static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    /** The doses (sorted) at the grid's voxel centres inside the box and outside the sphere. */
    static float[] outsideDosesGy(GridGeometry g, float[] doseGy, double sphereRadiusMm) {
        List<Float> outside = new ArrayList<>();
        for (int k = 0; k < g.slices(); k++) {
            for (int j = 0; j < g.rows(); j++) {
                for (int i = 0; i < g.columns(); i++) {
                    double[] p = g.positionMm(i, j, k);
                    boolean inBox = p[0] >= LUNG_BOX[0] && p[0] <= LUNG_BOX[1] && p[1] >= LUNG_BOX[2] && p[1] <= LUNG_BOX[3] && p[2] >= LUNG_BOX[4]
                            && p[2] <= LUNG_BOX[5];
                    if (inBox && p[0] * p[0] + p[1] * p[1] + p[2] * p[2] > sphereRadiusMm * sphereRadiusMm) {
                        outside.add(doseGy[g.index(i, j, k)]);
                    }
                }
            }
        }
        float[] d = new float[outside.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = outside.get(i);
        }
        Arrays.sort(d);
        return d;
    }

}
